"use client";
// Amending the frozen roll while the consultation is open: one household added or removed, with a
// reason (audited on the server). The roll table and the counts per neighbourhood are reloaded.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Field, useFormKit, type Local } from "@/components/console/form-kit";
import { PanelForm } from "./panel-form";

type Change = "add" | "remove";

export function RollAmend({ consultationId }: { consultationId: string }) {
  const t = useTranslations("consultationDetail.roll");
  const tp = useTranslations("plan");
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.roll.add.mutationOptions());
  const remove = useMutation(trpc.roll.remove.mutationOptions());
  const [code, setCode] = useState("");
  const [change, setChange] = useState<Change>("add");
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<Local>({});
  const [done, setDone] = useState<{ change: Change; code: string } | null>(null);
  const mutation = change === "add" ? add : remove;
  const kit = useFormKit(mutation.error, ["householdCode", "reason"], { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const issues: Local = {};
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
    <PanelForm
      title={t("amendTitle")}
      onSubmit={submit}
      alert={kit.alert}
      done={done ? t(done.change === "add" ? "doneAdd" : "doneRemove", { code: done.code }) : null}
      submit={{ label: t("submit"), pendingLabel: t("saving"), pending: mutation.isPending }}
    >
      <fieldset className="detail-choice">
        <legend className="field__label">{t("change")}</legend>
        {(["add", "remove"] as const).map((c) => (
          <label key={c} className="detail-choice__option">
            <input
              type="radio"
              name={`${kit.uid}-change`}
              value={c}
              checked={change === c}
              onChange={() => setChange(c)}
            />
            {t(c === "add" ? "changeAdd" : "changeRemove")}
          </label>
        ))}
      </fieldset>
      <Field kit={kit} name="householdCode" label={t("householdCode")}>
        <input
          className="detail-code-input"
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          {...kit.control("householdCode")}
        />
      </Field>
      <Field kit={kit} name="reason" label={t("reason")}>
        <textarea
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...kit.control("reason")}
        />
      </Field>
    </PanelForm>
  );
}
