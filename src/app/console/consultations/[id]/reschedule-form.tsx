"use client";
// Dời lịch, điều chỉnh: an official moves a published or open consultation's closing (and its
// opening, while not yet open), its meeting's time and place, with a reason. The server checks the
// plan's periods again (Art 28 k2, the posting before a meeting), audits it and raises the notice
// revision: every notice posted before must then be replaced (docs/LAW.md#r17).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fromLocalInput, toLocalInput } from "@/components/console/vietnam-time";
import { Field, useFormKit } from "@/components/console/form-kit";
import { useTRPC } from "@/trpc/client";
import { PanelForm, usePanelSubmit } from "./panel-form";

const FIELDS = ["opensAt", "closesAt", "meetingAt", "meetingPlace", "reason"] as const;

type Props = {
  consultationId: string;
  /** Open already: the opening stays. */
  open: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  meetingAt: Date | null;
  meetingPlace: string;
};

export function RescheduleForm({ consultationId, open, opensAt, closesAt, meetingAt, meetingPlace }: Props) {
  const t = useTranslations("postings.reschedule");
  const tp = useTranslations("plan");
  const trpc = useTRPC();
  const reschedule = useMutation(trpc.consultation.reschedule.mutationOptions());
  const sending = usePanelSubmit(reschedule, { keepValues: true });
  const kit = useFormKit(reschedule.error, FIELDS, { local: sending.local });
  const [shown, setShown] = useState(false);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (f: (typeof FIELDS)[number]) => String(data.get(f) ?? "").trim();
    // A date left as shown is sent as stored: the inputs hold minutes, the stored time may not.
    const dateOf = (f: "opensAt" | "closesAt" | "meetingAt", stored: Date | null) =>
      value(f) === toLocalInput(stored) ? stored : fromLocalInput(value(f));
    const closes = dateOf("closesAt", closesAt);
    const issues: Record<string, string> = {};
    if (!closes) issues.closesAt = tp("scheduleRequired");
    if (!value("reason")) issues.reason = tp("reasonRequired");
    if (!sending.check(issues) || !closes) return;
    sending.send(form, {
      id: consultationId,
      opensAt: open ? null : dateOf("opensAt", opensAt),
      closesAt: closes,
      meetingAt: dateOf("meetingAt", meetingAt),
      meetingPlace: value("meetingPlace"),
      reason: value("reason"),
    });
  }

  if (!shown)
    return (
      <div className="detail-buttons">
        <button type="button" className="button" aria-expanded={false} onClick={() => setShown(true)}>
          {t("open")}
        </button>
      </div>
    );
  return (
    <PanelForm
      title={t("title")}
      hint={t("hint")}
      onSubmit={submit}
      alert={kit.alert}
      done={sending.done ? t("done") : null}
      submit={{ label: t("submit"), pendingLabel: t("pending"), pending: reschedule.isPending }}
    >
      <div className="detail-form__row">
        {open ? (
          <p className="hint">{t("opensFixed")}</p>
        ) : (
          <Field kit={kit} name="opensAt" label={t("opensAt")}>
            <input type="datetime-local" defaultValue={toLocalInput(opensAt)} {...kit.props("opensAt")} />
          </Field>
        )}
        <Field kit={kit} name="closesAt" label={t("closesAt")}>
          <input type="datetime-local" required defaultValue={toLocalInput(closesAt)} {...kit.props("closesAt")} />
        </Field>
      </div>
      <div className="detail-form__row">
        <Field kit={kit} name="meetingAt" label={t("meetingAt")}>
          <input type="datetime-local" defaultValue={toLocalInput(meetingAt)} {...kit.props("meetingAt")} />
        </Field>
        <Field kit={kit} name="meetingPlace" label={t("meetingPlace")}>
          <input maxLength={300} defaultValue={meetingPlace} {...kit.props("meetingPlace")} />
        </Field>
      </div>
      <Field kit={kit} name="reason" label={t("reason")}>
        <textarea rows={2} maxLength={2000} required {...kit.props("reason")} />
      </Field>
      <div className="detail-buttons">
        <button type="button" className="button button--small" onClick={() => setShown(false)}>
          {t("back")}
        </button>
      </div>
    </PanelForm>
  );
}
