"use client";
// What the meeting, ballot-round, count and suggestion forms share on top of the console's form
// kit: their own "check the marked fields" text, the neighbourhood picker, name lists typed one per
// line, counts typed by hand.
import { useTranslations } from "next-intl";
import { Field, useFormKit, type FormKit, type Local } from "@/components/console/form-kit";

/** The console's form kit, with the meetings' wording of the alert when every error found its field. */
export function useMeetingKit(error: unknown, fields: readonly string[], local: Local = {}) {
  const t = useTranslations("meetings");
  return useFormKit(error, fields, { local, invalid: t("invalid") });
}

/** "Nguyễn Văn An\nLê Thị Hà" → ["Nguyễn Văn An", "Lê Thị Hà"]. */
export function namesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.normalize("NFC").trim())
    .filter(Boolean);
}

/** A count typed by hand: a non-negative whole number, or null. */
export function countOf(text: string): number | null {
  const s = text.trim();
  return /^\d{1,8}$/.test(s) ? Number(s) : null;
}

/** Checks the named count inputs of a form; returns the numbers and a message per bad field. */
export function readCounts(data: FormData, fields: readonly string[], message: string) {
  const values: Record<string, number> = {};
  const issues: Local = {};
  for (const f of fields) {
    const n = countOf(String(data.get(f) ?? ""));
    if (n === null) issues[f] = message;
    else values[f] = n;
  }
  return { values, issues, ok: Object.keys(issues).length === 0 };
}

/** The neighbourhood picker the meeting, ballot-round and suggestion forms share. */
export function AreaSelect({
  kit,
  areas,
  label,
  none,
}: {
  kit: FormKit;
  areas: { id: string; name: string }[];
  label: string;
  none?: string;
}) {
  return (
    <Field kit={kit} name="neighbourhoodId" label={label}>
      <select {...kit.props("neighbourhoodId")} defaultValue={none === undefined ? areas[0]?.id : ""}>
        {none === undefined ? null : <option value="">{none}</option>}
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
