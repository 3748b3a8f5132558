"use client";
// One open ballot on the entry screen: the questions, the blank/invalid marks and the save bar.
// It holds no state of its own: the entry screen owns the ballot, so nothing keyed here can outlive
// the household it was keyed for.
import { useTranslations } from "next-intl";
import type { KeyboardEvent, RefObject } from "react";

export type Question = {
  id: string;
  kind: "APPROVAL" | "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "FREE_TEXT";
  text: string;
  allowComment: boolean;
  options: { id: string; label: string }[];
};
export type Found = { code: string; headName: string; address: string; neighbourhood: string };
export type Mark = "BLANK" | "INVALID";
export type Ballot = {
  household: Found;
  choices: Record<string, string[]>;
  texts: Record<string, string>;
  mark: Mark | null;
  active: number;
};

/** Whether anything has been keyed on the ballot: only then does leaving it need asking. */
export function isDirty(b: Ballot | null) {
  return (
    !!b &&
    (b.mark !== null ||
      Object.values(b.choices).some((c) => c.length > 0) ||
      Object.values(b.texts).some((t) => t.trim() !== ""))
  );
}

/** The numpad keys for the marks: never part of a household code, and next to the digits. */
export const MARK_KEYS: Record<string, Mark> = { "/": "BLANK", "*": "INVALID" };

type Props = {
  ballot: Ballot;
  questions: Question[];
  sheetRef: RefObject<HTMLDivElement | null>;
  pending: boolean;
  warning: string | null;
  saveError: string | null;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onChoose: (q: Question, optionId: string) => void;
  onText: (questionId: string, value: string) => void;
  onMark: (mark: Mark | null) => void;
  onActivate: (index: number) => void;
  onSave: () => void;
  onDiscard: () => void;
};

export function BallotSheet({
  ballot,
  questions,
  sheetRef,
  pending,
  warning,
  saveError,
  onKeyDown,
  onChoose,
  onText,
  onMark,
  onActivate,
  onSave,
  onDiscard,
}: Props) {
  const t = useTranslations("entry");
  const voting = questions.filter((q) => q.kind !== "FREE_TEXT");
  const { household: h } = ballot;
  const title = t("household", { code: h.code, head: h.headName });
  const complete = !ballot.mark && voting.length > 0 && ballot.active >= voting.length;
  return (
    <div
      ref={sheetRef}
      tabIndex={-1}
      className="entry__ballot"
      onKeyDown={onKeyDown}
      role="group"
      aria-labelledby="ballot-title"
      aria-describedby="ballot-state"
    >
      <h2 id="ballot-title">
        {title} <span className="badge badge--unsaved">{t("unsaved")}</span>
      </h2>
      <p className="muted">{t("address", { address: h.address, neighbourhood: h.neighbourhood })}</p>
      <p id="ballot-state" className="visually-hidden">
        {t("unsavedNote")}
      </p>
      {questions.map((q) => {
        const index = voting.indexOf(q);
        const active = !ballot.mark && index === ballot.active;
        return (
          <fieldset
            key={q.id}
            className={`entry__question${active ? " entry__question--active" : ""}`}
            disabled={ballot.mark !== null}
            onFocus={() => index >= 0 && onActivate(index)}
          >
            <legend>{q.text}</legend>
            {q.kind === "FREE_TEXT" ? (
              <>
                <textarea
                  rows={2}
                  aria-label={t("answerLabel", { question: q.text })}
                  value={ballot.texts[q.id] ?? ""}
                  onChange={(e) => onText(q.id, e.target.value)}
                />
                <span className="hint keys-hint">{t("textKeys")}</span>
              </>
            ) : (
              <div className="entry__options">
                {q.options.map((o, i) => (
                  <label key={o.id} className="check">
                    <input
                      type={q.kind === "MULTIPLE_CHOICE" ? "checkbox" : "radio"}
                      name={`o-${q.id}`}
                      checked={(ballot.choices[q.id] ?? []).includes(o.id)}
                      onChange={() => onChoose(q, o.id)}
                      tabIndex={-1}
                    />
                    <kbd>{i + 1}</kbd> {o.label}
                  </label>
                ))}
              </div>
            )}
            {q.allowComment && q.kind !== "FREE_TEXT" ? (
              <input
                type="text"
                placeholder={t("comment")}
                aria-label={`${t("comment")}: ${q.text}`}
                enterKeyHint="done"
                value={ballot.texts[q.id] ?? ""}
                onChange={(e) => onText(q.id, e.target.value)}
              />
            ) : null}
          </fieldset>
        );
      })}
      <fieldset className="entry__marks">
        <legend>{t("markLegend")}</legend>
        <div className="entry__options">
          {(["BLANK", "INVALID"] as const).map((mark) => (
            <button
              key={mark}
              type="button"
              className="button button--small"
              aria-pressed={ballot.mark === mark}
              onClick={() => onMark(ballot.mark === mark ? null : mark)}
            >
              {t(mark === "BLANK" ? "markBlank" : "markInvalid")} <kbd>{mark === "BLANK" ? "/" : "*"}</kbd>
            </button>
          ))}
        </div>
        <p className="hint">
          {ballot.mark
            ? t("markedAs", { mark: t(ballot.mark === "BLANK" ? "markBlank" : "markInvalid") })
            : t("markHelp")}
        </p>
      </fieldset>
      <div aria-live="polite">
        {complete ? <p className="ok-note keys-hint">{t("complete")}</p> : null}
        {warning ? (
          <p className="form__error" role="alert">
            {warning}
          </p>
        ) : null}
      </div>
      {saveError ? (
        <p className="form__error" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="form__actions entry__actions">
        <button type="button" className="button button--primary" onClick={onSave} disabled={pending}>
          {pending ? t("saving") : t("save")} <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t("reset")} <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
