import { describe, expect, test } from "vitest";
import { fromLocalInput, toLocalDateInput, toLocalInput } from "@/components/console/vietnam-time";

describe("form dates are Vietnam time (UTC+7), whatever the browser's zone", () => {
  test.each([
    ["datetime", "2026-12-01T08:00", "2026-12-01T01:00:00.000Z"],
    ["midnight crosses to the previous UTC day", "2026-12-01T00:00", "2026-11-30T17:00:00.000Z"],
    ["date only means the start of that day", "2026-12-01", "2026-11-30T17:00:00.000Z"],
  ])("%s", (_label, input, iso) => {
    expect(fromLocalInput(input)?.toISOString()).toBe(iso);
    expect(toLocalInput(fromLocalInput(input))).toBe(input.length === 10 ? `${input}T00:00` : input);
  });

  test("empty and invalid inputs are null; dates format back for date inputs", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("not a date")).toBeNull();
    expect(toLocalInput(null)).toBe("");
    expect(toLocalDateInput(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12-01");
  });
});
