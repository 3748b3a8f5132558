"use client";
// Keyboard-first ballot entry: type the household code, Enter; digits choose options question by
// question; Enter saves (in a comment too) and returns to the code; Esc drops the ballot. A key
// meant for the next household's code never lands on the open ballot: digits only answer the
// question that is waiting for one, anything else is refused with a warning, and opening another
// household while a ballot is unsaved asks first.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { messageOf } from "@/components/console/server-errors";
import { useAppErrorText } from "@/components/console/use-app-error";
import { useTRPC } from "@/trpc/client";
import { BallotSheet, isDirty, MARK_KEYS, type Ballot, type Found, type Mark, type Question } from "./ballot-sheet";
import { EntryCounts } from "./entry-counts";
import { ExistingResponsePanel, type ExistingResponse } from "./existing-response";
import { RecentEntries } from "./recent-entries";

type Props = { consultationId: string; channels: ("PAPER_BALLOT" | "WRITTEN")[]; questions: Question[] };
type Existing = { household: Found; response: ExistingResponse };

const normalise = (code: string) => code.normalize("NFC").trim().toUpperCase();

export function BallotEntry({ consultationId, channels, questions }: Props) {
  const t = useTranslations("entry");
  const tc = useTranslations("channel");
  const format = useFormatter();
  const errorText = useAppErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const codeRef = useRef<HTMLInputElement>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const switchRef = useRef<HTMLButtonElement>(null);
  const [channel, setChannel] = useState(channels[0]);
  const [code, setCode] = useState("");
  const [ballot, setBallot] = useState<Ballot | null>(null);
  const [existing, setExisting] = useState<Existing | null>(null);
  const [switchTo, setSwitchTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const record = useMutation(trpc.entry.record.mutationOptions());
  const voting = questions.filter((q) => q.kind !== "FREE_TEXT");
  const dirty = isDirty(ballot);
  const openCode = ballot?.household.code ?? null;

  // The focus follows the work: the ballot once a household is opened, the question when a switch
  // needs an answer, the code field otherwise (also right after the page loads).
  useEffect(
    () => (switchTo ? switchRef.current : openCode ? sheetRef.current : codeRef.current)?.focus(),
    [openCode, switchTo],
  );
  // Leaving the page with a ballot keyed but not saved asks the browser's own question.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function clear(message: string | null = null) {
    setBallot(null);
    setExisting(null);
    setSwitchTo(null);
    setProblem(null);
    setWarning(null);
    setCode("");
    setSaved(message);
    record.reset();
    codeRef.current?.focus();
  }

  async function open(wanted: string) {
    setBallot(null);
    setExisting(null);
    setSwitchTo(null);
    setWarning(null);
    setProblem(null);
    record.reset();
    setCode(wanted);
    try {
      const r = await queryClient.fetchQuery(
        trpc.entry.lookup.queryOptions({ consultationId, householdCode: wanted }, { staleTime: 0 }),
      );
      if (r.response) {
        setExisting({ household: r.household, response: r.response });
        if (r.existing) setProblem(errorText(r.existing.key, r.existing.params as Record<string, string>));
        return;
      }
      if (r.heldBy)
        return setProblem(
          t("heldBy", {
            place: r.heldBy.place,
            time: format.dateTime(new Date(r.heldBy.heldAt), { dateStyle: "short", timeStyle: "short" }),
          }),
        );
      if (!r.household.active) return setProblem(t("inactive"));
      if (!r.onRoll) return setProblem(t("notOnRoll"));
      setBallot({ household: r.household, choices: {}, texts: {}, mark: null, active: 0 });
    } catch (e) {
      setProblem(messageOf(e, t("notOnRoll")));
    }
  }

  /** Enter in the code field: the household typed, unless that would drop a ballot keyed but not saved. */
  function lookup() {
    const wanted = normalise(code);
    if (!wanted) return;
    setSaved(null);
    if (ballot && wanted === ballot.household.code) return sheetRef.current?.focus();
    if (dirty) return setSwitchTo(wanted);
    void open(wanted);
  }

  function save(then?: string) {
    if (!ballot || record.isPending) return;
    const answers = ballot.mark
      ? []
      : questions.map((q) => ({
          questionId: q.id,
          optionIds: ballot.choices[q.id] ?? [],
          text: q.kind === "FREE_TEXT" ? (ballot.texts[q.id] ?? "") : "",
          comment: q.kind === "FREE_TEXT" ? "" : (ballot.texts[q.id] ?? ""),
        }));
    record.mutate(
      { consultationId, householdCode: ballot.household.code, channel, answers, mark: ballot.mark },
      {
        onSuccess: (r) => {
          void queryClient.invalidateQueries({ queryKey: trpc.entry.pathKey() });
          const markName = ballot.mark ? t(ballot.mark === "BLANK" ? "markBlank" : "markInvalid") : null;
          clear(
            markName
              ? t("savedMark", { code: r.household.code, mark: markName })
              : t("saved", { code: r.household.code }),
          );
          if (then) void open(then);
        },
        // The ballot stays open with the server's reason; a pending switch waits for the clerk.
        onError: () => setSwitchTo(null),
      },
    );
  }

  function update(change: (b: Ballot) => Ballot) {
    setWarning(null);
    setBallot((b) => (b ? change(b) : b));
  }

  function choose(q: Question, optionId: string) {
    update((b) => {
      const current = b.choices[q.id] ?? [];
      const next =
        q.kind === "MULTIPLE_CHOICE"
          ? current.includes(optionId)
            ? current.filter((x) => x !== optionId)
            : [...current, optionId]
          : [optionId];
      const index = voting.indexOf(q);
      // A single choice moves on to the next question, past the last one to "complete".
      const active = q.kind === "MULTIPLE_CHOICE" ? index : index + 1;
      return { ...b, choices: { ...b.choices, [q.id]: next }, active };
    });
  }

  function onSheetKey(e: KeyboardEvent<HTMLDivElement>) {
    if (!ballot) return;
    const target = e.target as HTMLElement;
    const inText =
      target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === "text");
    if (e.key === "Escape") {
      e.preventDefault();
      return clear(dirty ? t("discarded", { code: ballot.household.code }) : null);
    }
    if (e.key === "Enter") {
      if (target instanceof HTMLButtonElement) return; // the button's own action
      if (target instanceof HTMLTextAreaElement && e.shiftKey) return; // a new line in free text
      e.preventDefault();
      return save();
    }
    if (inText || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      return update((b) => ({ ...b, active: Math.min(Math.max(b.active + step, 0), Math.max(voting.length - 1, 0)) }));
    }
    if (MARK_KEYS[e.key]) {
      e.preventDefault();
      const mark = MARK_KEYS[e.key];
      return update((b) => ({ ...b, mark: b.mark === mark ? null : mark }));
    }
    if (e.key.length !== 1 || e.key === " ") return;
    e.preventDefault();
    const digit = Number(e.key);
    const q = ballot.mark ? undefined : voting[ballot.active];
    if (q && Number.isInteger(digit) && digit >= 1 && digit <= q.options.length)
      return choose(q, q.options[digit - 1].id);
    // Not an answer to the waiting question: most likely the start of the next household's code.
    setWarning(t("strayKey", { code: ballot.household.code }));
  }

  const saveError = record.error ? messageOf(record.error, "") : null;
  return (
    <div className="entry">
      <div className="entry__main">
        <p className="hint keys-hint">{t("keyboardHelp")}</p>
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
              autoCapitalize="characters"
              enterKeyHint="search"
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  lookup();
                }
                if (e.key === "Escape" && !dirty) clear();
              }}
              aria-describedby="entry-status"
            />
          </label>
          <button type="button" className="button entry__find" onClick={lookup}>
            {t("find")}
          </button>
        </div>
        <div id="entry-status" aria-live="polite">
          {saved ? <p className="ok-note">{saved}</p> : null}
          {problem ? <p className="form__error">{problem}</p> : null}
        </div>
        {switchTo && ballot ? (
          <div className="notice entry__switch" role="alertdialog" aria-labelledby="switch-title">
            <p id="switch-title">
              <strong>{t("switchTitle", { code: ballot.household.code, next: switchTo })}</strong>
            </p>
            <div className="form__actions">
              <button
                ref={switchRef}
                type="button"
                className="button"
                onClick={() => {
                  setSwitchTo(null);
                  sheetRef.current?.focus();
                }}
              >
                {t("switchBack", { code: ballot.household.code })}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => save(switchTo)}
                disabled={record.isPending}
              >
                {t("switchSave", { code: ballot.household.code, next: switchTo })}
              </button>
              <button type="button" className="button button--danger" onClick={() => void open(switchTo)}>
                {t("switchDiscard", { code: ballot.household.code, next: switchTo })}
              </button>
            </div>
          </div>
        ) : null}
        {existing ? (
          <ExistingResponsePanel
            code={existing.household.code}
            response={existing.response}
            questions={questions}
            onVoided={() => {
              const voided = existing.household.code;
              void open(voided).then(() => setSaved(t("voidedExisting", { code: voided })));
            }}
          />
        ) : null}
        {ballot ? (
          <BallotSheet
            ballot={ballot}
            questions={questions}
            sheetRef={sheetRef}
            pending={record.isPending}
            warning={warning}
            saveError={saveError}
            onKeyDown={onSheetKey}
            onChoose={choose}
            onText={(id, value) => update((b) => ({ ...b, texts: { ...b.texts, [id]: value } }))}
            onMark={(mark: Mark | null) => update((b) => ({ ...b, mark }))}
            onActivate={(index) => setBallot((b) => (b && b.active !== index ? { ...b, active: index } : b))}
            onSave={() => save()}
            onDiscard={() => clear(dirty ? t("discarded", { code: ballot.household.code }) : null)}
          />
        ) : null}
        <RecentEntries consultationId={consultationId} />
      </div>
      <EntryCounts consultationId={consultationId} />
    </div>
  );
}
