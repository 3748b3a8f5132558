// The notice of a consultation for notice boards, as a PDF (docs/LAW.md#r17; Law on Grassroots
// Democracy Art 13 k2): ?size=large for the large-print variant, ?download=1 to save rather than
// show. Only for a consultation that is approved and published and not cancelled: the server refuses
// the others (a notice of an unapproved consultation must not exist).
import { z } from "zod";
import { contentDispositionFor } from "@/domain/file-names";
import { staffWithPermission } from "@/server/api/route-auth";
import { fileResponse, orNotFound, plainText, routeTranslator } from "@/server/api/route-response";
import { AppError } from "@/server/errors";
import { loadMaterialFacts } from "@/server/materials/data";
import { noticeFileName, renderNoticePdf } from "@/server/materials/notice-pdf";
import { addressId } from "@/server/security/input";

export const dynamic = "force-dynamic";

const ZNoticeQuery = z.object({
  size: z.enum(["standard", "large"]).default("standard"),
  download: z.enum(["0", "1"]).default("0"),
});

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { t } = await routeTranslator();
  // Only the app's own ids reach the database (NUL or a malformed escape would be a 500 there).
  const id = addressId((await params).id);
  if (!id) return plainText(404, t("errors.notFound"));
  const auth = await staffWithPermission("consultation.read");
  if (!auth) return plainText(403, t("errors.forbidden"));
  const url = new URL(request.url);
  const parsed = ZNoticeQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return plainText(400, t("errors.invalidInput"));
  const { size, download } = parsed.data;
  const now = new Date();
  return orNotFound(t, async () => {
    try {
      const { facts } = await loadMaterialFacts(auth.readDb ?? auth.db, auth.actor.communeId, id, now);
      const pdf = await renderNoticePdf(facts, size, now);
      return fileResponse(
        pdf,
        "application/pdf",
        contentDispositionFor(noticeFileName(facts.title, size), download === "1" ? "attachment" : "inline"),
      );
    } catch (e) {
      if (e instanceof AppError && e.code === "PRECONDITION_FAILED")
        return plainText(
          409,
          t("errors.materialsNotYet", { status: t(String(e.params.status).replace(/^@/, "") as never) }),
        );
      throw e;
    }
  });
}
