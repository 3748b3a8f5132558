import type { GetServerSidePropsContext } from "next";
import { useT } from "@/components/resident/intl";
import { AnswerSummary } from "@/components/resident/answer-summary";
import { useDates } from "@/components/resident/dates";
import { PrintButton } from "@/components/resident/print-button";
import { getDb } from "@/server/db";
import { ResidentNotFound, ResidentShell } from "@/components/resident/shell";
import { ResponseNotes } from "@/components/resident/state-notice";
import { consultationProps, type PageProps, type ReceiptProps } from "@/server/residents/pages";

// Served as HTML alone: no Next.js client runtime (see src/pages/_app.tsx).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** Only a household whose response was given online has a receipt here (pages.ts). */
export const getServerSideProps = async (ctx: GetServerSidePropsContext<{ commune: string; id: string }>) =>
  consultationProps(await getDb(), ctx, "receipt");

export default function ReceiptPage(props: PageProps<ReceiptProps>) {
  const t = useT();
  if (!props.found) return <ResidentNotFound />;
  return (
    <ResidentShell shell={props.shell} title={t("resident.receiptTitle")}>
      <Receipt {...props} />
    </ResidentShell>
  );
}

function Receipt({ view, base, household }: ReceiptProps) {
  const t = useT();
  const { when } = useDates();
  const response = view.response!;
  const channel = t(`channelPhrase.${response.channel}`);
  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{t("resident.receiptTitle")}</h1>
      <p className="ok-note">{t("resident.receiptThanks")}</p>
      <dl className="receipt__facts">
        <div>
          <dt>{t("resident.receiptCode")}</dt>
          <dd className="receipt__code">{response.receiptCode}</dd>
        </div>
        <div>
          <dt>{t("resident.receiptHousehold")}</dt>
          <dd>
            {household.code} — {household.headName}
          </dd>
        </div>
        <div>
          <dt>{t("resident.receiptConsultation")}</dt>
          <dd>{view.consultation.title}</dd>
        </div>
        <div>
          <dt>{t("resident.receiptTime")}</dt>
          <dd className="receipt__time">{when(response.givenAt)}</dd>
        </div>
        {response.revision > 1 ? (
          <div>
            <dt>{t("resident.receiptRevision")}</dt>
            <dd>{t("resident.revisionN", { n: response.revision, first: when(response.submittedAt) })}</dd>
          </div>
        ) : null}
      </dl>
      {view.current ? (
        <section className="receipt__answers" aria-labelledby="receipt-answers">
          <h2 id="receipt-answers">{t("resident.receiptAnswers")}</h2>
          <AnswerSummary questions={view.consultation.questions} answers={view.current} />
        </section>
      ) : null}
      <p className="hint">{t("resident.receiptKeep")}</p>
      <ResponseNotes notes={view.notes} channel={channel} />
      <p className="receipt__actions">
        <PrintButton label={t("resident.print")} />
        <a className="button" href={base}>
          {t("resident.backHome")}
        </a>
      </p>
    </article>
  );
}
