"use client";
// A household ballot round (Law Art 19; Decree 59 Art 4): the team of 3–5 who deliver and collect,
// witnesses, and the dates — announced at least 2 days before delivery (checked by the server).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { Field, type Local } from "@/components/console/form-kit";
import { PanelForm, usePanelSubmit } from "../panel-form";
import type { AreaOption } from "./meeting-form";
import { AreaSelect, namesOf, useMeetingKit } from "./meeting-fields";

const FIELDS = ["neighbourhoodId", "team", "witnesses", "announcedAt", "deliveredFrom", "collectBy"] as const;
const DATES = ["announcedAt", "deliveredFrom", "collectBy"] as const;

type Props = { consultationId: string; areas: AreaOption[]; defaults: Record<(typeof DATES)[number], string> };

export function RoundForm({ consultationId, areas, defaults }: Props) {
  const t = useTranslations("meetings");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const create = useMutation(trpc.meeting.createBallotRound.mutationOptions());
  const sending = usePanelSubmit(create);
  const kit = useMeetingKit(create.error, FIELDS, sending.local);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (f: string) => String(data.get(f) ?? "");
    const [announcedAt, deliveredFrom, collectBy] = DATES.map((f) => fromLocalInput(value(f)));
    const issues: Local = {};
    DATES.forEach((f, i) => {
      if (![announcedAt, deliveredFrom, collectBy][i]) issues[f] = te("fieldRequired");
    });
    if (!sending.check(issues) || !announcedAt || !deliveredFrom || !collectBy) return;
    sending.send(form, {
      consultationId,
      neighbourhoodId: value("neighbourhoodId"),
      team: namesOf(value("team")),
      witnesses: namesOf(value("witnesses")),
      announcedAt,
      deliveredFrom,
      collectBy,
    });
  }

  return (
    <PanelForm
      id="ballot-round"
      title={t("roundForm.title")}
      hint={t("roundForm.hint")}
      onSubmit={submit}
      alert={kit.alert}
      done={sending.done ? t("roundForm.done") : null}
      submit={{ label: t("roundForm.submit"), pendingLabel: t("saving"), pending: create.isPending }}
    >
      <AreaSelect kit={kit} areas={areas} label={t("neighbourhood")} />
      <div className="detail-form__row mtg-row">
        <Field kit={kit} name="team" label={t("roundForm.team")} hint={t("namesHint")}>
          <textarea rows={4} {...kit.props("team", true)} />
        </Field>
        <Field kit={kit} name="witnesses" label={t("roundForm.witnesses")} hint={t("namesHint")}>
          <textarea rows={4} {...kit.props("witnesses", true)} />
        </Field>
      </div>
      <div className="mtg-row mtg-row--3">
        <Field kit={kit} name="announcedAt" label={t("roundForm.announcedAt")}>
          <input type="datetime-local" required defaultValue={defaults.announcedAt} {...kit.props("announcedAt")} />
        </Field>
        <Field kit={kit} name="deliveredFrom" label={t("roundForm.deliveredFrom")} hint={t("roundForm.noticeHint")}>
          <input
            type="datetime-local"
            required
            defaultValue={defaults.deliveredFrom}
            {...kit.props("deliveredFrom", true)}
          />
        </Field>
        <Field kit={kit} name="collectBy" label={t("roundForm.collectBy")}>
          <input type="datetime-local" required defaultValue={defaults.collectBy} {...kit.props("collectBy")} />
        </Field>
      </div>
    </PanelForm>
  );
}
