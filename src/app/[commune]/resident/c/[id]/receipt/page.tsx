import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadResidentView, type ResidentParams } from "../load";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resident"))("receiptTitle") };
}

export default async function ReceiptPage({ params }: ResidentParams) {
  const { commune, id } = await params;
  const { actor, view, base } = await loadResidentView(commune, id);
  const response = view.response;
  if (!response || response.channel !== "ONLINE") redirect(`${base}/c/${id}`);
  const [t, format] = await Promise.all([getTranslations("resident"), getFormatter()]);
  const when = (d: Date) =>
    format.dateTime(d, {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    });
  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{t("receiptTitle")}</h1>
      <p className="ok-note">{t("receiptThanks")}</p>
      <dl className="receipt__facts">
        <div>
          <dt>{t("receiptCode")}</dt>
          <dd className="receipt__code">{response.receiptCode}</dd>
        </div>
        <div>
          <dt>{t("receiptHousehold")}</dt>
          <dd>
            {actor.code} — {actor.headName}
          </dd>
        </div>
        <div>
          <dt>{t("receiptConsultation")}</dt>
          <dd>{view.consultation.title}</dd>
        </div>
        <div>
          <dt>{t("receiptTime")}</dt>
          <dd>{when(response.updatedAt)}</dd>
        </div>
        {response.revision > 1 ? (
          <div>
            <dt>{t("receiptRevision")}</dt>
            <dd>{t("revisionN", { n: response.revision, first: when(response.submittedAt) })}</dd>
          </div>
        ) : null}
      </dl>
      <p className="hint">{t("receiptKeep")}</p>
      <p>
        <Link className="button" href={base}>
          {t("backHome")}
        </Link>
      </p>
    </article>
  );
}
