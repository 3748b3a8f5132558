// Where a household lands after signing in: the page it set out for, carried through the sign-in
// as `next`, or its list. The target comes from an address anyone can write, so it is checked by
// allow-list (OWASP Unvalidated Redirects and Forwards Cheat Sheet): only a path of this commune's
// resident area, made of the app's own segments. Anything else — another site, `//host`,
// backslashes, another commune, dot segments, percent-escapes, a query — falls back to the list.

/** The name of the address parameter and form field that carries the target. */
export const RETURN_PARAM = "next";

/** At most this long: the deepest resident page is /{slug}/resident/c/{id}/receipt. */
const MAX_LENGTH = 200;

/** One segment of the app's own addresses: slugs, cuid ids, page names. */
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** The household list of a commune: where a sign-in lands when it carries no usable target. */
export function residentHome(slug: string): string {
  return `/${slug}/resident`;
}

/** The page a sign-in in commune `slug` may send the household to: `raw` if it is inside that commune's resident area, else its list. */
export function resolveReturnPath(slug: string, raw: unknown): string {
  const home = residentHome(slug);
  if (typeof raw !== "string" || raw.length > MAX_LENGTH) return home;
  if (raw === home) return home;
  if (!raw.startsWith(`${home}/`)) return home;
  const rest = raw.slice(home.length + 1).split("/");
  return rest.length <= 4 && rest.every((s) => SEGMENT.test(s)) ? raw : home;
}

/** The household sign-in of commune `slug` that lands on `target` afterwards (if it is a resident page there). */
export function signInHref(slug: string, target: string): string {
  const next = resolveReturnPath(slug, target);
  const home = residentHome(slug);
  return next === home ? home : `${home}?${RETURN_PARAM}=${encodeURIComponent(next)}`;
}
