import contentDisposition from "content-disposition";
import { z } from "zod";
import { isSameOrigin, staffWithPermission } from "@/server/api/route-auth";
import { routeTranslator } from "@/server/api/route-response";
import { getCommune } from "@/server/communes/data";
import { communeBaseUrl, publicInstallUrl } from "@/server/communes/hosts";
import { issuePins } from "@/server/credentials/issue";
import { renderSlipsHtml } from "@/server/credentials/slips-html";
import { renderSlipsPdf } from "@/server/credentials/slips-pdf";
import { AppError } from "@/server/errors";
import { zId } from "@/server/security/input";

export const dynamic = "force-dynamic";

const ZSlipRequest = z.object({
  scope: z.enum(["consultation", "neighbourhood"]),
  id: zId,
  format: z.enum(["pdf", "html"]).default("pdf"),
});

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function POST(request: Request) {
  const { locale, t } = await routeTranslator();
  if (!isSameOrigin(request)) return text(403, t("errors.forbidden"));
  const auth = await staffWithPermission("credential.issue");
  if (!auth) return text(403, t("errors.forbidden"));
  // A body that is not a form (hand-made requests) is bad input, never a 500.
  const form = await request.formData().then(
    (f) => Object.fromEntries(f.entries()),
    () => null,
  );
  const parsed = ZSlipRequest.safeParse(form);
  if (!parsed.success) return text(400, t("errors.invalidInput"));
  const { scope, id, format } = parsed.data;
  try {
    const { title, slips } = await issuePins(
      auth.db,
      auth.actor,
      scope === "consultation" ? { consultationId: id } : { neighbourhoodId: id },
    );
    const commune = await getCommune(auth.db, auth.actor.communeId);
    if (!commune) return text(404, t("errors.notFound"));
    // The slip carries the commune's own sign-in address: household codes mean something only there.
    const base = communeBaseUrl(commune.slug, publicInstallUrl(new URL(request.url).origin));
    const signInUrl = (code: string) => `${base}/resident?code=${encodeURIComponent(code)}`;
    const communeName = `${t(`communeKind.${commune.kind}`)} ${commune.name}`;
    const slipText = {
      committee: t("slip.committee", { commune: communeName }),
      title: t("slip.title"),
      consultation: title,
      neighbourhood: t("slip.neighbourhoodLabel"),
      household: t("slip.householdLabel"),
      head: t("slip.headLabel"),
      pin: t("slip.pinLabel"),
      howTo: t("slip.howTo"),
      keepSecret: t("slip.keepSecret"),
    };
    // PINs are in this response only: never cache it anywhere.
    const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
    if (format === "html") {
      return new Response(await renderSlipsHtml(slips, slipText, signInUrl, locale), {
        headers: { ...headers, "content-type": "text/html; charset=utf-8" },
      });
    }
    const pdf = await renderSlipsPdf(slips, slipText, signInUrl);
    return new Response(new Uint8Array(pdf), {
      headers: {
        ...headers,
        "content-type": "application/pdf",
        "content-disposition": contentDisposition(`phieu-moi-${slips.length}-ho.pdf`),
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return text(404, t("errors.notFound"));
    throw e;
  }
}
