import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { submitAnswersAction } from "../../../actions";
import { draftIssues } from "../issues";
import { loadResidentView } from "../load";

export const dynamic = "force-dynamic";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { view } = await loadResidentView(id);
  const { consultation: c, draft } = view;
  if (view.state !== "open" || !draft) redirect(`/resident/c/${id}`);
  const errors = await draftIssues(c.questions, draft);
  if (Object.keys(errors).length) redirect(`/resident/c/${id}?check=1`);
  const t = await getTranslations("resident");
  const byQuestion = new Map(draft.map((a) => [a.questionId, a]));
  const submit = submitAnswersAction.bind(null, id);
  return (
    <article>
      <h1>{t("reviewTitle")}</h1>
      <p className="lead">{c.title}</p>
      <dl className="review">
        {c.questions.map((q, i) => {
          const a = byQuestion.get(q.id);
          const chosen = q.options.filter((o) => a?.optionIds.includes(o.id)).map((o) => o.label);
          const answer = q.kind === "FREE_TEXT" ? a?.text : chosen.join(", ");
          return (
            <div key={q.id}>
              <dt>
                {t("questionN", { n: i + 1 })}. {q.text}
              </dt>
              <dd>{answer || <span className="muted">{t("noAnswer")}</span>}</dd>
              {a?.comment ? (
                <dd className="review__comment">
                  {t("comment")}: {a.comment}
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
      <form action={submit} className="review__actions">
        <button className="button button--primary button--large" type="submit">
          {t("submit")}
        </button>
        <Link className="button" href={`/resident/c/${id}`}>
          {t("change")}
        </Link>
      </form>
    </article>
  );
}
