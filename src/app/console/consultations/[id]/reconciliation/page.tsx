// Staff: reconciliation per neighbourhood — the roll, opinions by channel, voided entries, meeting
// attendance, ballots keyed and ballots counted side by side; a row matches only when its counts are
// recorded and agree, otherwise it is marked in words with what is missing or disagrees.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { loadConsultationPage } from "../load";
import { ReconTable } from "./recon-table";
import "../meetings.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const CHANNELS = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadConsultationPage((await params).id);
  const t = await getTranslations("meetings.recon");
  return { title: isForbidden(page) ? t("title") : t("metaTitle", { title: page.c.title }) };
}

export default async function ReconciliationPage({ params }: Props) {
  const page = await loadConsultationPage((await params).id);
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { caller, c } = page;
  const rows = await orNavigate(() => caller.entry.reconciliation({ consultationId: c.id }));
  if (isForbidden(rows)) return <ForbiddenNotice />;
  const t = await getTranslations();
  const format = await getFormatter();
  const base = `/console/consultations/${encodeURIComponent(c.id)}`;
  const channels = CHANNELS.filter(
    (ch) => c.channels.includes(ch) || rows.some((r) => (r.channels as Record<string, number>)[ch]),
  );
  const flagged = rows.filter((r) => r.verdict !== "MATCH").length;
  return (
    <article className="detail mtg mtg--wide" aria-labelledby="recon-title">
      <p className="detail-back">
        <Link href={`${base}/meetings`}>← {t("meetings.title")}</Link>
      </p>
      <header className="detail-head">
        <p className="detail-head__meta">
          <span className={`badge badge--${c.status.toLowerCase()}`}>{t(`status.${c.status}`)}</span>
          <span>{c.title}</span>
        </p>
        <h1 id="recon-title">{t("meetings.recon.title")}</h1>
      </header>
      <p className="hint">{t("meetings.recon.hint")}</p>
      {rows.length === 0 ? (
        <p className="muted">{t("meetings.recon.empty")}</p>
      ) : (
        <>
          <p className={flagged ? "notice notice--error mtg-note" : "ok-note mtg-note"} role="status">
            {flagged ? t("meetings.recon.mismatchCount", { count: format.number(flagged) }) : t("meetings.recon.allOk")}
          </p>
          <ReconTable rows={rows} channels={channels} />
        </>
      )}
    </article>
  );
}
