"use client";
import { useTranslations } from "next-intl";
import { QUESTION_KINDS } from "@/domain/consultation-plan";
import { emptyQuestion, type QuestionState } from "./form-state";

type Props = {
  questions: QuestionState[];
  onChange: (questions: QuestionState[]) => void;
  errorFor: (field: string) => string | undefined;
};

export function QuestionEditor({ questions, onChange, errorFor }: Props) {
  const t = useTranslations("consultationForm");
  const tk = useTranslations("questionKind");
  const update = (i: number, patch: Partial<QuestionState>) =>
    onChange(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: number) => {
    const next = [...questions];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <div className="questions">
      {questions.map((q, i) => (
        <fieldset key={q.key} className="question">
          <legend>{t("questionN", { n: i + 1 })}</legend>
          <label className="field">
            <span className="field__label">{t("questionKind")}</span>
            <select value={q.kind} onChange={(e) => update(i, { kind: e.target.value as QuestionState["kind"] })}>
              {QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </select>
          </label>
          <QuestionTextArea
            label={t("questionText")}
            rows={2}
            value={q.text}
            error={errorFor(`questions.${i}.text`)}
            onChange={(text) => update(i, { text })}
          />
          {q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE" ? (
            <QuestionTextArea
              label={t("options")}
              rows={4}
              value={q.optionsText}
              error={errorFor(`questions.${i}.options`)}
              onChange={(optionsText) => update(i, { optionsText })}
            />
          ) : q.kind === "APPROVAL" ? (
            <p className="hint">{t("approvalOptions")}</p>
          ) : null}
          <label className="check">
            <input
              type="checkbox"
              checked={q.allowComment}
              onChange={(e) => update(i, { allowComment: e.target.checked })}
            />
            {t("allowComment")}
          </label>
          <div className="question__tools">
            <button type="button" className="button button--small" disabled={i === 0} onClick={() => move(i, -1)}>
              ↑ {t("moveUp")}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={i === questions.length - 1}
              onClick={() => move(i, 1)}
            >
              ↓ {t("moveDown")}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => onChange(questions.filter((_, j) => j !== i))}
            >
              {t("removeQuestion")}
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => onChange([...questions, emptyQuestion()])}>
        + {t("addQuestion")}
      </button>
    </div>
  );
}

/** A question's text or its options, typed in a box that carries its error under it. */
function QuestionTextArea({
  label,
  rows,
  value,
  error,
  onChange,
}: {
  label: string;
  rows: number;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <textarea rows={rows} value={value} aria-invalid={!!error} onChange={(e) => onChange(e.target.value)} />
      {error ? <span className="field__error">{error}</span> : null}
    </label>
  );
}
