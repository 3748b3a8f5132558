"use client";
// One household's answer to one question in the show-of-hands table: a select for approval and
// single choice (with the "other opinion" words when chosen), checkboxes for multiple choice, a text
// box for a required free-text question.
import { useTranslations } from "next-intl";

export type Question = {
  id: string;
  text: string;
  kind: string;
  options: { id: string; label: string; key: string | null }[];
};
export type Answer = { optionIds: string[]; text: string; comment: string };

type Props = {
  question: Question;
  label: string;
  commentLabel: string;
  value: Answer;
  onChange: (a: Answer) => void;
  disabled: boolean;
  error?: string;
  commentError?: string;
};

export function HandsCell({ question: q, label, commentLabel, value, onChange, disabled, error, commentError }: Props) {
  const t = useTranslations("meetings.hands");
  const invalid = error ? true : undefined;
  if (q.kind === "FREE_TEXT") {
    return (
      <input
        aria-label={label}
        value={value.text}
        maxLength={2000}
        disabled={disabled}
        aria-invalid={invalid}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
    );
  }
  if (q.kind === "MULTIPLE_CHOICE") {
    return (
      <fieldset className="mtg-multi">
        <legend className="visually-hidden">{label}</legend>
        {q.options.map((o) => (
          <label key={o.id} className="check">
            <input
              type="checkbox"
              checked={value.optionIds.includes(o.id)}
              disabled={disabled}
              onChange={(e) =>
                onChange({
                  ...value,
                  optionIds: e.target.checked ? [...value.optionIds, o.id] : value.optionIds.filter((x) => x !== o.id),
                })
              }
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    );
  }
  const other = q.options.find((o) => o.key === "OTHER");
  const otherChosen = q.kind === "APPROVAL" && other !== undefined && value.optionIds.includes(other.id);
  return (
    <>
      <select
        aria-label={label}
        value={value.optionIds[0] ?? ""}
        disabled={disabled}
        aria-invalid={invalid}
        onChange={(e) =>
          onChange({
            optionIds: e.target.value ? [e.target.value] : [],
            text: "",
            comment: e.target.value && e.target.value === other?.id ? value.comment : "",
          })
        }
      >
        <option value="">{t("choose")}</option>
        {q.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {otherChosen ? (
        <input
          className="mtg-comment"
          aria-label={commentLabel}
          placeholder={t("comment")}
          value={value.comment}
          maxLength={2000}
          disabled={disabled}
          aria-invalid={commentError ? true : undefined}
          onChange={(e) => onChange({ ...value, comment: e.target.value })}
        />
      ) : null}
    </>
  );
}
