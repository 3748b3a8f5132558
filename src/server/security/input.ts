// Input no handler of this app can use, refused before it reaches the database: PostgreSQL text
// and jsonb cannot hold U+0000 (it fails the whole statement with an error, which would be a 500),
// and no address segment of the app (slugs, ids) is anything but printable text. OWASP Input
// Validation Cheat Sheet: validate at the boundary, by allow-list where the form is known.
// Dependency-free but for zod, so src/proxy.ts and the tRPC chain share it.
import { z } from "zod";

const NUL = "\u0000";

/** True when a string anywhere in the value (objects, arrays, form fields, file names) holds U+0000. */
export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes(NUL);
  if (depth > 32 || value === null || typeof value !== "object") return false;
  if (typeof FormData !== "undefined" && value instanceof FormData) {
    for (const [key, v] of value.entries())
      if (key.includes(NUL) || hasNul(typeof v === "string" ? v : v.name)) return true;
    return false;
  }
  if (typeof Blob !== "undefined" && value instanceof Blob) return "name" in value && hasNul((value as File).name);
  if (value instanceof Date || ArrayBuffer.isView(value)) return false;
  const entries =
    value instanceof Map
      ? [...value.entries()].flat()
      : value instanceof Set
        ? [...value]
        : Array.isArray(value)
          ? value
          : Object.entries(value).flat();
  return entries.some((v) => hasNul(v, depth + 1));
}

/** A form field's text without NUL characters (they carry no meaning in any field of the app). */
export function stripNul(value: string): string {
  return value.includes(NUL) ? value.replaceAll(NUL, "") : value;
}

/** The app's string schema: z.string() that refuses U+0000 with a translated message. */
export function text() {
  return z.string().refine((s) => !s.includes(NUL), { message: "@errors.nulCharacter" });
}

/** An id taken as input (cuid or uuid, at most 64 characters): the one id schema of every procedure. */
export const zId = text().min(1).max(64);

/**
 * An id or slug from an address: the app's own are letters, digits, "-" and "_" (cuid ids, slugs
 * made from names, household codes), at most 64 characters. Anything else names nothing: null, so
 * the caller answers 404 without asking the database.
 */
export function addressId(raw: string | undefined | null): string | null {
  if (typeof raw !== "string") return null;
  let value = raw;
  if (value.includes("%")) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}

/** decodeURIComponent that answers null for malformed escapes (%ff, %zz, a lone %) instead of throwing. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Whether an address can name nothing in the app: a path segment that is not valid percent-encoded
 * UTF-8 or holds a control character, or a query holding NUL. Such a request is answered 400 before
 * any page or handler runs (Next.js itself fails decoding some of them with a 500).
 */
export function malformedAddress(pathname: string, search: string): boolean {
  for (const segment of pathname.split("/")) {
    const decoded = segment.includes("%") ? safeDecode(segment) : segment;
    if (decoded === null || /[\u0000-\u001f\u007f]/.test(decoded)) return true;
  }
  if (!search.includes("%00") && !search.includes(NUL)) return false;
  for (const [k, v] of new URLSearchParams(search)) if (k.includes(NUL) || v.includes(NUL)) return true;
  return false;
}
