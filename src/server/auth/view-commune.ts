// A province reader reads one commune at a time: the one they opened from the province summary,
// kept in a cookie of the console. It is only a choice, never a grant: loadActor honours it only
// for a province's staff and only for a commune of their own province.
export const VIEW_COMMUNE_COOKIE = "ydan-view-commune";

export function viewCommuneFrom(value: string | undefined | null): string | null {
  return value && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
