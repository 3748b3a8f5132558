// The fields of a multipart/form-data procedure input (uploads), read as the server functions take them.

/** The uploaded file; null when the field is missing or holds text instead. */
export function formFile(form: FormData, name: string): File | null {
  const value = form.get(name);
  return value instanceof File ? value : null;
}

/** A text field; "" when missing. */
export function formText(form: FormData, name: string): string {
  return String(form.get(name) ?? "");
}

/** A checkbox: "1", "true" or "on" is set; anything else, or nothing, is not. */
export function formFlag(form: FormData, name: string): boolean {
  const value = form.get(name);
  return value === "1" || value === "true" || value === "on";
}
