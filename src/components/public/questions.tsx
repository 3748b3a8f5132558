import { getTranslations } from "next-intl/server";

type Question = { id: string; text: string; kind: string; options: { id: string; label: string }[] };

/**
 * The ballot's questions and options, read-only: no form controls, nothing to submit here. The
 * consultation's page marks the options of a multiple-choice question as boxes (`markMultiple`); the
 * results page, recalling what was asked, lists every option alike.
 */
export async function Questions({ questions, markMultiple = true }: { questions: Question[]; markMultiple?: boolean }) {
  const t = await getTranslations("publicPages.detail");
  return (
    <ol className="question-list">
      {questions.map((q) => (
        <li key={q.id} className="question-list__item">
          <p className="question-list__text">{q.text}</p>
          {q.kind === "FREE_TEXT" ? (
            <p className="hint">{t("freeText")}</p>
          ) : (
            <>
              {q.kind === "MULTIPLE_CHOICE" ? <p className="hint">{t("multipleChoice")}</p> : null}
              <ul
                className={
                  markMultiple && q.kind === "MULTIPLE_CHOICE" ? "option-list option-list--multiple" : "option-list"
                }
              >
                {q.options.map((o) => (
                  <li key={o.id}>{o.label}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
