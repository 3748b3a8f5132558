"use server";
// The upload form's post. It works without JavaScript, and ends on the page's own ?sha256=… so every
// result, found or not, lives at a URL that can be shared or printed.
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { getServerCaller } from "@/server/api/server-caller";
import { AppError } from "@/server/errors";

/** Why an upload gave no digest; the page words each next to the file field. */
export type FileErrorCode = "required" | "tooLarge" | "failed";

function fileErrorOf(e: unknown): FileErrorCode | null {
  if (!(e instanceof TRPCError)) return null;
  if (e.code === "PAYLOAD_TOO_LARGE") return "tooLarge";
  const issue = e.cause instanceof AppError ? e.cause.issues.find((i) => i.field === "file") : undefined;
  if (!issue) return e.code === "BAD_REQUEST" ? "failed" : null;
  return issue.key === "records.errors.fileRequired" ? "required" : "tooLarge";
}

/** base: the verification page the form is on (/{slug}/verify, or /verify for the whole install). */
export async function verifyFileAction(base: string, form: FormData) {
  if (!/^(\/[a-z0-9-]+)?\/verify$/.test(base)) base = "/verify";
  const file = form.get("file");
  const upload = new FormData();
  if (file instanceof File && file.size > 0) upload.set("file", file);
  let digest: string;
  try {
    // A file's digest is always computed, found or not.
    digest = (await (await getServerCaller()).record.verifyFile(upload)).sha256 ?? "";
  } catch (e) {
    const code = fileErrorOf(e);
    if (!code) throw e;
    redirect(`${base}?fileError=${code}`);
  }
  redirect(`${base}?sha256=${digest}`);
}
