// Names of uploaded documents, as stored and as sent back in Content-Disposition.
//
// The type of an upload is what its bytes are (file-type), never its name: a PDF uploaded as
// "bao-cao.html" is a PDF. Its name must say so too, or a browser or an operating system that goes by
// the extension would open the saved file as something it is not (OWASP File Upload Cheat Sheet:
// the server decides the extension from the validated type). So the stored name takes the extension
// of the detected type; names stored before this rule are corrected the same way when served.
//
// A name comes from the uploader's machine: control characters (CR, LF, NUL), quotes, path
// separators and the characters Windows refuses are dropped, and so are the bidirectional controls
// that can make "tai-lieu<RLO>fdp.exe" read as "tai-lieuexe.pdf". The header is built as RFC 6266
// asks (§4.3 and Appendix D): an ASCII fallback in filename="…" and the real UTF-8 name in
// filename*=UTF-8''… (RFC 8187, formerly RFC 5987), by the content-disposition package.
import contentDisposition from "content-disposition";

/** The extensions of each accepted type (src/server/documents/mutations.ts DOCUMENT_TYPES); the first is the one given. */
export const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
};

export const DEFAULT_STEM = "tai-lieu";
const MAX_LENGTH = 200;

// C0 and C1 controls (CR, LF, NUL, tab…), quotes, / \ and < > : | ? *, and the bidi controls.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f"'`/\\<>:|?*\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** An extension: a dot and 1–10 letters or digits, at least one a letter (so "họp 12.5.2026" keeps its date). */
const EXTENSION = /\.(?=[0-9]*[a-z])[a-z0-9]{1,10}$/iu;

/** Cut to at most n characters (code points, so no surrogate pair is split). */
const cut = (s: string, n: number) => Array.from(s).slice(0, n).join("");

/**
 * The name without any folder ("C:\fakepath\x.pdf" → "x.pdf"), unsafe characters dropped, spaces
 * collapsed (none before the extension), no leading dots (no hidden ".htaccess"), no trailing dots
 * or spaces (Windows drops them).
 */
export function cleanFileName(name: string): string {
  return (
    name
      .split(/[/\\]/u)
      .filter((part) => part.trim())
      .pop() ?? ""
  )
    .normalize("NFC")
    .replace(UNSAFE, " ")
    .replace(/\s+/gu, " ")
    .replace(/\s+(\.[^.\s]+)$/u, "$1")
    .replace(/^[\s.]+|[\s.]+$/gu, "");
}

/**
 * The name to store and serve for a file of this (detected) type: cleaned, with an extension of the
 * type — kept when it already is one ("Ảnh.JPEG"), otherwise replacing the one given ("bao-cao.html"
 * → "bao-cao.pdf") or added. A type without known extensions keeps the cleaned name.
 */
export function fileNameForType(name: string, mimeType: string): string {
  const clean = cleanFileName(name);
  const allowed = EXTENSIONS[mimeType];
  const given = EXTENSION.exec(clean)?.[0] ?? "";
  if (!allowed || allowed.includes(given.toLowerCase())) return cut(clean || DEFAULT_STEM, MAX_LENGTH);
  const stem = clean.slice(0, clean.length - given.length).replace(/[\s.]+$/u, "") || DEFAULT_STEM;
  return cut(stem, MAX_LENGTH - allowed[0].length) + allowed[0];
}

/**
 * The ASCII fallback for filename="…": Vietnamese letters without their marks ("Biên bản" → "Bien
 * ban", "đ" → "d"), anything else outside printable ASCII as "_", and no "%" (RFC 6266 Appendix D:
 * some agents would decode "%xx" in the fallback).
 */
export function asciiFileName(name: string): string {
  const ascii = cleanFileName(name)
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|%/gu, "_");
  return ascii.replace(/^[\s.]+|[\s.]+$/gu, "") || DEFAULT_STEM;
}

/** Content-Disposition for a document: inline (shown) or attachment (saved), under its safe name. */
export function contentDispositionFor(name: string, type: "inline" | "attachment"): string {
  const safe = cleanFileName(name) || DEFAULT_STEM;
  return contentDisposition(safe, { type, fallback: asciiFileName(safe) });
}
