// Reads an uploaded register file (XLSX or CSV) into rows of text with their line numbers. CSV may
// be comma-, semicolon- (Excel with Vietnamese regional settings) or tab-separated, with or without
// a BOM; XLSX is read from its first worksheet. The header row is line 1.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, mapHeader, type ImportColumn, type ImportRow } from "@/domain/register-import";
import { AppError } from "../errors";
import { inspectZip, XLSX_LIMITS } from "./xlsx-limits";

export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return value.result === undefined || value.result === null ? "" : String(value.result);
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const zip = inspectZip(bytes);
  if (!zip.ok && zip.reason === "corrupt")
    throw AppError.invalid([{ field: "file", key: "register.errors.unreadable" }]);
  if (!zip.ok)
    throw AppError.invalid([
      {
        field: "file",
        key: "register.errors.archiveTooLarge",
        params: { max: XLSX_LIMITS.maxUncompressedBytes / 1024 / 1024 },
      },
    ]);
  // Streamed, the first worksheet only, and stopped at the limits: a sheet of millions of tiny rows
  // fits the size limit but not in memory as a workbook.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    },
  );
  const rows: string[][] = [];
  let cells = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        cells += values.length;
        if (row.number > XLSX_LIMITS.maxRows + 1 || cells > XLSX_LIMITS.maxCells) throw new TooBig();
        rows[row.number - 1] = values.map(cellText);
      }
      break;
    }
  } catch (e) {
    if (e instanceof TooBig)
      throw AppError.invalid([
        { field: "file", key: "register.errors.tooManyRows", params: { max: XLSX_LIMITS.maxRows } },
      ]);
    throw AppError.invalid([{ field: "file", key: "register.errors.unreadable" }]);
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

class TooBig extends Error {}

function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  // The header decides the separator: data cells may hold commas ("Số 1, ngõ 2") in a ";" file.
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [",", ";", "\t"].map((d) => ({ d, n: header.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  try {
    return parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: false,
    }) as string[][];
  } catch {
    throw AppError.invalid([{ field: "file", key: "register.errors.unreadable" }]);
  }
}

/** The columns every row carries as text ("" when the file has no such column). */
const REQUIRED_TEXT = IMPORT_COLUMNS.filter(
  (c): c is Exclude<ImportColumn, "email" | "consent"> => c !== "email" && c !== "consent",
);

export type ReadResult = { rows: ImportRow[]; columns: Partial<Record<ImportColumn, number>> };

export async function readRegisterFile(file: File | null): Promise<ReadResult & { digest: string }> {
  if (!file || file.size === 0) throw AppError.invalid([{ field: "file", key: "register.errors.fileRequired" }]);
  if (file.size > MAX_IMPORT_BYTES)
    throw AppError.invalid([
      { field: "file", key: "register.errors.fileTooLarge", params: { max: MAX_IMPORT_BYTES / 1024 / 1024 } },
    ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const digest = createHash("sha256").update(bytes).digest("hex");
  const cached = recent.get(digest);
  if (cached && cached.until > Date.now()) return { ...cached.result, digest };
  const result = await parseTable(bytes);
  recent.set(digest, { result, until: Date.now() + CACHE_MS });
  for (const key of recent.keys()) if (recent.size > CACHE_ENTRIES) recent.delete(key);
  return { ...result, digest };
}

/**
 * Preview and apply send the same file twice; parsing a 100,000-row XLSX takes seconds, so the rows
 * of the last few files are kept briefly in this process, keyed by the file's digest (an identical
 * file parses to identical rows). Another instance simply parses again.
 */
const recent = new Map<string, { result: ReadResult; until: number }>();
const CACHE_MS = 15 * 60_000;
const CACHE_ENTRIES = 3;

async function parseTable(bytes: Uint8Array): Promise<ReadResult> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": an XLSX is a zip container
  const table = isZip ? await readXlsx(bytes) : readCsv(bytes);
  const [header = [], ...body] = table;
  const { columns, missing } = mapHeader(header);
  if (missing.length) {
    throw AppError.invalid(
      missing.map((c) => ({
        field: "file",
        key: "register.errors.missingColumn",
        params: { column: `@register.column.${c}` },
      })),
    );
  }
  const rows: ImportRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c || !String(c).trim())) return; // blank lines are not rows
    const get = (c: ImportColumn) => (columns[c] === undefined ? "" : String(cells[columns[c]!] ?? ""));
    // The e-mail and consent columns are told apart from an empty cell: without them the register
    // keeps each household's (register-import.ts).
    const optional = (c: "email" | "consent") => (columns[c] === undefined ? {} : { [c]: get(c) });
    rows.push({
      line: i + 2,
      ...(Object.fromEntries(REQUIRED_TEXT.map((c) => [c, get(c)])) as Record<(typeof REQUIRED_TEXT)[number], string>),
      ...optional("email"),
      ...optional("consent"),
    });
  });
  return { rows, columns };
}
