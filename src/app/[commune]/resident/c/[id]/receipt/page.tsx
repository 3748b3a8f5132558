import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDates } from "@/components/public/format";
import { AnswerSummary } from "../answer-summary";
import { loadResidentView, type ResidentParams } from "../load";
import { ResponseNotes } from "../state-notice";
import { PrintButton } from "./print-button";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resident"))("receiptTitle") };
}

export default async function ReceiptPage({ params }: ResidentParams) {
  const { commune, id } = await params;
  const { actor, view, base } = await loadResidentView(commune, id);
  const response = view.response;
  if (!response || response.channel !== "ONLINE") redirect(`${base}/c/${id}`);
  const [t, tAll, { when }] = await Promise.all([getTranslations("resident"), getTranslations(), getDates()]);
  const channel = tAll(`channelPhrase.${response.channel}`);
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
          <dd className="receipt__time">{when(response.givenAt)}</dd>
        </div>
        {response.revision > 1 ? (
          <div>
            <dt>{t("receiptRevision")}</dt>
            <dd>{t("revisionN", { n: response.revision, first: when(response.submittedAt) })}</dd>
          </div>
        ) : null}
      </dl>
      {view.current ? (
        <section className="receipt__answers" aria-labelledby="receipt-answers">
          <h2 id="receipt-answers">{t("receiptAnswers")}</h2>
          <AnswerSummary questions={view.consultation.questions} answers={view.current} />
        </section>
      ) : null}
      <p className="hint">{t("receiptKeep")}</p>
      <ResponseNotes notes={view.notes} channel={channel} />
      <p className="receipt__actions">
        <PrintButton label={t("print")} />
        <Link className="button" href={base}>
          {t("backHome")}
        </Link>
      </p>
    </article>
  );
}
