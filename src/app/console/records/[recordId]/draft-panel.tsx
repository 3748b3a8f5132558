"use client";
// A draft record's actions. Officials edit the additional text and the recipients (the server
// rebuilds the content on every save, so the preview is refreshed after it) or delete the draft;
// a leader finalises it. Deleting and finalising are confirmed first: neither can be undone.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";

type Props = {
  id: string;
  version: number;
  notes: string;
  recipients: string[];
  /** Only the committee's documents have "Nơi nhận"; thôn records do not. */
  hasRecipients: boolean;
  mayEdit: boolean;
  mayFinalise: boolean;
  listHref: string;
};

type Step = "delete" | "finalise";

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export function DraftPanel({
  id,
  version: initialVersion,
  notes: initialNotes,
  recipients: initialRecipients,
  hasRecipients,
  mayEdit,
  mayFinalise,
  listHref,
}: Props) {
  const t = useTranslations("records.draft");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const update = useMutation(trpc.record.updateDraft.mutationOptions());
  const remove = useMutation(trpc.record.deleteDraft.mutationOptions());
  const finalise = useMutation(trpc.record.finalise.mutationOptions());
  const [refreshing, startRefresh] = useTransition();
  // The version this panel last saw: the server refuses a save or finalisation of an older one.
  const [version, setVersion] = useState(initialVersion);
  const [saved, setSaved] = useState({ notes: initialNotes, recipients: initialRecipients.join("\n") });
  const [notes, setNotes] = useState(saved.notes);
  const [recipients, setRecipients] = useState(saved.recipients);
  const [done, setDone] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const uid = useId();
  const dirty = notes !== saved.notes || recipients !== saved.recipients;
  const busy = update.isPending || remove.isPending || finalise.isPending || refreshing;
  const saveShown = update.error ? errorText(update.error, ["notes", "recipients"]) : NO_ERRORS;
  const stepMutation = step === "delete" ? remove : step === "finalise" ? finalise : null;
  const stepShown = stepMutation?.error ? errorText(stepMutation.error, []) : NO_ERRORS;

  useEffect(() => {
    if (step) confirmButton.current?.focus();
  }, [step]);

  function save(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const text = { notes, recipients };
    update.mutate(
      { id, version, notes, recipients: hasRecipients ? lines(recipients) : [] },
      {
        onSuccess: (r) => {
          setVersion(r.version);
          setSaved(text);
          setDone(true);
          startRefresh(() => router.refresh());
        },
      },
    );
  }

  function choose(next: Step) {
    remove.reset();
    finalise.reset();
    setDone(false);
    setStep(next);
  }

  function confirm(e: FormEvent) {
    e.preventDefault();
    if (step === "delete") {
      remove.mutate({ id }, { onSuccess: () => startRefresh(() => router.push(listHref)) });
    } else if (step === "finalise") {
      // The page re-renders as a finalised record: this panel gives way to the record's number and PDF.
      finalise.mutate({ id, version }, { onSuccess: () => startRefresh(() => router.refresh()) });
    }
  }

  return (
    <section className="detail-panel rec-page__draft" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="detail-panel__title">
        {t("title")}
      </h2>
      {mayEdit ? (
        <form className="form rec-page__form" onSubmit={save} noValidate>
          <div className="field">
            <label className="field__label" htmlFor={`${uid}-notes`}>
              {t("notes")}
            </label>
            <textarea
              id={`${uid}-notes`}
              rows={5}
              maxLength={8000}
              value={notes}
              onChange={(e) => {
                setNotes(e.target.value);
                setDone(false);
              }}
              {...described(saveShown.fields.notes, `${uid}-notes-error`, `${uid}-notes-hint`)}
            />
            <p id={`${uid}-notes-hint`} className="hint">
              {t("notesHint")}
            </p>
            <FieldError id={`${uid}-notes-error`} message={saveShown.fields.notes} />
          </div>
          {hasRecipients ? (
            <div className="field">
              <label className="field__label" htmlFor={`${uid}-recipients`}>
                {t("recipients")}
              </label>
              <textarea
                id={`${uid}-recipients`}
                rows={4}
                value={recipients}
                onChange={(e) => {
                  setRecipients(e.target.value);
                  setDone(false);
                }}
                {...described(saveShown.fields.recipients, `${uid}-recipients-error`, `${uid}-recipients-hint`)}
              />
              <p id={`${uid}-recipients-hint`} className="hint">
                {t("recipientsHint")}
              </p>
              <FieldError id={`${uid}-recipients-error`} message={saveShown.fields.recipients} />
            </div>
          ) : null}
          <ErrorAlert messages={saveShown.alert} />
          <div className="detail-buttons">
            <button type="submit" className="button button--small button--primary" disabled={busy || !dirty}>
              {update.isPending || (done && refreshing) ? t("saving") : t("save")}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-pressed={step === "delete"}
              disabled={busy}
              onClick={() => choose("delete")}
            >
              {t("delete")}
            </button>
          </div>
          <p className="detail-done" role="status">
            {dirty ? (
              <span className="rec-page__unsaved">{t("unsaved")}</span>
            ) : done && !refreshing ? (
              t("saved")
            ) : null}
          </p>
        </form>
      ) : (
        <p className="hint">{t("readOnly")}</p>
      )}
      {mayFinalise ? (
        <div className="detail-buttons">
          <button
            type="button"
            className="button button--primary"
            aria-pressed={step === "finalise"}
            disabled={busy}
            onClick={() => choose("finalise")}
          >
            {t("finalise")}
          </button>
        </div>
      ) : null}
      {step ? (
        <form className="form detail-actions__confirm" onSubmit={confirm} noValidate>
          <h3 className="detail-actions__confirm-title">
            {step === "delete" ? t("deleteConfirmTitle") : t("finaliseConfirmTitle")}
          </h3>
          <p className="hint">{step === "delete" ? t("deleteHelp") : t("finaliseHelp")}</p>
          <ErrorAlert messages={stepShown.alert} />
          <div className="detail-buttons">
            <button
              type="submit"
              ref={confirmButton}
              className={`button ${step === "delete" ? "button--danger-solid" : "button--primary"}`}
              disabled={busy}
            >
              {step === "delete"
                ? busy
                  ? t("deleting")
                  : t("deleteConfirm")
                : busy
                  ? t("finalising")
                  : t("finaliseConfirm")}
            </button>
            <button type="button" className="button" onClick={() => setStep(null)} disabled={busy}>
              {t("back")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
