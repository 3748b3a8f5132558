"use client";
// Amending the frozen roll while the consultation is open: one household added or removed, with a
// reason (audited on the server). The roll table and the counts per neighbourhood are reloaded.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";

type Change = "add" | "remove";

export function RollAmend({ consultationId }: { consultationId: string }) {
  const t = useTranslations("consultationDetail.roll");
  const tp = useTranslations("plan");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.roll.add.mutationOptions());
  const remove = useMutation(trpc.roll.remove.mutationOptions());
  const [code, setCode] = useState("");
  const [change, setChange] = useState<Change>("add");
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<{ change: Change; code: string } | null>(null);
  const uid = useId();

  const mutation = change === "add" ? add : remove;
  const shown = mutation.error ? errorText(mutation.error, ["householdCode", "reason"]) : NO_ERRORS;
  const codeError = local.householdCode ?? shown.fields.householdCode;
  const reasonError = local.reason ?? shown.fields.reason;

  function submit(e: FormEvent) {
    e.preventDefault();
    const issues: Record<string, string> = {};
    if (!code.trim()) issues.householdCode = tp("householdCodeRequired");
    if (!reason.trim()) issues.reason = tp("reasonRequired");
    setLocal(issues);
    setDone(null);
    add.reset();
    remove.reset();
    if (Object.keys(issues).length) return;
    mutation.mutate(
      { consultationId, householdCode: code.trim(), reason: reason.trim() },
      {
        onSuccess: (result) => {
          setDone({ change: result.change, code: result.householdCode });
          setCode("");
          setReason("");
          void queryClient.invalidateQueries({ queryKey: trpc.roll.list.pathKey() });
          router.refresh();
        },
      },
    );
  }

  return (
    <form className="form detail-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="detail-form__title">
        {t("amendTitle")}
      </h3>
      <fieldset className="detail-choice">
        <legend className="field__label">{t("change")}</legend>
        {(["add", "remove"] as const).map((c) => (
          <label key={c} className="detail-choice__option">
            <input type="radio" name={`${uid}-change`} value={c} checked={change === c} onChange={() => setChange(c)} />
            {t(c === "add" ? "changeAdd" : "changeRemove")}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-code`}>
          {t("householdCode")}
        </label>
        <input
          id={`${uid}-code`}
          className="detail-code-input"
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          {...described(codeError, `${uid}-code-error`)}
        />
        <FieldError id={`${uid}-code-error`} message={codeError} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-reason`}>
          {t("reason")}
        </label>
        <textarea
          id={`${uid}-reason`}
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...described(reasonError, `${uid}-reason-error`)}
        />
        <FieldError id={`${uid}-reason-error`} message={reasonError} />
      </div>
      <ErrorAlert messages={shown.alert} />
      {done ? (
        <p className="detail-done" role="status">
          {t(done.change === "add" ? "doneAdd" : "doneRemove", { code: done.code })}
        </p>
      ) : null}
      <div className="detail-buttons">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("saving") : t("submit")}
        </button>
      </div>
    </form>
  );
}
