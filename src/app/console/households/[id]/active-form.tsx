"use client";
// Deactivate or reactivate a household: a confirm step with a required reason, which goes into the
// audit log. Nothing is deleted.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Field, FormButtons, useFormKit } from "@/components/console/form-kit";

export function HouseholdActiveForm({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("households.active");
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

  const kit = useFormKit(setActive.error, ["reason"], { local: { reason: missing ? t("reasonRequired") : undefined } });

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
          <Field kit={kit} name="reason" label={t("reason")} hint={t("reasonHint")}>
            <textarea
              {...kit.control("reason", true)}
              ref={reasonRef}
              rows={3}
              required
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          {kit.alert}
          <FormButtons
            label={t(active ? "confirmDeactivate" : "confirmReactivate")}
            working={t("working")}
            pending={setActive.isPending}
            danger={active}
            cancelLabel={t("back")}
            onCancel={() => setConfirming(false)}
          />
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
