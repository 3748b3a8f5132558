"use client";
// The count of a household ballot round (Decree 59 Art 4 k6, Form 04): issued, returned, valid,
// invalid and at least 2 witnesses; a count that does not add up comes back next to its fields.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Done, Field } from "@/components/console/form-kit";
import { SubmitRow, usePanelSubmit } from "../panel-form";
import { namesOf, readCounts, useMeetingKit } from "./meeting-fields";

const NUMBERS = ["issued", "returned", "valid", "invalid"] as const;
const FIELDS = [...NUMBERS, "witnesses"] as const;

export function RoundCount({ ballotRoundId, witnesses }: { ballotRoundId: string; witnesses: string[] }) {
  const t = useTranslations("meetings");
  const tc = useTranslations("count");
  const trpc = useTRPC();
  const record = useMutation(trpc.meeting.recordRoundCount.mutationOptions());
  const sending = usePanelSubmit(record, { keepValues: true });
  const kit = useMeetingKit(record.error, FIELDS, sending.local);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const counts = readCounts(data, NUMBERS, tc("negative"));
    if (!sending.check(counts.issues)) return;
    const { issued, returned, valid, invalid } = counts.values;
    sending.send(e.currentTarget, {
      ballotRoundId,
      issued,
      returned,
      valid,
      invalid,
      witnesses: namesOf(String(data.get("witnesses") ?? "")),
    });
  }

  return (
    <details className="mtg-inline">
      <summary>{t("roundCount.title")}</summary>
      <form className="form mtg-inline__form" onSubmit={submit} noValidate>
        <div className="mtg-counts">
          {NUMBERS.map((f) => (
            <Field key={f} kit={kit} name={f} label={t(`count.${f}`)}>
              <input inputMode="numeric" pattern="[0-9]*" autoComplete="off" {...kit.props(f)} />
            </Field>
          ))}
        </div>
        <Field kit={kit} name="witnesses" label={t("roundCount.witnesses")} hint={t("namesHint")}>
          <textarea rows={3} defaultValue={witnesses.join("\n")} {...kit.props("witnesses", true)} />
        </Field>
        {kit.alert}
        {sending.done ? <Done>{t("roundCount.done")}</Done> : null}
        <SubmitRow small label={t("roundCount.submit")} pendingLabel={t("saving")} pending={record.isPending} />
      </form>
    </details>
  );
}
