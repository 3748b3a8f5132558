"use client";
// "Gỡ xuống": recording that a posting no longer in force was taken down (docs/LAW.md#r17) — the
// date (today by default, never ahead) and an optional note, asked in one small step. The posting
// stays in the log, shown as taken down. Used by the consultation's disclosure log and the printable
// list of postings to take down.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { ConfirmStep } from "./consultation-confirm";
import { Field, useFormKit } from "./form-kit";
import { fromLocalInput } from "./vietnam-time";

export function TakeDownPosting({ id, place, nowInput }: { id: string; place: string; nowInput: string }) {
  const t = useTranslations("postings.takeDown");
  const router = useRouter();
  const trpc = useTRPC();
  const takeDown = useMutation(trpc.disclosure.takeDown.mutationOptions());
  const [open, setOpen] = useState(false);
  const kit = useFormKit(takeDown.error, ["takenDownAt", "note"]);

  function confirm(e: FormEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    takeDown.mutate(
      {
        id,
        takenDownAt: fromLocalInput(String(data.get("takenDownAt") ?? "")),
        note: String(data.get("note") ?? "").trim(),
      },
      {
        onSuccess: () => {
          setOpen(false);
          router.refresh();
        },
      },
    );
  }

  if (!open)
    return (
      <button
        type="button"
        className="button button--small no-print"
        aria-label={t("label", { place })}
        onClick={() => setOpen(true)}
      >
        {t("button")}
      </button>
    );
  return (
    <div className="no-print">
      <ConfirmStep
        inline
        onSubmit={confirm}
        alert={kit.alert}
        danger={false}
        small
        confirmLabel={t("confirm")}
        pendingLabel={t("pending")}
        backLabel={t("back")}
        pending={takeDown.isPending}
        onBack={() => {
          takeDown.reset();
          setOpen(false);
        }}
      >
        <Field kit={kit} name="takenDownAt" label={t("at")}>
          <input type="datetime-local" required defaultValue={nowInput} max={nowInput} {...kit.props("takenDownAt")} />
        </Field>
        <Field kit={kit} name="note" label={t("note")}>
          <textarea rows={2} maxLength={1000} {...kit.props("note")} />
        </Field>
      </ConfirmStep>
    </div>
  );
}
