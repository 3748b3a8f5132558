// An uploaded XLSX is a zip: a 1 MB file can hold hundreds of megabytes of sheet XML (a zip bomb).
// Before any parser sees it, every entry is inflated once into nothing, counting the bytes it really
// holds (declared sizes can lie), and refused at the first limit passed; the parse that follows
// streams rows and stops at a limit of rows and cells (OWASP: file upload, "zip bombs").
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";

export const XLSX_LIMITS = {
  /** An XLSX has about ten entries; thousands mean something else. */
  maxEntries: 1_000,
  /** All entries inflated. A register of 100,000 households is about 40 MB of XML. */
  maxUncompressedBytes: 150 * 1024 * 1024,
  /** Inflated so far / file read so far, past 1 MB: sheet XML compresses 10–30 times, bombs 1,000 times. */
  maxRatio: 200,
  /** Rows of the first worksheet: ten times the largest ward's households. */
  maxRows: 200_000,
  /** Cells of the first worksheet. */
  maxCells: 4_000_000,
} as const;

export type ZipVerdict =
  | { ok: true; entries: number; uncompressedBytes: number }
  | { ok: false; reason: "entries" | "size" | "ratio" | "corrupt" };

export function inspectZip(
  bytes: Uint8Array,
  limits: Pick<typeof XLSX_LIMITS, "maxEntries" | "maxUncompressedBytes" | "maxRatio"> = XLSX_LIMITS,
): ZipVerdict {
  let entries = 0;
  let total = 0;
  let fed = 0;
  let refused: ZipVerdict | null = null;
  const files: UnzipFile[] = [];
  const unzip = new Unzip((file) => {
    if (refused) return;
    if (++entries > limits.maxEntries) {
      refused = { ok: false, reason: "entries" };
      return;
    }
    files.push(file);
    file.ondata = (err, chunk) => {
      if (refused) return;
      if (err) {
        refused = { ok: false, reason: "corrupt" };
        return;
      }
      total += chunk.length;
      // Against what has been read so far, not the entry's declared size: streamed zips declare none.
      if (total > limits.maxUncompressedBytes) refused = { ok: false, reason: "size" };
      else if (total > 1024 * 1024 && total / fed > limits.maxRatio) refused = { ok: false, reason: "ratio" };
      if (refused) for (const f of files) f.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Fed in small slices so that a refusal stops the work early, and no inflated chunk is large.
    const SLICE = 16 * 1024;
    for (let at = 0; at < bytes.length && !refused; at += SLICE) {
      fed = Math.min(at + SLICE, bytes.length);
      unzip.push(bytes.subarray(at, fed), fed === bytes.length);
    }
  } catch {
    return { ok: false, reason: "corrupt" };
  }
  return refused ?? { ok: true, entries, uncompressedBytes: total };
}
