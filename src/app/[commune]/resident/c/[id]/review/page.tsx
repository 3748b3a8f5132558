import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { submitAnswersAction } from "../../../actions";
import { AnswerSummary } from "../answer-summary";
import { draftIssues } from "../issues";
import { loadResidentView, type ResidentParams } from "../load";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resident"))("reviewTitle") };
}

export default async function ReviewPage({ params }: ResidentParams) {
  const { commune, id } = await params;
  const { view, base } = await loadResidentView(commune, id);
  const { consultation: c, draft } = view;
  if (view.state !== "open" || !draft) redirect(`${base}/c/${id}`);
  const errors = await draftIssues(c.questions, draft);
  if (Object.keys(errors).length) redirect(`${base}/c/${id}?check=1`);
  const t = await getTranslations("resident");
  const submit = submitAnswersAction.bind(null, commune, id);
  return (
    <article>
      <h1>{t("reviewTitle")}</h1>
      <p className="lead">{c.title}</p>
      <AnswerSummary questions={c.questions} answers={draft} />
      <form action={submit} className="review__actions">
        <button className="button button--primary button--large" type="submit">
          {t("submit")}
        </button>
        <Link className="button" href={`${base}/c/${id}`}>
          {t("change")}
        </Link>
      </form>
    </article>
  );
}
