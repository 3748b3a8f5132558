import { useT } from "./intl";
import type { AnswerInput } from "@/domain/answers";

type Question = { id: string; kind: string; text: string; options: { id: string; label: string }[] };

/** The household's answers, read-only: on the review step, the receipt, and after closing. */
export function AnswerSummary({ questions, answers }: { questions: Question[]; answers: AnswerInput[] }) {
  const t = useT();
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return (
    <dl className="review">
      {questions.map((q, i) => {
        const a = byQuestion.get(q.id);
        const chosen = q.options.filter((o) => a?.optionIds.includes(o.id)).map((o) => o.label);
        const answer = q.kind === "FREE_TEXT" ? a?.text : chosen.join(", ");
        return (
          <div key={q.id}>
            <dt>
              {t("resident.questionN", { n: i + 1 })}. {q.text}
            </dt>
            <dd>{answer || <span className="muted">{t("resident.noAnswer")}</span>}</dd>
            {a?.comment ? (
              <dd className="review__comment">
                {t("resident.comment")}: {a.comment}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
