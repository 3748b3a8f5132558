"use client";
// Officials draft a record: the summary report and the results notice for the whole consultation,
// a count record per neighbourhood, minutes per meeting. The server builds the content from the
// frozen tally; the new draft opens at once.
import { useMutation } from "@tanstack/react-query";
import type { inferRouterInputs } from "@trpc/server";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import type { AppRouter } from "@/server/api/root";
import { useTRPC } from "@/trpc/client";
import { ErrorAlert, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";

type CreateInput = inferRouterInputs<AppRouter>["record"]["createDraft"];
type Choice = { id: string; label: string };

type Props = {
  consultationId: string;
  areas: Choice[];
  meetings: Choice[];
};

export function CreateRecords({ consultationId, areas, meetings }: Props) {
  const t = useTranslations("records.create");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.record.createDraft.mutationOptions());
  const [opening, startOpening] = useTransition();
  const [started, setStarted] = useState<CreateInput["kind"] | null>(null);
  const uid = useId();
  const busy = create.isPending || opening;
  const shown = create.error ? errorText(create.error, []) : NO_ERRORS;

  function draft(input: Omit<CreateInput, "consultationId">) {
    setStarted(input.kind);
    create.mutate(
      { consultationId, ...input },
      { onSuccess: (r) => startOpening(() => router.push(`/console/records/${encodeURIComponent(r.id)}`)) },
    );
  }

  const label = (kind: CreateInput["kind"], text: string) => (busy && started === kind ? t("working") : text);

  return (
    <section className="detail-panel rec-create" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="detail-panel__title">
        {t("title")}
      </h2>
      <p className="hint">{t("hint")}</p>
      <div className="detail-buttons rec-create__row">
        <button type="button" className="button" disabled={busy} onClick={() => draft({ kind: "SUMMARY_REPORT" })}>
          {label("SUMMARY_REPORT", t("summary"))}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => draft({ kind: "RESULTS_NOTICE" })}>
          {label("RESULTS_NOTICE", t("notice"))}
        </button>
      </div>
      <PickAndDraft
        legend={t("countTitle")}
        selectLabel={t("neighbourhood")}
        empty={t("noAreas")}
        choices={areas}
        button={label("COUNT_RECORD", t("count"))}
        busy={busy}
        onDraft={(neighbourhoodId) => draft({ kind: "COUNT_RECORD", neighbourhoodId })}
      />
      <PickAndDraft
        legend={t("minutesTitle")}
        selectLabel={t("meeting")}
        empty={t("noMeetings")}
        choices={meetings}
        button={label("MEETING_MINUTES", t("minutes"))}
        busy={busy}
        onDraft={(meetingId) => draft({ kind: "MEETING_MINUTES", meetingId })}
      />
      <ErrorAlert messages={shown.alert} />
    </section>
  );
}

type PickProps = {
  legend: string;
  selectLabel: string;
  empty: string;
  choices: Choice[];
  button: string;
  busy: boolean;
  /** Drafts the record for the neighbourhood or meeting picked. */
  onDraft: (choiceId: string) => void;
};

/** A record drafted for one neighbourhood or one meeting: pick it (the first is picked), then draft. */
function PickAndDraft({ legend, selectLabel, empty, choices, button, busy, onDraft }: PickProps) {
  const id = useId();
  const [value, setValue] = useState(choices[0]?.id ?? "");
  function submit(e: FormEvent) {
    e.preventDefault();
    if (value) onDraft(value);
  }
  return (
    <form className="rec-create__pick" onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <h3 id={`${id}-legend`} className="rec-create__subtitle">
        {legend}
      </h3>
      {choices.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="rec-create__row">
          <label className="rec-create__field">
            <span className="field__label">{selectLabel}</span>
            <select value={value} onChange={(e) => setValue(e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={busy || !value}>
            {button}
          </button>
        </div>
      )}
    </form>
  );
}
