// <input type="datetime-local"> and <input type="date"> carry no time zone; commune staff mean
// Vietnam time (UTC+7, no daylight saving), whatever the browser's zone.
const OFFSET_MS = 7 * 3_600_000;

/** "2026-12-01T08:00" (Vietnam time) → Date; empty → null. */
export function fromLocalInput(value: string): Date | null {
  if (!value) return null;
  const withSeconds = value.length === 10 ? `${value}T00:00:00` : value.length === 16 ? `${value}:00` : value;
  const date = new Date(`${withSeconds}+07:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Date → "2026-12-01T08:00" in Vietnam time, for a datetime-local input. */
export function toLocalInput(date: Date | string | null | undefined): string {
  if (!date) return "";
  const shifted = new Date(new Date(date).getTime() + OFFSET_MS);
  return shifted.toISOString().slice(0, 16);
}

/** Date → "2026-12-01" in Vietnam time, for a date input. */
export function toLocalDateInput(date: Date | string | null | undefined): string {
  return toLocalInput(date).slice(0, 10);
}
