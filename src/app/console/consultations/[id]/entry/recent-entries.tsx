"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { fieldErrorsOf, messageOf } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";

/** The latest entries, newest first; a wrong one is voided with a reason, never deleted. */
export function RecentEntries({ consultationId }: { consultationId: string }) {
  const t = useTranslations("entry");
  const tc = useTranslations("channel");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const recent = useQuery(trpc.entry.recent.queryOptions({ consultationId, limit: 15 }));
  const voiding = useMutation(
    trpc.entry.void.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.entry.pathKey() }),
    }),
  );
  const [open, setOpen] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t("recentTitle")}</h2>
      {recent.data?.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="entry__recent">
        {recent.data?.map((r) => (
          <li key={r.id} className={r.voidedAt ? "muted" : undefined}>
            <strong>{r.household.code}</strong> {r.household.headName} · {tc(r.channel)} ·{" "}
            {format.dateTime(r.submittedAt, { hour: "2-digit", minute: "2-digit" })} ·{" "}
            {r.ballotMark
              ? t(r.ballotMark === "BLANK" ? "markBlank" : "markInvalid")
              : r.answers.flatMap((a) => a.choices.map((c) => c.option.label)).join(", ")}
            {r.voidedAt ? (
              <span> — {t("voidedReason", { reason: r.voidReason ?? "" })}</span>
            ) : open === r.id ? (
              <form
                className="entry__void"
                onSubmit={(e) => {
                  e.preventDefault();
                  voiding.mutate({ responseId: r.id, reason }, { onSuccess: () => setOpen(null) });
                }}
              >
                <input
                  aria-label={t("voidReason")}
                  placeholder={t("voidReason")}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  autoFocus
                />
                <button className="button button--small button--danger" type="submit" disabled={voiding.isPending}>
                  {t("voidConfirm")}
                </button>
                {voiding.error ? (
                  <span className="field__error">
                    {fieldErrorsOf(voiding.error).reason ?? messageOf(voiding.error, "")}
                  </span>
                ) : null}
              </form>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setOpen(r.id);
                  setReason("");
                  voiding.reset();
                }}
              >
                {t("voidButton")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
