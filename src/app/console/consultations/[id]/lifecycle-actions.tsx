"use client";
// The lifecycle buttons the viewer's role may use now. Every action is confirmed first; return, open,
// close and cancel also need a reason. Errors stay inside the panel. An action the schedule or the
// law's periods do not allow shows disabled with the date it becomes possible or why it cannot be.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { needsReason as actionNeedsReason, type LifecycleAction } from "@/domain/lifecycle";
import { useTRPC } from "@/trpc/client";
import { ConfirmStep, StepButton } from "@/components/console/consultation-confirm";
import { Field, useFormKit } from "@/components/console/form-kit";
import { useIssueText } from "@/components/console/use-app-error";
import { dateParts } from "@/components/console/when";
import { useChosenAction } from "./use-chosen-action";

type Issue = { key: string; params?: Record<string, string | number> };

/** The submission warning: approval after `latestApproval` would publish too late (Art 28 k2). */
export type SubmitWarning = {
  latestApproval: string;
  rule: "opinionPeriod" | "postingBeforeMeeting";
  days: number;
  passed: boolean;
};

const DATE_TIME = { hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric" } as const;

export function LifecycleActions({
  id,
  actions,
  notBefore = {},
  refused = {},
  submitWarning = null,
}: {
  id: string;
  actions: LifecycleAction[];
  /** Actions offered by the state machine that the schedule does not allow yet, with the moment they will be. */
  notBefore?: Partial<Record<LifecycleAction, string>>;
  /** Actions offered by the state machine that the law's periods refuse, with why. */
  refused?: Partial<Record<LifecycleAction, Issue[]>>;
  submitWarning?: SubmitWarning | null;
}) {
  const format = useFormatter();
  const issueText = useIssueText();
  const t = useTranslations("consultationDetail.actions");
  const tl = useTranslations("lifecycleAction");
  const tp = useTranslations("plan");
  const router = useRouter();
  const trpc = useTRPC();
  const mutations = {
    submit: useMutation(trpc.consultation.submit.mutationOptions()),
    withdraw: useMutation(trpc.consultation.withdraw.mutationOptions()),
    approve: useMutation(trpc.consultation.approve.mutationOptions()),
    return: useMutation(trpc.consultation.return.mutationOptions()),
    unpublish: useMutation(trpc.consultation.unpublish.mutationOptions()),
    publishNow: useMutation(trpc.consultation.publishNow.mutationOptions()),
    open: useMutation(trpc.consultation.open.mutationOptions()),
    close: useMutation(trpc.consultation.close.mutationOptions()),
    publishResults: useMutation(trpc.consultation.publishResults.mutationOptions()),
    cancel: useMutation(trpc.consultation.cancel.mutationOptions()),
  };
  const ongoing = useChosenAction(mutations);
  const { action: selected, mutation } = ongoing;
  const [reason, setReason] = useState("");
  const [missingReason, setMissingReason] = useState(false);
  const [done, setDone] = useState<LifecycleAction | null>(null);
  const focusTarget = useRef<HTMLTextAreaElement & HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (selected) focusTarget.current?.focus();
  }, [selected]);
  // The button just used may be gone after the refresh: keep keyboard users on the outcome.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const needsReason = selected ? actionNeedsReason(selected) : false;
  const warning =
    submitWarning && actions.includes("submit")
      ? t("submitWarning", {
          ...dateParts(format, new Date(submitWarning.latestApproval)),
          rule: submitWarning.rule,
          days: submitWarning.days,
          passed: String(submitWarning.passed),
        })
      : null;
  const kit = useFormKit(mutation?.error, ["reason"], {
    local: { reason: missingReason ? tp("reasonRequired") : undefined },
  });

  function choose(action: LifecycleAction) {
    ongoing.choose(action);
    setDone(null);
    setMissingReason(false);
    setReason("");
  }

  function confirm(e: FormEvent) {
    e.preventDefault();
    if (!selected || !mutation) return;
    const trimmed = reason.trim();
    if (needsReason && !trimmed) {
      setMissingReason(true);
      focusTarget.current?.focus();
      return;
    }
    setMissingReason(false);
    const action = selected;
    mutation.mutate(
      { id, reason: trimmed || undefined },
      {
        onSuccess: () => {
          ongoing.close();
          setReason("");
          setDone(action);
          router.refresh();
        },
      },
    );
  }

  return (
    <section className="detail-panel detail-actions" aria-labelledby={`${kit.uid}-title`}>
      <h2 id={`${kit.uid}-title`} className="detail-panel__title">
        {t("title")}
      </h2>
      <div className="detail-actions__buttons">
        {actions.map((action) => {
          const from = notBefore[action];
          const why = refused[action]?.[0];
          const describedBy = [
            from || why ? `${kit.uid}-${action}-from` : null,
            action === "submit" && warning ? `${kit.uid}-warning` : null,
          ].filter(Boolean);
          return (
            <span key={action} className="detail-actions__item">
              <StepButton
                className={`button${action === "cancel" ? " button--danger" : action === selected ? " button--primary" : ""}`}
                open={action === selected}
                disabled={Boolean(from || why)}
                describedBy={describedBy.length ? describedBy.join(" ") : undefined}
                onOpen={() => choose(action)}
              >
                {tl(action)}
              </StepButton>
              {from || why ? (
                <span id={`${kit.uid}-${action}-from`} className="detail-actions__when">
                  {from
                    ? t("notBefore", { at: format.dateTime(new Date(from), DATE_TIME) })
                    : t("refused", { reason: issueText(why!.key, why!.params) })}
                </span>
              ) : null}
            </span>
          );
        })}
      </div>
      {warning && selected !== "submit" ? (
        <p id={`${kit.uid}-warning`} className="notice detail-actions__warning">
          {warning}
        </p>
      ) : null}
      {done && !selected ? (
        <p className="detail-done" role="status" ref={doneRef} tabIndex={-1}>
          {t("done", { action: tl(done) })}
        </p>
      ) : null}
      {selected && mutation ? (
        <ConfirmStep
          onSubmit={confirm}
          title={t("confirmTitle", { action: tl(selected) })}
          help={t(`help.${selected}`)}
          alert={kit.alert}
          danger={selected === "cancel"}
          pending={mutation.isPending}
          confirmLabel={t("confirm")}
          pendingLabel={t("working")}
          backLabel={t("back")}
          onBack={ongoing.close}
          confirmRef={needsReason ? undefined : focusTarget}
        >
          {selected === "submit" && warning ? (
            <p id={`${kit.uid}-warning`} className="notice detail-actions__warning">
              {warning}
            </p>
          ) : null}
          {needsReason ? (
            <Field kit={kit} name="reason" label={t("reason")} hint={t("reasonHint")}>
              <textarea
                ref={focusTarget}
                rows={3}
                required
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                {...kit.control("reason", true)}
              />
            </Field>
          ) : null}
        </ConfirmStep>
      ) : null}
    </section>
  );
}
