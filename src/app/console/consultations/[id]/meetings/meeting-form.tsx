"use client";
// Recording a neighbourhood meeting: where, when, who chaired and took the minutes, and how the
// households vote. A neighbourhood head is offered only their own neighbourhood.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { Field, type Local } from "@/components/console/form-kit";
import { PanelForm, usePanelSubmit } from "../panel-form";
import { AreaSelect, useMeetingKit } from "./meeting-fields";

export type AreaOption = { id: string; name: string };

const FIELDS = ["neighbourhoodId", "heldAt", "place", "chairName", "secretaryName", "voteMode"] as const;
const MODES = ["SHOW_OF_HANDS", "SECRET_BALLOT"] as const;

type Props = { consultationId: string; areas: AreaOption[]; nowInput: string; base: string };

export function MeetingForm({ consultationId, areas, nowInput, base }: Props) {
  const t = useTranslations("meetings");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const create = useMutation(trpc.meeting.create.mutationOptions());
  const sending = usePanelSubmit(create);
  const kit = useMeetingKit(create.error, FIELDS, sending.local);
  const created = sending.result?.id;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (f: string) => String(data.get(f) ?? "").trim();
    const heldAt = fromLocalInput(value("heldAt"));
    const issues: Local = {};
    for (const f of ["place", "chairName", "secretaryName"]) if (!value(f)) issues[f] = te("fieldRequired");
    if (!heldAt) issues.heldAt = te("fieldRequired");
    if (!sending.check(issues) || !heldAt) return;
    sending.send(form, {
      consultationId,
      neighbourhoodId: value("neighbourhoodId"),
      heldAt,
      place: value("place"),
      chairName: value("chairName"),
      secretaryName: value("secretaryName"),
      voteMode: value("voteMode") === "SECRET_BALLOT" ? "SECRET_BALLOT" : "SHOW_OF_HANDS",
    });
  }

  return (
    <PanelForm
      title={t("meetingForm.title")}
      onSubmit={submit}
      alert={kit.alert}
      done={
        created ? (
          <>
            {t("meetingForm.done")}{" "}
            <Link href={`${base}/${encodeURIComponent(created)}`}>{t("meetingForm.openNew")}</Link>
          </>
        ) : null
      }
      submit={{ label: t("meetingForm.submit"), pendingLabel: t("saving"), pending: create.isPending }}
    >
      <div className="detail-form__row mtg-row">
        <AreaSelect kit={kit} areas={areas} label={t("neighbourhood")} />
        <Field kit={kit} name="heldAt" label={t("meetingForm.heldAt")}>
          <input type="datetime-local" required defaultValue={nowInput} {...kit.props("heldAt")} />
        </Field>
      </div>
      <Field kit={kit} name="place" label={t("meetingForm.place")}>
        <input maxLength={300} required {...kit.props("place")} />
      </Field>
      <div className="detail-form__row mtg-row">
        <Field kit={kit} name="chairName" label={t("meetingForm.chair")}>
          <input maxLength={120} required autoComplete="off" {...kit.props("chairName")} />
        </Field>
        <Field kit={kit} name="secretaryName" label={t("meetingForm.secretary")}>
          <input maxLength={120} required autoComplete="off" {...kit.props("secretaryName")} />
        </Field>
      </div>
      <fieldset className="detail-choice" aria-describedby={`${kit.uid}-mode-hint`}>
        <legend className="field__label">{t("meetingForm.voteMode")}</legend>
        {MODES.map((m) => (
          <label key={m} className="detail-choice__option">
            <input type="radio" name="voteMode" value={m} defaultChecked={m === "SHOW_OF_HANDS"} />
            {t(`voteMode.${m}`)}
          </label>
        ))}
        <p id={`${kit.uid}-mode-hint`} className="hint">
          {t("meetingForm.secretHint")}
        </p>
      </fieldset>
    </PanelForm>
  );
}
