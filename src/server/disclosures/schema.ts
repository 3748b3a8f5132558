// Inputs of the public-posting procedures (niêm yết).
import { z } from "zod";
import { DISCLOSURE_PLACES } from "@/domain/disclosure";
import { PUBLICITY_MATERIALS } from "@/domain/publicity";
import { formFile } from "../api/form-fields";
import { text, zId } from "../security/input";

export const ZAddPostingInput = z.object({
  consultationId: zId,
  place: z.enum(DISCLOSURE_PLACES),
  neighbourhoodId: zId.nullable().default(null),
  postedAt: z.coerce.date(),
  validUntil: z.coerce.date().nullable().default(null),
  /** What was posted: one of the console's materials, or the commune's own (OTHER). */
  material: z.enum(PUBLICITY_MATERIALS).nullable().default(null),
  note: text().max(1_000).default(""),
  photoDocumentId: zId.nullable().default(null),
});
export type TAddPostingInput = z.infer<typeof ZAddPostingInput>;

/**
 * The posting form sent as multipart/form-data, so its photo is uploaded in the same step: the same
 * fields as text ("" is none), and `photo`, the file (an empty file input is none).
 */
const ZAddPostingWithPhoto = ZAddPostingInput.extend({ photo: z.instanceof(File).nullable() });

export const ZAddPostingForm = z
  .instanceof(FormData)
  .transform((form) => {
    const field = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" && v.trim() ? v.trim() : null;
    };
    const photo = formFile(form, "photo");
    return {
      consultationId: field("consultationId") ?? "",
      place: field("place") ?? "",
      neighbourhoodId: field("neighbourhoodId"),
      postedAt: field("postedAt") ?? "",
      validUntil: field("validUntil"),
      material: field("material"),
      note: field("note") ?? "",
      photoDocumentId: field("photoDocumentId"),
      photo: photo && photo.size > 0 ? photo : null,
    } as z.input<typeof ZAddPostingWithPhoto>;
  })
  .pipe(ZAddPostingWithPhoto);

export const ZRemovePostingInput = z.object({ id: zId, reason: text().max(2_000) });

/** Taking a posting down: when (default now, never ahead) and an optional note; it stays in the log. */
export const ZTakeDownPostingInput = z.object({
  id: zId,
  takenDownAt: z.coerce.date().nullable().default(null),
  note: text().max(1_000).default(""),
});
export type TTakeDownPostingInput = z.infer<typeof ZTakeDownPostingInput>;
