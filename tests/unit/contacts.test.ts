// A household's e-mail and its answer about messages, as typed in a form or a spreadsheet cell:
// personal data kept for telling households about consultations (Law 91/2025/QH15 on personal data
// protection; docs/LAW.md#r17), so a blank never erases an answer and an objection is read as one.
import { describe, expect, test } from "vitest";
import { normaliseEmail, parseConsentCell } from "@/domain/contacts";

describe("e-mail rule", () => {
  test.each([
    ["a plain address", "an.nguyen@example.com", "an.nguyen@example.com"],
    ["spaces around are trimmed", "  an@example.com ", "an@example.com"],
    ["the domain is lower-cased, the local part kept", "An.Nguyen@Gmail.COM", "An.Nguyen@gmail.com"],
    ["a plus tag and a sub-domain", "hoa+ubnd@mail.tinhkhe.gov.vn", "hoa+ubnd@mail.tinhkhe.gov.vn"],
    ["empty is none", "", null],
    ["spaces only is none", "   ", null],
    ["no @", "an.example.com", "bad"],
    ["two @", "an@@example.com", "bad"],
    ["no domain dot", "an@localhost", "bad"],
    ["a space inside", "an nguyen@example.com", "bad"],
    ["accented letters", "nguyễn@example.com", "bad"],
    ["two dots in a row", "an..nguyen@example.com", "bad"],
    ["a one-letter top-level domain", "an@example.c", "bad"],
    ["a phone number in the e-mail column", "0912345678", "bad"],
    ["longer than 254 characters", `${"a".repeat(64)}@${"b".repeat(190)}.com`, "bad"],
  ])("%s: %j → %j", (_label, raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });
});

describe("consent cell: an agreement, an objection, or blank (keep the recorded answer)", () => {
  test.each([
    ["có", "GIVEN"],
    ["Có", "GIVEN"],
    ["co", "GIVEN"],
    ["Đồng ý", "GIVEN"],
    ["dong y", "GIVEN"],
    ["ĐỒNG Ý NHẬN TIN", "GIVEN"],
    ["yes", "GIVEN"],
    ["x", "GIVEN"],
    ["X", "GIVEN"],
    ["không", "OPTED_OUT"],
    ["Không.", "OPTED_OUT"],
    ["khong", "OPTED_OUT"],
    ["Từ chối", "OPTED_OUT"],
    ["tu choi", "OPTED_OUT"],
    ["không đồng ý", "OPTED_OUT"],
    ["No", "OPTED_OUT"],
    ["Chưa hỏi", "UNKNOWN"],
    ["", undefined],
    ["   ", undefined],
    ["có lẽ", "bad"],
    ["1", "bad"],
  ] as const)("%j → %s", (raw, expected) => {
    expect(parseConsentCell(raw)).toBe(expected);
  });
});
