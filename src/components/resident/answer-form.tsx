import { useT } from "./intl";
import type { AnswerInput } from "@/domain/answers";

type Question = {
  id: string;
  kind: "APPROVAL" | "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "FREE_TEXT";
  text: string;
  allowComment: boolean;
  required: boolean;
  options: { id: string; label: string }[];
};

/**
 * Large radio buttons and checkboxes in a plain form. It posts to the answers route, which keeps
 * them as the household's draft and sends the browser to the review step (src/server/residents/posts.ts).
 */
export function AnswerForm(props: {
  action: string;
  questions: Question[];
  initial: AnswerInput[] | null;
  errors: Record<string, string>;
}) {
  const t = useT();
  const initial = new Map((props.initial ?? []).map((a) => [a.questionId, a]));
  return (
    <form className="answer-form" method="post" action={props.action}>
      {props.questions.map((q, i) => {
        const a = initial.get(q.id);
        const error = props.errors[`answers.${q.id}`];
        const commentError = props.errors[`answers.${q.id}.comment`];
        return (
          <fieldset key={q.id} className="answer" aria-invalid={error ? true : undefined}>
            <legend>
              <span className="answer__n">{t("resident.questionN", { n: i + 1 })}</span> {q.text}
              {q.required ? null : <span className="muted"> ({t("resident.optional")})</span>}
            </legend>
            {error ? <p className="field__error">{error}</p> : null}
            {q.kind === "FREE_TEXT" ? (
              <textarea name={`t.${q.id}`} rows={4} defaultValue={a?.text ?? ""} aria-label={q.text} maxLength={2000} />
            ) : (
              <div className="choices">
                {q.options.map((o) => (
                  <label key={o.id} className="choice">
                    <input
                      type={q.kind === "MULTIPLE_CHOICE" ? "checkbox" : "radio"}
                      name={`q.${q.id}`}
                      value={o.id}
                      defaultChecked={a?.optionIds.includes(o.id)}
                    />
                    <span>{o.label}</span>
                  </label>
                ))}
              </div>
            )}
            {q.allowComment && q.kind !== "FREE_TEXT" ? (
              <label className="field">
                <span className="field__label">{t("resident.comment")}</span>
                <textarea
                  name={`c.${q.id}`}
                  rows={3}
                  defaultValue={a?.comment ?? ""}
                  maxLength={2000}
                  aria-invalid={commentError ? true : undefined}
                />
                {commentError ? <span className="field__error">{commentError}</span> : null}
              </label>
            ) : null}
          </fieldset>
        );
      })}
      <button className="button button--primary button--large" type="submit">
        {t("resident.toReview")}
      </button>
    </form>
  );
}
