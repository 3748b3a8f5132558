// How a control is tied to its hint and its error for screen readers, for every form: the console's
// client forms (form-kit.tsx) and the server-rendered GET forms (filter-kit.tsx, the verify page).
// No hooks and no "use client", so server components call it too.

/** The control's aria attributes, given its error (if any), the error line's id and the hint's id (if any). */
export function described(error: string | null | undefined, errorId: string, hintId?: string) {
  const ids = [hintId, error ? errorId : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}

/** What a control receives from the field around it: its id and its aria attributes. */
export type ControlProps = { id: string } & ReturnType<typeof described>;
