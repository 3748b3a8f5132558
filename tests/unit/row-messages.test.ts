// Row messages formatted once per page give exactly what next-intl gives row by row.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/locales";
import { perValue, rowTemplate } from "@/i18n/row-messages";

describe("rowTemplate: a one-argument message formatted once", () => {
  const cases: {
    label: string;
    locale: "vi" | "en";
    key: "communes.code" | "communes.found";
    arg: string;
    values: string[];
  }[] = [
    {
      label: "the communes list's code, Vietnamese",
      locale: "vi",
      key: "communes.code",
      arg: "code",
      values: ["21364", "0", "", "a&b<c>"],
    },
    { label: "the communes list's code, English", locale: "en", key: "communes.code", arg: "code", values: ["21457"] },
  ];
  it.each(cases)("$label", ({ locale, key, arg, values }) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale] });
    const template = rowTemplate((v) => t(key as never, v as never), arg);
    for (const v of values) expect(template(v)).toBe(t(key as never, { [arg]: v } as never));
  });

  it("a message without the argument is returned as it is", () => {
    expect(rowTemplate(() => "Không có", "code")("21364")).toBe("Không có");
  });
});

describe("perValue: formatted once for each value seen", () => {
  it("the plural of the open count, each count formatted once", () => {
    const t = createTranslator({ locale: "en", messages: MESSAGES.en });
    let calls = 0;
    const open = perValue((count: number) => (calls++, t("communes.open", { count })));
    expect([3, 3, 1, 3, 1].map(open)).toEqual([3, 3, 1, 3, 1].map((count) => t("communes.open", { count })));
    expect(calls).toBe(2);
  });
});
