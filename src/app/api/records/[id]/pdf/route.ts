// The PDF of a finalised record, exactly the bytes whose SHA-256 was frozen at finalisation.
// ?download=1 asks the browser to save it rather than show it.
import contentDisposition from "content-disposition";
import { staffWithPermission } from "@/server/api/route-auth";
import { fileResponse, orNotFound, plainText, routeTranslator } from "@/server/api/route-response";
import { addressId } from "@/server/security/input";
import { recordPdf } from "@/server/records/data";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { t } = await routeTranslator();
  // Only the app's own ids reach the database (NUL or a malformed escape would be a 500 there).
  const id = addressId((await params).id);
  if (!id) return plainText(404, t("errors.notFound"));
  const auth = await staffWithPermission("record.read");
  if (!auth) return plainText(403, t("errors.forbidden"));
  return orNotFound(t, async () => {
    const { bytes, fileName } = await recordPdf(auth.db, auth.actor.communeId, id);
    const download = new URL(request.url).searchParams.get("download") === "1";
    return fileResponse(
      bytes,
      "application/pdf",
      contentDisposition(fileName, { type: download ? "attachment" : "inline" }),
    );
  });
}
