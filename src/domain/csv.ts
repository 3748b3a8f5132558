// The one CSV writer of every export (tallies, responses, the register template): UTF-8 with a BOM
// so Excel reads Vietnamese, CRLF records and RFC 4180 quoting, written by csv-stringify.
//
// CSV injection (OWASP, "CSV Injection"): Excel, LibreOffice Calc and Google Sheets read a cell that
// begins with = + - @, a tab or a carriage return as a formula, so a resident's comment such as
// =HYPERLINK("http://…","…") would run on the machine of whoever opens the export. As OWASP advises,
// such a cell is prefixed with a single quote (shown as text, never evaluated) and then quoted and
// its quotes doubled as usual. csv-stringify's escape_formulas does exactly that, and also catches
// the full-width ＝ ＋ － ＠ that some spreadsheets fold into the ASCII ones.
//
// Line breaks: with CRLF records csv-stringify would leave a lone LF or CR unquoted, and a comment
// "ok\n=HYPERLINK(…)" would then start a new row with a formula; RFC 4180 §2.6 quotes every field
// that holds a line break (quote_record_delimiter), so it stays one cell.
//
// Numbers: a cell handed over as a JavaScript number is data, not text typed by anyone, so a
// negative number stays a plain numeric (-5), as OWASP allows when the writer knows it is a number.
// Text that merely looks like a number ("-5" typed into a comment) is neutralised like any text.
import { stringify } from "csv-stringify/sync";

/** One cell: text (neutralised when it could start a formula), a number, or empty. */
export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";

/** The rows (header first) as the bytes of a .csv download. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): Buffer {
  const records = rows.map((r) => r.map((v) => v ?? ""));
  return Buffer.from(
    BOM + stringify(records, { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true }),
    "utf8",
  );
}
