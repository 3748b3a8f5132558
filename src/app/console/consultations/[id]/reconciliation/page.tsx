// Staff: reconciliation per neighbourhood — the roll, opinions by channel, voided entries, meeting
// attendance, ballots keyed and ballots counted side by side; a row matches only when its counts are
// recorded and agree, otherwise it is marked in words with what is missing or disagrees.
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsultationSubPageHeader } from "@/components/console/consultation-page-header";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden } from "@/server/api/page-guard";
import { consultationSubPageMetadata, loadConsultationPageWith } from "../load";
import { ReconTable } from "./recon-table";
import "../meetings.css";

export const dynamic = "force-dynamic";

const CHANNELS = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN"] as const;

export const generateMetadata = consultationSubPageMetadata("meetings.recon");

export default async function ReconciliationPage({ params }: { params: Promise<{ id: string }> }) {
  const page = await loadConsultationPageWith((await params).id, ({ caller, c }) =>
    caller.entry.reconciliation({ consultationId: c.id }),
  );
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { c, data: rows } = page;
  const t = await getTranslations();
  const format = await getFormatter();
  const base = `/console/consultations/${encodeURIComponent(c.id)}`;
  const channels = CHANNELS.filter(
    (ch) => c.channels.includes(ch) || rows.some((r) => (r.channels as Record<string, number>)[ch]),
  );
  const flagged = rows.filter((r) => r.verdict !== "MATCH").length;
  return (
    <article className="detail mtg mtg--wide" aria-labelledby="recon-title">
      <ConsultationSubPageHeader
        consultation={c}
        back={{ href: `${base}/meetings`, label: t("meetings.title") }}
        titleId="recon-title"
        title={t("meetings.recon.title")}
      />
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
