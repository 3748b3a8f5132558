"use client";
// The officials' buttons for messages to households: the reminder's days (1–30, or none), queueing
// a kind now, and sending failed messages again. Each is audited on the server.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { mayQueue, type MessageKind } from "@/domain/outbox";
import type { ConsultationStatusName } from "@/domain/consultation-status";
import { Done, Field, useFormKit, type Local } from "@/components/console/form-kit";
import { useTRPC } from "@/trpc/client";
import { PanelForm } from "./panel-form";

type Props = {
  consultationId: string;
  status: ConsultationStatusName;
  canManage: boolean;
  reminderDays: number | null;
  reminderLocked: boolean;
  queued: Record<MessageKind, boolean>;
  failed: number;
};

const MANUAL: { kind: MessageKind; label: "queueInvitation" | "queueReminder" | "queueResults" }[] = [
  { kind: "INVITATION", label: "queueInvitation" },
  { kind: "REMINDER", label: "queueReminder" },
  { kind: "RESULTS", label: "queueResults" },
];

export function MessageActions(p: Props) {
  if (!p.canManage) return null;
  return (
    <>
      {p.reminderLocked ? null : <ReminderForm consultationId={p.consultationId} days={p.reminderDays} />}
      <QueueButtons {...p} />
    </>
  );
}

function ReminderForm({ consultationId, days }: { consultationId: string; days: number | null }) {
  const t = useTranslations("outbox");
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(trpc.outbox.setReminder.mutationOptions());
  const [value, setValue] = useState(days === null ? "" : String(days));
  const [local, setLocal] = useState<Local>({});
  const [done, setDone] = useState(false);
  const kit = useFormKit(save.error, ["days"], { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    save.reset();
    const n = value.trim() === "" ? null : Number(value);
    if (n !== null && (!Number.isInteger(n) || n < 1 || n > 30)) return setLocal({ days: t("errors.daysInvalid") });
    setLocal({});
    save.mutate(
      { consultationId, days: n },
      {
        onSuccess: () => {
          setDone(true);
          router.refresh();
        },
      },
    );
  }

  return (
    <PanelForm
      title={t("reminder.title")}
      onSubmit={submit}
      alert={kit.alert}
      done={done ? t("reminder.saved") : null}
      submit={{ label: t("reminder.save"), pendingLabel: t("reminder.saving"), pending: save.isPending, small: true }}
    >
      <Field kit={kit} name="days" label={t("reminder.days")} hint={t("reminder.daysHint")}>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          step={1}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          {...kit.control("days", true)}
        />
      </Field>
    </PanelForm>
  );
}

function QueueButtons({ consultationId, status, queued, failed }: Props) {
  const t = useTranslations("outbox");
  const router = useRouter();
  const trpc = useTRPC();
  const queue = useMutation(trpc.outbox.queue.mutationOptions());
  const retry = useMutation(trpc.outbox.retry.mutationOptions());
  const kit = useFormKit(queue.error ?? retry.error, []);
  const offered = MANUAL.filter((m) => mayQueue(m.kind, status) && !queued[m.kind]);
  if (!offered.length && !failed && !queue.data && !retry.data) return null;
  const pending = queue.isPending || retry.isPending;
  const after = { onSuccess: () => router.refresh() };
  return (
    <div className="detail-form">
      <div className="detail-buttons">
        {offered.map((m) => (
          <button
            key={m.kind}
            type="button"
            className="button button--small"
            disabled={pending}
            onClick={() => {
              retry.reset();
              queue.mutate({ consultationId, kind: m.kind }, after);
            }}
          >
            {queue.isPending && queue.variables?.kind === m.kind ? t("queuing") : t(m.label)}
          </button>
        ))}
        {failed ? (
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            onClick={() => {
              queue.reset();
              retry.mutate({ consultationId }, after);
            }}
          >
            {retry.isPending ? t("retrying") : t("retry", { count: failed })}
          </button>
        ) : null}
      </div>
      {kit.alert}
      {queue.data ? <Done>{t("queued", { count: queue.data.added })}</Done> : null}
      {retry.data ? <Done>{t("retried", { count: retry.data.retried })}</Done> : null}
    </div>
  );
}
