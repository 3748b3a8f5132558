"use client";
// Keyboard-first ballot entry: type the household code, Enter; digits choose options question by
// question; Enter saves and returns to the code; Esc starts over. The running count stays in view.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { messageOf } from "@/components/console/server-errors";
import { useAppErrorText } from "@/components/console/use-app-error";
import { useTRPC } from "@/trpc/client";
import { EntryCounts } from "./entry-counts";
import { RecentEntries } from "./recent-entries";

type Question = { id: string; kind: "APPROVAL" | "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "FREE_TEXT"; text: string; allowComment: boolean; options: { id: string; label: string }[] };
type Found = { code: string; headName: string; address: string; neighbourhood: string };
type Props = { consultationId: string; channels: ("PAPER_BALLOT" | "WRITTEN")[]; questions: Question[] };

export function BallotEntry({ consultationId, channels, questions }: Props) {
  const t = useTranslations("entry");
  const tc = useTranslations("channel");
  const errorText = useAppErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const codeRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const [channel, setChannel] = useState(channels[0]);
  const [code, setCode] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [active, setActive] = useState(0);
  const record = useMutation(trpc.entry.record.mutationOptions());
  const voting = questions.filter((q) => q.kind !== "FREE_TEXT");
  // The focus follows the work: the ballot once a household is found, the code field otherwise
  // (also right after the page loads), so the keyboard never has to look for it.
  useEffect(() => (found ? formRef.current : codeRef.current)?.focus(), [found]);

  function reset(message: string | null = null) {
    setFound(null);
    setProblem(null);
    setChoices({});
    setTexts({});
    setActive(0);
    setCode("");
    setSaved(message);
    record.reset();
    codeRef.current?.focus();
  }

  async function lookup() {
    setSaved(null);
    setProblem(null);
    try {
      const r = await queryClient.fetchQuery(trpc.entry.lookup.queryOptions({ consultationId, householdCode: code }, { staleTime: 0 }));
      if (r.existing) return setProblem(errorText(r.existing.key, r.existing.params as Record<string, string>));
      if (!r.household.active) return setProblem(t("inactive"));
      if (!r.onRoll) return setProblem(t("notOnRoll"));
      setFound(r.household);
    } catch (e) {
      setProblem(messageOf(e, t("notOnRoll")));
    }
  }

  function choose(q: Question, optionId: string) {
    setChoices((c) => {
      const current = c[q.id] ?? [];
      if (q.kind === "MULTIPLE_CHOICE") return { ...c, [q.id]: current.includes(optionId) ? current.filter((x) => x !== optionId) : [...current, optionId] };
      return { ...c, [q.id]: [optionId] };
    });
  }

  function save() {
    if (!found || record.isPending) return;
    const answers = questions.map((q) => ({ questionId: q.id, optionIds: choices[q.id] ?? [], text: q.kind === "FREE_TEXT" ? (texts[q.id] ?? "") : "", comment: q.kind === "FREE_TEXT" ? "" : (texts[q.id] ?? "") }));
    record.mutate(
      { consultationId, householdCode: found.code, channel, answers },
      {
        onSuccess: (r) => {
          void queryClient.invalidateQueries({ queryKey: trpc.entry.pathKey() });
          reset(t("saved", { code: r.household.code }));
        },
      },
    );
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const typing = e.target instanceof HTMLTextAreaElement || (e.target instanceof HTMLInputElement && e.target.type === "text");
    if (e.key === "Escape") return reset();
    if (e.key === "Enter" && !typing) {
      e.preventDefault();
      return save();
    }
    const digit = Number(e.key);
    const q = voting[active];
    if (!typing && q && Number.isInteger(digit) && digit >= 1 && digit <= q.options.length) {
      e.preventDefault();
      choose(q, q.options[digit - 1].id);
      if (q.kind !== "MULTIPLE_CHOICE") setActive((a) => Math.min(a + 1, voting.length - 1));
    }
  }

  const saveError = record.error ? messageOf(record.error, "") : null;
  return (
    <div className="entry">
      <div className="entry__main">
        <p className="hint">{t("keyboardHelp")}</p>
        <div className="entry__bar">
          {channels.length > 1 ? (
            <label className="field field--inline">
              <span className="field__label">{t("channel")}</span>
              <select value={channel} onChange={(e) => setChannel(e.target.value as Props["channels"][number])}>
                {channels.map((c) => (
                  <option key={c} value={c}>
                    {tc(c)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="field field--inline">
            <span className="field__label">{t("householdCode")}</span>
            <input
              ref={codeRef}
              value={code}
              autoFocus
              autoComplete="off"
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void lookup();
                }
                if (e.key === "Escape") reset();
              }}
              aria-describedby="entry-status"
            />
          </label>
        </div>
        <div id="entry-status" aria-live="polite">
          {saved ? <p className="ok-note">{saved}</p> : null}
          {problem ? <p className="form__error">{problem}</p> : null}
        </div>
        {found ? (
          <div ref={formRef} tabIndex={-1} className="entry__ballot" onKeyDown={onKeyDown} aria-label={t("household", { code: found.code, head: found.headName })}>
            <h2>{t("household", { code: found.code, head: found.headName })}</h2>
            <p className="muted">{t("address", { address: found.address, neighbourhood: found.neighbourhood })}</p>
            {questions.map((q) => {
              const index = voting.indexOf(q);
              return (
                <fieldset key={q.id} className={`entry__question${index === active ? " entry__question--active" : ""}`}>
                  <legend>{q.text}</legend>
                  {q.kind === "FREE_TEXT" ? (
                    <textarea rows={2} value={texts[q.id] ?? ""} onChange={(e) => setTexts({ ...texts, [q.id]: e.target.value })} />
                  ) : (
                    <div className="entry__options">
                      {q.options.map((o, i) => (
                        <label key={o.id} className="check">
                          <input type={q.kind === "MULTIPLE_CHOICE" ? "checkbox" : "radio"} name={`o-${q.id}`} checked={(choices[q.id] ?? []).includes(o.id)} onChange={() => choose(q, o.id)} tabIndex={-1} />
                          <kbd>{i + 1}</kbd> {o.label}
                        </label>
                      ))}
                    </div>
                  )}
                  {q.allowComment && q.kind !== "FREE_TEXT" ? (
                    <input type="text" placeholder={t("comment")} aria-label={`${t("comment")}: ${q.text}`} value={texts[q.id] ?? ""} onChange={(e) => setTexts({ ...texts, [q.id]: e.target.value })} />
                  ) : null}
                </fieldset>
              );
            })}
            {saveError ? (
              <p className="form__error" role="alert">
                {saveError}
              </p>
            ) : null}
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={save} disabled={record.isPending}>
                {record.isPending ? t("saving") : t("save")} <kbd>Enter</kbd>
              </button>
              <button type="button" className="button" onClick={() => reset()}>
                {t("reset")} <kbd>Esc</kbd>
              </button>
            </div>
          </div>
        ) : null}
        <RecentEntries consultationId={consultationId} />
      </div>
      <EntryCounts consultationId={consultationId} />
    </div>
  );
}
