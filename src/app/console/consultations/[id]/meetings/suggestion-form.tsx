"use client";
// Hòm thư góp ý: an opinion from the box, often unsigned; never a household's vote.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { Field, type Local } from "@/components/console/form-kit";
import { PanelForm, usePanelSubmit } from "../panel-form";
import type { AreaOption } from "./meeting-form";
import { AreaSelect, useMeetingKit } from "./meeting-fields";

const FIELDS = ["text", "neighbourhoodId", "receivedAt"] as const;

type Props = { consultationId: string; areas: AreaOption[]; todayInput: string };

export function SuggestionForm({ consultationId, areas, todayInput }: Props) {
  const t = useTranslations("meetings");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const suggest = useMutation(trpc.entry.suggest.mutationOptions());
  const sending = usePanelSubmit(suggest);
  const kit = useMeetingKit(suggest.error, FIELDS, sending.local);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = String(data.get("text") ?? "").trim();
    const receivedAt = fromLocalInput(String(data.get("receivedAt") ?? ""));
    const issues: Local = {};
    if (!text) issues.text = te("fieldRequired");
    if (!receivedAt) issues.receivedAt = te("fieldRequired");
    if (!sending.check(issues) || !receivedAt) return;
    sending.send(form, {
      consultationId,
      neighbourhoodId: String(data.get("neighbourhoodId") ?? "") || null,
      text,
      receivedAt,
    });
  }

  return (
    <PanelForm
      title={t("suggestion.title")}
      hint={t("suggestion.hint")}
      onSubmit={submit}
      alert={kit.alert}
      done={sending.done ? t("suggestion.done") : null}
      submit={{ label: t("suggestion.submit"), pendingLabel: t("saving"), pending: suggest.isPending }}
    >
      <Field kit={kit} name="text" label={t("suggestion.text")}>
        <textarea rows={4} maxLength={4000} required {...kit.props("text")} />
      </Field>
      <div className="detail-form__row mtg-row">
        <AreaSelect
          kit={kit}
          areas={areas}
          label={t("suggestion.neighbourhood")}
          none={t("suggestion.neighbourhoodNone")}
        />
        <Field kit={kit} name="receivedAt" label={t("suggestion.receivedAt")}>
          <input type="date" required defaultValue={todayInput} {...kit.props("receivedAt")} />
        </Field>
      </div>
    </PanelForm>
  );
}
