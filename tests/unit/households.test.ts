import { describe, expect, test } from "vitest";
import { checkHousehold, checkNewHousehold } from "@/domain/households";
import { checkRows } from "@/domain/register-import";

const base = { headName: "Nguyễn Văn An", address: "Số 1", members: 4, phone: "" };

describe("a household typed in by an administrator: the register import's rules, each problem on its field", () => {
  test.each([
    ["all fine", {}, []],
    ["empty name (spaces only)", { headName: "   " }, [["headName", "headNameRequired"]]],
    ["name of 121 characters", { headName: "A".repeat(121) }, [["headName", "headNameTooLong"]]],
    ["name of exactly 120 characters", { headName: "A".repeat(120) }, []],
    ["address of 301 characters", { address: "x".repeat(301) }, [["address", "addressTooLong"]]],
    ["members zero", { members: 0 }, [["members", "membersInvalid"]]],
    ["members 99 (the most)", { members: 99 }, []],
    ["members 100", { members: 100 }, [["members", "membersInvalid"]]],
    ["members not whole", { members: 2.5 }, [["members", "membersInvalid"]]],
    ["phone too short", { phone: "09123" }, [["phone", "phoneInvalid"]]],
    ["an e-mail", { email: "an@example.com" }, []],
    ["an empty e-mail (none)", { email: "" }, []],
    ["an e-mail without @", { email: "an.example.com" }, [["email", "emailInvalid"]]],
    ["an e-mail with a space", { email: "an nguyen@example.com" }, [["email", "emailInvalid"]]],
    ["consent given", { contactConsent: "GIVEN" }, []],
    ["consent refused", { contactConsent: "OPTED_OUT" }, []],
    ["not asked", { contactConsent: "UNKNOWN" }, []],
    ["an answer that is none of the three", { contactConsent: "MAYBE" }, [["contactConsent", "consentInvalid"]]],
    [
      "several at once, in field order",
      { headName: "", members: 0, phone: "1" },
      [
        ["headName", "headNameRequired"],
        ["members", "membersInvalid"],
        ["phone", "phoneInvalid"],
      ],
    ],
  ] as const)("%s", (_label, o, expected) => {
    expect(checkHousehold({ ...base, ...o }).issues.map((i) => [i.field, i.problem])).toEqual(expected);
  });

  test("text is stored as the import stores it: NFC, single spaces; phones as 0…", () => {
    const decomposed = "Nguyễn Văn An".normalize("NFD");
    expect(
      checkHousehold({
        ...base,
        headName: `  ${decomposed}  `,
        address: " Số  1,\tthôn Đông ",
        phone: "+84 912.345.678",
      }).value,
    ).toEqual({
      headName: "Nguyễn Văn An",
      address: "Số 1, thôn Đông",
      members: 4,
      phone: "0912345678",
    });
    expect(checkHousehold(base).value.phone).toBeNull();
  });

  test("e-mail and answer: stored as the import stores them; left out, the household keeps its own", () => {
    expect(checkHousehold({ ...base, email: " An@Example.COM ", contactConsent: "OPTED_OUT" }).value).toMatchObject({
      email: "An@example.com",
      contactConsent: "OPTED_OUT",
    });
    expect(checkHousehold({ ...base, email: "" }).value.email).toBeNull();
    const kept = checkHousehold(base).value;
    expect("email" in kept || "contactConsent" in kept).toBe(false);
  });

  test("the form and the import agree on every e-mail", () => {
    for (const email of ["an@example.com", "an.example.com", "", "nguyễn@example.com", "An@Example.COM"]) {
      const form = checkHousehold({ ...base, email });
      const file = checkRows(
        [
          {
            line: 2,
            neighbourhood: "Thôn Đông",
            code: "H1",
            headName: "An",
            address: "",
            members: "1",
            phone: "",
            email,
          },
        ],
        () => true,
        false,
      );
      expect(file.issues.length === 0, email).toBe(form.issues.length === 0);
      if (file.rows.length) expect(file.rows[0].email).toBe(form.value.email);
    }
  });

  test.each([
    ["lower case becomes upper case", " h-0012 ", "H-0012", []],
    ["a space inside", "H 12", "H 12", [["code", "codeInvalid"]]],
    ["diacritics", "HỘ12", "HỘ12", [["code", "codeInvalid"]]],
    ["empty", "  ", "", [["code", "codeInvalid"]]],
    ["33 characters", "H".repeat(33), "H".repeat(33), [["code", "codeInvalid"]]],
    ["32 characters (the most)", "H".repeat(32), "H".repeat(32), []],
  ] as const)("a new household's code: %s", (_label, raw, code, expected) => {
    const out = checkNewHousehold({ ...base, code: raw });
    expect(out.value.code).toBe(code);
    expect(out.issues.map((i) => [i.field, i.problem])).toEqual(expected);
  });

  test.each(["h-0012", "H 12", "HỘ12", "H".repeat(33), "AB.c/1_2"])(
    "the import accepts code %j exactly when the form does, as the same code",
    (raw) => {
      const form = checkNewHousehold({ ...base, code: raw });
      const file = checkRows(
        [
          {
            line: 2,
            neighbourhood: "Thôn Đông",
            code: raw,
            headName: "Nguyễn Văn An",
            address: "",
            members: "1",
            phone: "",
          },
        ],
        () => true,
        false,
      );
      expect(file.issues.length === 0).toBe(form.issues.length === 0);
      if (file.rows.length) expect(file.rows[0].code).toBe(form.value.code);
    },
  );
});
