"use client";
// Show of hands: one compact row per household present, one control per question. Each row is
// saved on its own with entry.record (channel MEETING); Enter saves the row and moves to the next.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { fieldErrorsOf, messageOf } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";
import { HandsCell, type Answer, type Question } from "./hands-cell";

type Household = { householdId: string; code: string; head: string };
type Status = { kind: "saving" | "saved" | "error"; messages: string[]; fields?: Record<string, string> };
type Props = {
  consultationId: string;
  meetingId: string;
  households: Household[];
  questions: Question[];
  canEdit: boolean;
  recordedIds: string[];
};

const EMPTY: Answer = { optionIds: [], text: "", comment: "" };

export function ShowOfHands({ consultationId, meetingId, households, questions, canEdit, recordedIds }: Props) {
  const t = useTranslations("meetings.hands");
  const te = useTranslations("errors");
  const format = useFormatter();
  const router = useRouter();
  const trpc = useTRPC();
  const record = useMutation(trpc.entry.record.mutationOptions());
  const uid = useId();
  const table = useRef<HTMLTableElement>(null);
  const [values, setValues] = useState<Record<string, Record<string, Answer>>>({});
  const [status, setStatus] = useState<Record<string, Status>>({});

  const recorded = new Set(recordedIds);
  const answer = (h: string, q: string) => values[h]?.[q] ?? EMPTY;
  const change = (h: string, q: string, a: Answer) => setValues((v) => ({ ...v, [h]: { ...v[h], [q]: a } }));
  /** After a save, the first control of the next row still open for entry. */
  const focusAfter = (index: number) =>
    [...(table.current?.querySelectorAll<HTMLTableRowElement>("tbody tr[data-row]") ?? [])]
      .filter((tr) => Number(tr.dataset.row) > index)
      .map((tr) => tr.querySelector<HTMLElement>("select:enabled, input:enabled"))
      .find(Boolean)
      ?.focus();

  async function save(h: Household, index: number) {
    if (status[h.householdId]?.kind === "saving" || status[h.householdId]?.kind === "saved") return;
    setStatus((s) => ({ ...s, [h.householdId]: { kind: "saving", messages: [] } }));
    try {
      const answers = questions.map((q) => ({ questionId: q.id, ...answer(h.householdId, q.id) }));
      const r = await record.mutateAsync({
        consultationId,
        householdCode: h.code,
        channel: "MEETING",
        meetingId,
        answers,
      });
      setStatus((s) => ({
        ...s,
        [h.householdId]: { kind: "saved", messages: [t("saved", { receipt: r.receiptCode })] },
      }));
      focusAfter(index);
      router.refresh();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      const messages = Object.keys(fields).length
        ? [...new Set(Object.values(fields))]
        : [messageOf(e, te("internal"))];
      setStatus((s) => ({ ...s, [h.householdId]: { kind: "error", messages, fields } }));
    }
  }

  function onKey(e: KeyboardEvent, h: Household, index: number) {
    const tag = (e.target as HTMLElement).tagName;
    if (e.key === "Enter" && (tag === "SELECT" || tag === "INPUT")) {
      e.preventDefault();
      void save(h, index);
    }
  }

  return (
    <section className="detail-section" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t("title")}</h2>
      {recorded.size ? <p>{t("recorded", { count: format.number(recorded.size) })}</p> : null}
      {households.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <>
          {canEdit ? <p className="hint">{t("hint")}</p> : null}
          <ol className="mtg-questions">
            {questions.map((q, i) => (
              <li key={q.id}>
                <strong>{t("questionShort", { n: i + 1 })}.</strong> {q.text}
              </li>
            ))}
          </ol>
          <div className="table-wrap">
            <table className="table mtg-hands" ref={table}>
              <thead>
                <tr>
                  <th scope="col">{t("colHousehold")}</th>
                  {questions.map((q, i) => (
                    <th scope="col" key={q.id}>
                      {t("questionShort", { n: i + 1 })}
                    </th>
                  ))}
                  {canEdit ? <th scope="col">{t("colStatus")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {households.map((h, index) => {
                  // Recorded before this page was opened: its choices are not shown here, only that it is recorded.
                  const before = !status[h.householdId] && recorded.has(h.householdId);
                  const s: Status | undefined = before
                    ? { kind: "saved", messages: [t("already")] }
                    : status[h.householdId];
                  const locked = !canEdit || s?.kind === "saving" || s?.kind === "saved";
                  return (
                    <tr
                      key={h.householdId}
                      data-row={index}
                      className={s ? `mtg-hands__row--${s.kind}` : undefined}
                      onKeyDown={(e) => onKey(e, h, index)}
                    >
                      <th scope="row">
                        {h.code}
                        <span className="mtg-sub">{h.head}</span>
                      </th>
                      {questions.map((q, i) => (
                        <td key={q.id} data-label={t("questionShort", { n: i + 1 })}>
                          {before ? (
                            <span className="muted">—</span>
                          ) : (
                            <HandsCell
                              question={q}
                              label={t("fieldLabel", { question: t("questionShort", { n: i + 1 }), code: h.code })}
                              commentLabel={t("commentLabel", { code: h.code })}
                              value={answer(h.householdId, q.id)}
                              onChange={(a) => change(h.householdId, q.id, a)}
                              disabled={locked}
                              error={s?.fields?.[`answers.${q.id}`]}
                              commentError={s?.fields?.[`answers.${q.id}.comment`]}
                            />
                          )}
                        </td>
                      ))}
                      {canEdit ? (
                        <td className="mtg-hands__status" data-label={s?.messages.length ? t("colStatus") : undefined}>
                          {s?.kind !== "saved" ? (
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => void save(h, index)}
                              disabled={locked}
                              aria-label={t("saveLabel", { code: h.code })}
                            >
                              {s?.kind === "saving" ? t("saving") : t("save")}
                            </button>
                          ) : null}
                          {s?.messages.length ? (
                            <span
                              className={s.kind === "error" ? "mtg-row-error" : "mtg-row-ok"}
                              role={s.kind === "error" ? "alert" : "status"}
                            >
                              {s.messages.join(" ")}
                            </span>
                          ) : null}
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
