import { getTranslations } from "next-intl/server";
import type { PublicConsultation } from "./format";

/** The ballot's questions and options, read-only: no form controls, nothing to submit here. */
export async function Questions({ questions }: { questions: PublicConsultation["questions"] }) {
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
              <ul className={q.kind === "MULTIPLE_CHOICE" ? "option-list option-list--multiple" : "option-list"}>
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
