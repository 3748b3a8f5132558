// Staff: the meetings, household ballot rounds and suggestion box of one consultation. Everyone on
// the staff reads the lists; officials and neighbourhood heads record, only while it is open.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConsultationSubPageHeader } from "@/components/console/consultation-page-header";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { toLocalDateInput, toLocalInput } from "@/components/console/vietnam-time";
import { DAY_MS } from "@/domain/consultation-plan";
import { can } from "@/domain/roles";
import { isForbidden } from "@/server/api/page-guard";
import { consultationSubPageMetadata, loadConsultationPageWith } from "../load";
import { MeetingLists } from "./lists";
import { MeetingForm } from "./meeting-form";
import { RoundForm } from "./round-form";
import { SuggestionForm } from "./suggestion-form";
import "../meetings.css";

export const dynamic = "force-dynamic";

export const generateMetadata = consultationSubPageMetadata("meetings");

export default async function MeetingsPage({ params }: { params: Promise<{ id: string }> }) {
  const page = await loadConsultationPageWith((await params).id, ({ caller, c }) =>
    Promise.all([caller.meeting.list({ consultationId: c.id }), caller.meeting.rounds({ consultationId: c.id })]),
  );
  if (isForbidden(page)) return <ForbiddenNotice />;
  const {
    c,
    me,
    data: [meetings, rounds],
  } = page;
  const t = await getTranslations();
  const now = new Date();
  const base = `/console/consultations/${encodeURIComponent(c.id)}`;
  const mayRecord = can(me.role, "response.record");
  const open = c.status === "OPEN";
  const canRecord = mayRecord && open;
  const allAreas = c.areas.map((a) => ({ id: a.neighbourhoodId, name: a.neighbourhoodName }));
  const areas = me.role === "NEIGHBOURHOOD_HEAD" ? allAreas.filter((a) => a.id === me.neighbourhoodId) : allAreas;
  const offered = (channel: string) => c.channels.includes(channel as never);
  const notOffered = (channel: string) => (
    <p className="notice mtg-note">
      {t("meetings.channelNotOffered", { channel: t(`channelPhrase.${channel}` as "channelPhrase.MEETING") })}
    </p>
  );
  return (
    <article className="detail mtg" aria-labelledby="mtg-title">
      <ConsultationSubPageHeader
        consultation={c}
        back={{ href: base, label: t("meetings.back") }}
        titleId="mtg-title"
        title={t("meetings.title")}
        actions={
          <Link className="button" href={`${base}/reconciliation`}>
            {t("meetings.recon.title")}
          </Link>
        }
      />
      {!mayRecord ? <p className="notice mtg-note">{t("meetings.readOnly")}</p> : null}
      {mayRecord && !open ? (
        <p className="notice mtg-note">{t("meetings.notOpen", { status: t(`status.${c.status}`) })}</p>
      ) : null}
      {canRecord && areas.length === 0 ? <p className="notice mtg-note">{t("meetings.noArea")}</p> : null}
      <MeetingLists
        base={`${base}/meetings`}
        meetings={meetings}
        rounds={rounds}
        rollBy={c.rollByNeighbourhood}
        canRecord={canRecord}
      />
      {canRecord && areas.length > 0 ? (
        <section className="detail-section" aria-labelledby="mtg-record">
          <h2 id="mtg-record">{t("meetings.recordTitle")}</h2>
          {offered("MEETING") ? (
            <MeetingForm consultationId={c.id} areas={areas} nowInput={toLocalInput(now)} base={`${base}/meetings`} />
          ) : (
            notOffered("MEETING")
          )}
          {offered("PAPER_BALLOT") ? (
            <RoundForm
              consultationId={c.id}
              areas={areas}
              defaults={{
                announcedAt: toLocalInput(now),
                deliveredFrom: toLocalInput(new Date(now.getTime() + 2 * DAY_MS + 60_000)),
                collectBy: toLocalInput(new Date(now.getTime() + 7 * DAY_MS)),
              }}
            />
          ) : (
            notOffered("PAPER_BALLOT")
          )}
          {offered("SUGGESTION_BOX") ? (
            <SuggestionForm consultationId={c.id} areas={areas} todayInput={toLocalDateInput(now)} />
          ) : (
            notOffered("SUGGESTION_BOX")
          )}
        </section>
      ) : null}
    </article>
  );
}
