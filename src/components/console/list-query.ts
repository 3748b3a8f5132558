// A list page's query string, as its plain GET filter form writes it and its pager links repeat it.

/** One parameter's value: the first if the parameter is repeated, trimmed, and "" when absent. */
export const firstValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** The page's own URL with the parameters that have a value; without any, the bare path. */
export function listHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
