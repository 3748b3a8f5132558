"use client";
// A draft record's actions. Officials edit the additional text and the recipients (the server
// rebuilds the content on every save, so the preview is refreshed after it) or delete the draft;
// a leader finalises it. Deleting and finalising are confirmed first: neither can be undone.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { ConfirmStep, StepButton } from "@/components/console/consultation-confirm";
import { Field, useFormKit } from "@/components/console/form-kit";

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

/** Each confirming step's wording (records.draft). */
const STEP_TEXT = {
  delete: { title: "deleteConfirmTitle", help: "deleteHelp", confirm: "deleteConfirm", pending: "deleting" },
  finalise: { title: "finaliseConfirmTitle", help: "finaliseHelp", confirm: "finaliseConfirm", pending: "finalising" },
} as const satisfies Record<Step, Record<string, string>>;

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
  const dirty = notes !== saved.notes || recipients !== saved.recipients;
  const busy = update.isPending || remove.isPending || finalise.isPending || refreshing;
  const kit = useFormKit(update.error, ["notes", "recipients"]);
  const stepMutation = step === "delete" ? remove : step === "finalise" ? finalise : null;
  const stepKit = useFormKit(stepMutation?.error, []);

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

  /** A change to the text: the last "saved" no longer speaks for it. */
  function edit(set: (text: string) => void, text: string) {
    set(text);
    setDone(false);
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
    <section className="detail-panel rec-page__draft" aria-labelledby={`${kit.uid}-title`}>
      <h2 id={`${kit.uid}-title`} className="detail-panel__title">
        {t("title")}
      </h2>
      {mayEdit ? (
        <form className="form rec-page__form" onSubmit={save} noValidate>
          <Field kit={kit} name="notes" label={t("notes")} hint={t("notesHint")}>
            <textarea
              rows={5}
              maxLength={8000}
              value={notes}
              onChange={(e) => edit(setNotes, e.target.value)}
              {...kit.control("notes", true)}
            />
          </Field>
          {hasRecipients ? (
            <Field kit={kit} name="recipients" label={t("recipients")} hint={t("recipientsHint")}>
              <textarea
                rows={4}
                value={recipients}
                onChange={(e) => edit(setRecipients, e.target.value)}
                {...kit.control("recipients", true)}
              />
            </Field>
          ) : null}
          {kit.alert}
          <div className="detail-buttons">
            <button type="submit" className="button button--small button--primary" disabled={busy || !dirty}>
              {update.isPending || (done && refreshing) ? t("saving") : t("save")}
            </button>
            <StepButton
              className="button button--small button--danger"
              open={step === "delete"}
              disabled={busy}
              onOpen={() => choose("delete")}
            >
              {t("delete")}
            </StepButton>
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
          <StepButton
            className="button button--primary"
            open={step === "finalise"}
            disabled={busy}
            onOpen={() => choose("finalise")}
          >
            {t("finalise")}
          </StepButton>
        </div>
      ) : null}
      {step ? (
        <ConfirmStep
          onSubmit={confirm}
          title={t(STEP_TEXT[step].title)}
          help={t(STEP_TEXT[step].help)}
          alert={stepKit.alert}
          danger={step === "delete"}
          pending={busy}
          confirmLabel={t(STEP_TEXT[step].confirm)}
          pendingLabel={t(STEP_TEXT[step].pending)}
          backLabel={t("back")}
          onBack={() => setStep(null)}
          confirmRef={confirmButton}
        />
      ) : null}
    </section>
  );
}
