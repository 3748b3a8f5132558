import { describe, expect, test } from "vitest";
import { schemaVerdict } from "@/domain/backup";

const known = ["20260101_init", "20260201_votes", "20260301_records"];

describe("restore refuses a backup from a newer schema (schemaVerdict)", () => {
  test.each([
    { label: "the same migrations: restored as is", backup: known, expected: { ok: true, kind: "same" } },
    {
      label: "an older backup: restored, then migrated forward",
      backup: known.slice(0, 1),
      expected: { ok: true, kind: "older", pending: ["20260201_votes", "20260301_records"] },
    },
    {
      label: "a backup from a newer app: refused, naming what this app lacks",
      backup: [...known, "20260401_future"],
      expected: { ok: false, kind: "newer", unknown: ["20260401_future"] },
    },
    {
      label: "a migration this app never had, older than its last: refused as another line of development",
      backup: ["20260101_init", "20260215_elsewhere"],
      expected: { ok: false, kind: "diverged", unknown: ["20260215_elsewhere"] },
    },
    {
      label: "an empty backup (no migrations recorded): every migration pending",
      backup: [],
      expected: { ok: true, kind: "older", pending: known },
    },
  ])("$label", ({ backup, expected }) => {
    expect(schemaVerdict(backup, known)).toEqual(expected);
  });
});
