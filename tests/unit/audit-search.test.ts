// The audit page's query string read into a filter: the consultation chosen in the form, and the
// export link that carries the same filter (and never the page's position in the list).
import { describe, expect, test } from "vitest";
import { auditExportHref, readAuditSearch } from "@/app/console/audit/search";

describe("readAuditSearch: the consultation", () => {
  test.each([
    ["an id is kept as it is", { consultationId: "ckz1abc" }, "ckz1abc"],
    ["trimmed", { consultationId: "  ckz1abc " }, "ckz1abc"],
    ["the first of a repeated parameter", { consultationId: ["ckz1abc", "other"] }, "ckz1abc"],
    ["empty: no filter", { consultationId: "" }, undefined],
    ["absent: no filter", {}, undefined],
    ["exactly 64 characters", { consultationId: "x".repeat(64) }, "x".repeat(64)],
    ["65 characters: no filter", { consultationId: "x".repeat(65) }, undefined],
    ["a NUL character: no filter", { consultationId: "a\u0000b" }, undefined],
  ])("%s", (_label, params, expected) => {
    expect(readAuditSearch(params).filter.consultationId).toBe(expected);
  });
});

describe("auditExportHref", () => {
  test.each([
    ["no filter: the whole log", {}, "/api/audit/export"],
    ["the consultation", { consultationId: "ckz1abc" }, "/api/audit/export?consultationId=ckz1abc"],
    [
      "every field, encoded",
      { consultationId: "c1", action: "meeting.attendance" as const, actor: "Nguyễn An", from: "2026-12-01" },
      "/api/audit/export?consultationId=c1&action=meeting.attendance&actor=Nguy%E1%BB%85n+An&from=2026-12-01",
    ],
  ])("%s", (_label, filter, href) => {
    expect(auditExportHref(filter)).toBe(href);
  });

  test("the page's position in the list is not part of the export", () => {
    const { filter } = readAuditSearch({ consultationId: "c1", beforeSeq: "40" });
    expect(auditExportHref(filter)).toBe("/api/audit/export?consultationId=c1");
  });
});
