import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AnswerForm } from "./answer-form";
import { AnswerSummary } from "./answer-summary";
import { draftIssues } from "./issues";
import { loadResidentView, type ResidentParams } from "./load";
import { StateNotice } from "./state-notice";

export const dynamic = "force-dynamic";

type Props = ResidentParams & { searchParams: Promise<{ check?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { commune, id } = await params;
  const { view } = await loadResidentView(commune, id);
  return { title: view.consultation.title };
}

export default async function ResidentConsultationPage({ params, searchParams }: Props) {
  const [{ commune, id }, { check }] = await Promise.all([params, searchParams]);
  const { view, base, commune: place } = await loadResidentView(commune, id);
  const { consultation: c, state, response } = view;
  const t = await getTranslations("resident");
  const errors = check ? await draftIssues(c.questions, view.draft) : {};
  return (
    <article>
      <p className="back-link">
        <Link href={base}>← {t("backHome")}</Link>
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
        <summary>{t("aboutThis")}</summary>
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
          <h2>{t("yourAnswers")}</h2>
          <AnswerSummary questions={c.questions} answers={view.current} />
        </>
      ) : null}
      {c.resultsPublishedAt ? (
        <p>
          <Link className="button" href={`/${place.slug}/consultations/${c.id}/results`}>
            {t("seeResults")}
          </Link>
        </p>
      ) : null}
      {state === "open" ? (
        <>
          <h2>{response ? t("reviseTitle") : t("answerTitle")}</h2>
          {Object.keys(errors).length ? (
            <p className="form__error" role="alert">
              {t("fixBelow")}
            </p>
          ) : null}
          <AnswerForm
            commune={place.slug}
            consultationId={c.id}
            questions={c.questions}
            initial={view.draft ?? view.current}
            errors={errors}
          />
        </>
      ) : null}
    </article>
  );
}
