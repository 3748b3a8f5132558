// Messages repeated on every row of a long list (a province's hundred communes). next-intl formats
// each call afresh, about 20 µs a call (most of it serialising its configuration into a cache key),
// which a hundred rows turn into milliseconds of every page view. These format once per page.

const MARK = "\uE000"; // a private-use character: never in a message or a value

/**
 * A message whose one argument is put in as it is (no plural, select or number format depends on
 * it), formatted once: `template(v)` is what `t(key, { [arg]: v })` gives.
 */
export function rowTemplate(
  format: (values: Record<string, string>) => string,
  arg: string,
): (value: string) => string {
  const [before, ...rest] = format({ [arg]: MARK }).split(MARK);
  const after = rest.join(MARK);
  if (!rest.length) return () => before;
  return (value) => `${before}${value}${after}`;
}

/** A message whose argument takes few values (counts), formatted once for each value seen. */
export function perValue<V, R>(format: (value: V) => R): (value: V) => R {
  const seen = new Map<V, R>();
  return (value) => {
    if (!seen.has(value)) seen.set(value, format(value));
    return seen.get(value)!;
  };
}
