"use client";
// Deactivate or reactivate a household: a confirm step with a required reason, which goes into the
// audit log. Nothing is deleted.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";

export function HouseholdActiveForm({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("households.active");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const setActive = useMutation(trpc.household.setActive.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<"deactivated" | "reactivated" | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) reasonRef.current?.focus();
  }, [confirming]);
  // The button just used changes after the refresh: keep keyboard users on the outcome.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const shown = setActive.error ? errorText(setActive.error, ["reason"]) : NO_ERRORS;
  const reasonError = missing ? t("reasonRequired") : shown.fields.reason;

  function start() {
    setActive.reset();
    setReason("");
    setMissing(false);
    setDone(null);
    setConfirming(true);
  }

  function confirm(e: FormEvent) {
    e.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    setMissing(false);
    setActive.mutate(
      { id, active: !active, reason: trimmed },
      {
        onSuccess: (r) => {
          setConfirming(false);
          setDone(r.active ? "reactivated" : "deactivated");
          router.refresh();
        },
      },
    );
  }

  return (
    <section className="panel households-section" aria-labelledby="household-active-title">
      <h2 id="household-active-title">{t(active ? "deactivateTitle" : "reactivateTitle")}</h2>
      <p className="hint">{t(active ? "deactivateHelp" : "reactivateHelp")}</p>
      {done && !confirming ? (
        <p className="detail-done" role="status" ref={doneRef} tabIndex={-1}>
          {t(done)}
        </p>
      ) : null}
      {confirming ? (
        <form className="form detail-actions__confirm" onSubmit={confirm} noValidate>
          <div className="field">
            <label className="field__label" htmlFor="household-reason">
              {t("reason")}
            </label>
            <textarea
              id="household-reason"
              ref={reasonRef}
              rows={3}
              required
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              {...described(reasonError, "household-reason-error", "household-reason-hint")}
            />
            <p id="household-reason-hint" className="hint">
              {t("reasonHint")}
            </p>
            <FieldError id="household-reason-error" message={reasonError} />
          </div>
          <ErrorAlert messages={shown.alert} />
          <div className="detail-buttons">
            <button
              type="submit"
              className={`button ${active ? "button--danger-solid" : "button--primary"}`}
              disabled={setActive.isPending}
            >
              {setActive.isPending ? t("working") : t(active ? "confirmDeactivate" : "confirmReactivate")}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setConfirming(false)}
              disabled={setActive.isPending}
            >
              {t("back")}
            </button>
          </div>
        </form>
      ) : (
        <div className="detail-buttons">
          <button type="button" className={`button ${active ? "button--danger" : ""}`} onClick={start}>
            {t(active ? "deactivate" : "reactivate")}
          </button>
        </div>
      )}
    </section>
  );
}
