"use client";
// The response that counts for a household now, on whatever channel it came (online included):
// who recorded what, when, with which receipt; an official voids a wrong one with a reason, and the
// household's ballot can then be keyed.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { fieldErrorsOf, messageOf } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";
import type { Question } from "./ballot-sheet";

export type ExistingResponse = {
  id: string;
  channel: string;
  submittedAt: Date | string;
  receiptCode: string;
  mark: "BLANK" | "INVALID" | null;
  secretBallot: boolean;
  meeting: { place: string; heldAt: Date | string } | null;
  recordedBy: string | null;
  answers: { questionId: string; text: string | null; comment: string | null; options: string[] }[];
};

type Props = { code: string; response: ExistingResponse; questions: Question[]; onVoided: () => void };

export function ExistingResponsePanel({ code, response: r, questions, onVoided }: Props) {
  const t = useTranslations("entry");
  const tc = useTranslations("channel");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const voiding = useMutation(trpc.entry.void.mutationOptions());
  const answerOf = (q: Question) => {
    const a = r.answers.find((x) => x.questionId === q.id);
    const parts = [...(a?.options ?? []), a?.text ?? "", a?.comment ?? ""].filter(Boolean);
    return parts.length ? parts.join(" · ") : t("noAnswer");
  };
  return (
    <section className="entry__existing" aria-labelledby="existing-title">
      <h2 id="existing-title">{t("existingTitle", { code })}</h2>
      <dl className="facts">
        <div>
          <dt>{t("existingChannel")}</dt>
          <dd>
            {tc(r.channel as never)}
            {r.meeting ? ` · ${t("existingMeeting", { place: r.meeting.place })}` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("existingWhen")}</dt>
          <dd>{format.dateTime(new Date(r.submittedAt), { dateStyle: "short", timeStyle: "short" })}</dd>
        </div>
        <div>
          <dt>{t("existingReceipt")}</dt>
          <dd>
            <code>{r.receiptCode}</code>
          </dd>
        </div>
        <div>
          <dt>{t("existingBy")}</dt>
          <dd>{r.recordedBy ?? t("existingBySelf")}</dd>
        </div>
        {r.secretBallot ? null : (
          <div>
            <dt>{t("existingAnswers")}</dt>
            <dd>
              {r.mark ? (
                t(r.mark === "BLANK" ? "markBlank" : "markInvalid")
              ) : (
                <ul className="plain-list">
                  {questions.map((q) => (
                    <li key={q.id}>
                      {q.text}: <strong>{answerOf(q)}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        )}
      </dl>
      {r.secretBallot ? (
        <p className="hint">{t("existingSecret")}</p>
      ) : (
        <form
          className="entry__void"
          onSubmit={(e) => {
            e.preventDefault();
            voiding.mutate(
              { responseId: r.id, reason },
              {
                onSuccess: () => {
                  void queryClient.invalidateQueries({ queryKey: trpc.entry.pathKey() });
                  onVoided();
                },
              },
            );
          }}
        >
          <p className="hint">{t("voidHelp")}</p>
          <label className="field">
            <span className="field__label">{t("voidReason")}</span>
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={voiding.error ? true : undefined}
            />
          </label>
          {voiding.error ? (
            <p className="field__error">{fieldErrorsOf(voiding.error).reason ?? messageOf(voiding.error, "")}</p>
          ) : null}
          <button className="button button--danger" type="submit" disabled={voiding.isPending}>
            {t("voidExisting")}
          </button>
        </form>
      )}
    </section>
  );
}
