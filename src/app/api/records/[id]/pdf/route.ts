// The PDF of a finalised record, exactly the bytes whose SHA-256 was frozen at finalisation.
// ?download=1 asks the browser to save it rather than show it.
import contentDisposition from "content-disposition";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { staffWithPermission } from "@/server/api/route-auth";
import { AppError } from "@/server/errors";
import { addressId } from "@/server/security/input";
import { recordPdf } from "@/server/records/data";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = getTranslator(toLocale((await cookies()).get(LOCALE_COOKIE)?.value));
  // Only the app's own ids reach the database (NUL or a malformed escape would be a 500 there).
  const id = addressId((await params).id);
  if (!id) return text(404, t("errors.notFound"));
  const auth = await staffWithPermission("record.read");
  if (!auth) return text(403, t("errors.forbidden"));
  try {
    const { bytes, fileName } = await recordPdf(auth.db, auth.actor.communeId, id);
    const download = new URL(request.url).searchParams.get("download") === "1";
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition(fileName, { type: download ? "attachment" : "inline" }),
        "content-length": String(bytes.length),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return text(404, t("errors.notFound"));
    throw e;
  }
}
