// Reads the field issues the API returns with a BAD_REQUEST (see the errorFormatter in
// src/server/api/trpc.ts): [{ path: "questions.0.text", message: "…" }], already translated.
export type FieldErrors = Record<string, string>;

/** A form's server errors as it shows them: next to the fields it has, the rest in its alert. */
export type ShownErrors = { alert: string[]; fields: FieldErrors };

export const NO_ERRORS: ShownErrors = { alert: [], fields: {} };

export function fieldErrorsOf(error: unknown): FieldErrors {
  const issues = (error as { data?: { issues?: { path: string; message: string }[] } } | null)?.data?.issues ?? [];
  const out: FieldErrors = {};
  for (const issue of issues) out[issue.path || "_"] ??= issue.message;
  return out;
}

export function messageOf(error: unknown, fallback: string): string {
  return (error as { message?: string } | null)?.message || fallback;
}

/**
 * Messages for the fields the form shows go next to them; everything else goes to the alert. When
 * every message found its field the alert still says something is wrong (`invalid`), since the
 * field may be out of sight.
 */
export function splitErrors(
  error: unknown,
  shownFields: readonly string[],
  fallback: string,
  invalid: string,
): ShownErrors {
  if (!error) return NO_ERRORS;
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    if (shownFields.includes(path)) fields[path] = message;
    else if (!rest.includes(message)) rest.push(message);
  }
  if (rest.length) return { alert: rest, fields };
  return { alert: [Object.keys(fields).length ? invalid : messageOf(error, fallback)], fields };
}
