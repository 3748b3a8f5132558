"use client";
// Secret ballot: the count record — ballots issued, returned, valid and invalid, the votes for each
// option of each question, the counting committee (3–5) and at least 2 witnesses. Totals only: the
// server records the households present as having taken part, never who chose what.
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Done, Field, type Local } from "@/components/console/form-kit";
import type { Question } from "./hands-cell";
import { SubmitRow, usePanelSubmit } from "../../panel-form";
import { namesOf, readCounts, useMeetingKit } from "../meeting-fields";

const NUMBERS = ["issued", "returned", "valid", "invalid"] as const;

export function SecretCount({
  meetingId,
  questions,
  present,
}: {
  meetingId: string;
  questions: Question[];
  present: number;
}) {
  const t = useTranslations("meetings");
  const tc = useTranslations("count");
  const format = useFormatter();
  const trpc = useTRPC();
  const record = useMutation(trpc.meeting.recordSecretCount.mutationOptions());
  const sending = usePanelSubmit(record, { keepValues: true });
  const fields = [...NUMBERS, "committee", "witnesses", "counts", ...questions.map((q) => `counts.${q.id}`)];
  const kit = useMeetingKit(record.error, fields, sending.local);
  const optionField = (optionId: string) => `opt-${optionId}`;
  /** A question's error (counts over valid…) marks each of its option inputs and is read with them. */
  const questionError = (questionId: string) => {
    const { "aria-invalid": invalid, "aria-describedby": describedBy } = kit.props(`counts.${questionId}`);
    return invalid ? { "aria-invalid": invalid, "aria-describedby": describedBy } : {};
  };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const numbers = readCounts(data, NUMBERS, tc("negative"));
    const issues: Local = { ...numbers.issues };
    const counts: { optionId: string; count: number }[] = [];
    for (const q of questions) {
      const per = readCounts(
        data,
        q.options.map((o) => optionField(o.id)),
        tc("negative"),
      );
      if (!per.ok) issues[`counts.${q.id}`] = tc("negative");
      else counts.push(...q.options.map((o) => ({ optionId: o.id, count: per.values[optionField(o.id)] })));
    }
    if (!sending.check(issues)) return;
    const { issued, returned, valid, invalid } = numbers.values;
    const names = (f: string) => namesOf(String(data.get(f) ?? ""));
    sending.send(e.currentTarget, {
      meetingId,
      issued,
      returned,
      valid,
      invalid,
      counts,
      committee: names("committee"),
      witnesses: names("witnesses"),
    });
  }

  return (
    <section className="detail-section" aria-labelledby={`${kit.uid}-title`}>
      <h2 id={`${kit.uid}-title`}>{t("secret.title")}</h2>
      <p className="hint">{t("secret.hint")}</p>
      {present === 0 ? <p className="notice mtg-note">{t("secret.needAttendance")}</p> : null}
      <form className="form detail-form" onSubmit={submit} noValidate aria-labelledby={`${kit.uid}-title`}>
        <div className="mtg-counts">
          {NUMBERS.map((f) => (
            <Field
              key={f}
              kit={kit}
              name={f}
              label={t(`count.${f}`)}
              hint={f === "issued" ? t("secret.issuedHint", { present: format.number(present) }) : undefined}
            >
              <input
                inputMode="numeric"
                pattern="[0-9]*"
                autoComplete="off"
                defaultValue={f === "issued" ? String(present) : ""}
                {...kit.props(f, f === "issued")}
              />
            </Field>
          ))}
        </div>
        {questions.map((q, i) => (
          <fieldset key={q.id} className="mtg-option-counts">
            <legend className="field__label">
              {t("hands.questionShort", { n: i + 1 })}. {q.text}
            </legend>
            <div className="mtg-counts">
              {q.options.map((o) => (
                <Field key={o.id} kit={kit} name={optionField(o.id)} label={o.label}>
                  <input
                    inputMode="numeric"
                    pattern="[0-9]*"
                    autoComplete="off"
                    {...kit.props(optionField(o.id))}
                    {...questionError(q.id)}
                  />
                </Field>
              ))}
            </div>
            {kit.error(`counts.${q.id}`)}
          </fieldset>
        ))}
        {kit.error("counts")}
        <div className="detail-form__row mtg-row">
          <Field kit={kit} name="committee" label={t("secret.committee")} hint={t("namesHint")}>
            <textarea rows={5} {...kit.props("committee", true)} />
          </Field>
          <Field kit={kit} name="witnesses" label={t("secret.witnesses")} hint={t("namesHint")}>
            <textarea rows={5} {...kit.props("witnesses", true)} />
          </Field>
        </div>
        {kit.alert}
        {sending.result ? (
          <Done>{t("secret.done", { participants: format.number(sending.result.participants) })}</Done>
        ) : null}
        <SubmitRow
          label={t("secret.submit")}
          pendingLabel={t("saving")}
          pending={record.isPending}
          disabled={present === 0}
        />
      </form>
    </section>
  );
}
