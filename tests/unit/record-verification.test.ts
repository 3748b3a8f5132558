// How a paper copy names itself (src/domain/record-verification.ts): the line and QR address at its
// foot, and the number, year and code a reader types back (Decree 30/2020 Appendix I §II 3).
import { describe, expect, test } from "vitest";
import {
  digestMatches,
  normaliseDigest,
  parseRecordNumber,
  printedDigest,
  verificationLines,
  verificationUrl,
} from "@/domain/record-verification";

const digest = "0123456789abcdef".repeat(4);
const ref = { numberLabel: "05/BC-UBND", year: 2026, contentSha256: digest };

describe("what is printed", () => {
  test("the QR address: the commune's verification page naming the number, year and full content digest", () => {
    const url = new URL(verificationUrl("https://ydan.example.vn/cho-chua/", ref));
    expect(url.pathname).toBe("/cho-chua/verify");
    expect(Object.fromEntries(url.searchParams)).toEqual({ number: "05/BC-UBND", year: "2026", code: digest });
  });

  test("the line: where to check, the number and year, and 16 hex digits in groups of four", () => {
    expect(verificationLines("https://xa-a.example.vn", ref)).toEqual([
      "Kiểm tra bản này tại: https://xa-a.example.vn/verify",
      "Văn bản số 05/BC-UBND, năm 2026. Mã kiểm tra: 0123 4567 89ab cdef",
    ]);
    expect(printedDigest(digest).replaceAll(" ", "")).toHaveLength(16);
  });
});

describe("a number typed from paper", () => {
  test.each([
    ["as printed", "05/BC-UBND", { number: 5, docType: "BC" }],
    ["without the leading zero", "5/BC-UBND", { number: 5, docType: "BC" }],
    ["in lower case with spaces", " 12 / tb - ubnd ", { number: 12, docType: "TB" }],
    ["with 'Số:' copied along", "Số: 03/TB-UBND", { number: 3, docType: "TB" }],
    ["a thôn record, no issuing body", "03/BB", { number: 3, docType: "BB" }],
    ["with a non-breaking hyphen, as the page's example prints it", "01/BC\u2011UBND", { number: 1, docType: "BC" }],
    ["with an en dash from a word processor", "01/BC – UBND", { number: 1, docType: "BC" }],
    ["no slash", "05BC-UBND", null],
    ["zero", "00/BC-UBND", null],
    ["another body's symbol", "05/BC-HĐND", null],
    ["words", "báo cáo", null],
    ["empty", "", null],
  ] as const)("%s: %s", (_, raw, expected) => {
    expect(parseRecordNumber(raw)).toEqual(expected);
  });
});

describe("a code typed or scanned", () => {
  test.each([
    ["the printed 16 digits in groups", "0123 4567 89AB cdef", "0123456789abcdef", true],
    ["the QR code's full digest", digest, digest, true],
    ["15 digits: too short to tell copies apart", "0123456789abcde", null, false],
    ["another record's code", "ffff 4567 89ab cdef", "ffff456789abcdef", false],
    ["not hex", "0123 4567 89ab cdeg", null, false],
  ] as const)("%s", (_, raw, normal, matches) => {
    expect(normaliseDigest(raw)).toBe(normal);
    expect(digestMatches(raw, digest)).toBe(matches);
  });

  test("a record without a content digest matches no code", () => {
    expect(digestMatches("0123456789abcdef", null)).toBe(false);
  });
});
