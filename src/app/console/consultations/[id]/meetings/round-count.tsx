"use client";
// The count of a household ballot round (Decree 59 Art 4 k6, Form 04): issued, returned, valid,
// invalid and at least 2 witnesses; a count that does not add up comes back next to its fields.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Done, Field, type Local } from "@/components/console/form-kit";
import { SubmitRow } from "../panel-form";
import { namesOf, readCounts, useMeetingKit } from "./meeting-fields";

const NUMBERS = ["issued", "returned", "valid", "invalid"] as const;
const FIELDS = [...NUMBERS, "witnesses"] as const;

export function RoundCount({ ballotRoundId, witnesses }: { ballotRoundId: string; witnesses: string[] }) {
  const t = useTranslations("meetings");
  const tc = useTranslations("count");
  const router = useRouter();
  const trpc = useTRPC();
  const record = useMutation(trpc.meeting.recordRoundCount.mutationOptions());
  const [local, setLocal] = useState<Local>({});
  const [done, setDone] = useState(false);
  const kit = useMeetingKit(record.error, FIELDS, local);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const counts = readCounts(data, NUMBERS, tc("negative"));
    setLocal(counts.issues);
    setDone(false);
    record.reset();
    if (!counts.ok) return;
    const { issued, returned, valid, invalid } = counts.values;
    record.mutate(
      { ballotRoundId, issued, returned, valid, invalid, witnesses: namesOf(String(data.get("witnesses") ?? "")) },
      {
        onSuccess: () => {
          setDone(true);
          router.refresh();
        },
      },
    );
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
        {done ? <Done>{t("roundCount.done")}</Done> : null}
        <SubmitRow small label={t("roundCount.submit")} pendingLabel={t("saving")} pending={record.isPending} />
      </form>
    </details>
  );
}
