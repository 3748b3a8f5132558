// Staff: the meetings, household ballot rounds and suggestion box of one consultation. Everyone on
// the staff reads the lists; officials and neighbourhood heads record, only while it is open.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { toLocalDateInput, toLocalInput } from "@/components/console/vietnam-time";
import { DAY_MS } from "@/domain/consultation-plan";
import { can } from "@/domain/roles";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { loadConsultationPage } from "../load";
import { MeetingLists } from "./lists";
import { MeetingForm } from "./meeting-form";
import { RoundForm } from "./round-form";
import { SuggestionForm } from "./suggestion-form";
import "../meetings.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadConsultationPage((await params).id);
  const t = await getTranslations("meetings");
  return { title: isForbidden(page) ? t("title") : t("metaTitle", { title: page.c.title }) };
}

export default async function MeetingsPage({ params }: Props) {
  const page = await loadConsultationPage((await params).id);
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { caller, c, me } = page;
  const lists = await orNavigate(() =>
    Promise.all([caller.meeting.list({ consultationId: c.id }), caller.meeting.rounds({ consultationId: c.id })]),
  );
  if (isForbidden(lists)) return <ForbiddenNotice />;
  const [meetings, rounds] = lists;
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
      <p className="detail-back">
        <Link href={base}>← {t("meetings.back")}</Link>
      </p>
      <header className="detail-head">
        <p className="detail-head__meta">
          <span className={`badge badge--${c.status.toLowerCase()}`}>{t(`status.${c.status}`)}</span>
          <span>{c.title}</span>
        </p>
        <div className="detail-head__title">
          <h1 id="mtg-title">{t("meetings.title")}</h1>
          <Link className="button" href={`${base}/reconciliation`}>
            {t("meetings.recon.title")}
          </Link>
        </div>
      </header>
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
