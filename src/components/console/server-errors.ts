// Reads the field issues the API returns with a BAD_REQUEST (see the errorFormatter in
// src/server/api/trpc.ts): [{ path: "questions.0.text", message: "…" }], already translated.
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  const issues = (error as { data?: { issues?: { path: string; message: string }[] } } | null)?.data?.issues ?? [];
  const out: FieldErrors = {};
  for (const issue of issues) out[issue.path || "_"] ??= issue.message;
  return out;
}

export function messageOf(error: unknown, fallback: string): string {
  return (error as { message?: string } | null)?.message || fallback;
}
