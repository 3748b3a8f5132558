"use client";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/client";

/** The running count beside the entry form, refreshed after every saved ballot. */
export function EntryCounts({ consultationId }: { consultationId: string }) {
  const t = useTranslations("entry");
  const format = useFormatter();
  const trpc = useTRPC();
  const counts = useQuery(trpc.entry.counts.queryOptions({ consultationId }));
  const n = (v: number | null | undefined) => (v == null ? "—" : format.number(v));
  const c = counts.data;
  return (
    <aside className="entry__counts" aria-labelledby="counts-title" aria-live="polite">
      <h2 id="counts-title">{t("countTitle")}</h2>
      <dl>
        <div>
          <dt>{t("entered")}</dt>
          <dd data-testid="entered-count">
            {n(c ? (c.channels.PAPER_BALLOT ?? 0) + (c.channels.WRITTEN ?? 0) : undefined)}
          </dd>
        </div>
        <div>
          <dt>{t("responded")}</dt>
          <dd data-testid="responded-count">
            {n(c?.responded)} / {n(c?.roll)}
          </dd>
        </div>
        <div>
          <dt>{t("enteredBlank")}</dt>
          <dd>{n(c?.blank)}</dd>
        </div>
        <div>
          <dt>{t("enteredInvalid")}</dt>
          <dd>{n(c?.invalid)}</dd>
        </div>
        <div>
          <dt>{t("issued")}</dt>
          <dd>{n(c?.ballotsIssued)}</dd>
        </div>
        <div>
          <dt>{t("returned")}</dt>
          <dd>{n(c?.ballotsReturned)}</dd>
        </div>
        <div>
          <dt>{t("voided")}</dt>
          <dd>{n(c?.voided)}</dd>
        </div>
      </dl>
    </aside>
  );
}
