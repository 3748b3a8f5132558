import type { GetServerSidePropsContext } from "next";
import { useT } from "@/components/resident/intl";
import { AnswerForm } from "@/components/resident/answer-form";
import { AnswerSummary } from "@/components/resident/answer-summary";
import { getDb } from "@/server/db";
import { ResidentNotFound, ResidentShell } from "@/components/resident/shell";
import { StateNotice } from "@/components/resident/state-notice";
import { consultationProps, type ConsultationProps, type PageProps } from "@/server/residents/pages";

// Served as HTML alone: no Next.js client runtime (see src/pages/_app.tsx).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps = async (ctx: GetServerSidePropsContext<{ commune: string; id: string }>) =>
  consultationProps(await getDb(), ctx, "form");

export default function ResidentConsultationPage(props: PageProps<ConsultationProps>) {
  if (!props.found) return <ResidentNotFound />;
  return (
    <ResidentShell shell={props.shell} title={props.view.consultation.title}>
      <Consultation {...props} />
    </ResidentShell>
  );
}

function Consultation({ view, base, errors, shell }: ConsultationProps & { shell: { slug: string } }) {
  const t = useT();
  const { consultation: c, state, response } = view;
  return (
    <article>
      <p className="back-link">
        <a href={base}>← {t("resident.backHome")}</a>
      </p>
      <h1>{c.title}</h1>
      <StateNotice
        state={state}
        notes={view.notes}
        opensAt={c.opensAt}
        closesAt={c.closesAt}
        response={response}
        heldBy={view.heldBy}
      />
      <details className="summary" open={state !== "open"}>
        <summary>{t("resident.aboutThis")}</summary>
        <p className="prewrap">{c.summary}</p>
        {c.documents.length ? (
          <ul>
            {c.documents.map((d) => (
              <li key={d.id}>
                <a href={`/api/documents/${d.id}`}>{d.title}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </details>
      {state !== "open" && view.current && view.response?.secretBallot === false ? (
        <>
          <h2>{t("resident.yourAnswers")}</h2>
          <AnswerSummary questions={c.questions} answers={view.current} />
        </>
      ) : null}
      {c.resultsPublishedAt ? (
        <p>
          <a className="button" href={`/${shell.slug}/consultations/${c.id}/results`}>
            {t("resident.seeResults")}
          </a>
        </p>
      ) : null}
      {state === "open" ? (
        <>
          <h2>{response ? t("resident.reviseTitle") : t("resident.answerTitle")}</h2>
          {Object.keys(errors).length ? (
            <p className="form__error" role="alert">
              {t("resident.fixBelow")}
            </p>
          ) : null}
          <AnswerForm
            action={`${base}/c/${c.id}/answers`}
            questions={c.questions}
            initial={view.draft ?? view.current}
            errors={errors}
          />
        </>
      ) : null}
    </article>
  );
}
