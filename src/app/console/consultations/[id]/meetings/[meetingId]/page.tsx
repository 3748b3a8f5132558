// Staff: one neighbourhood meeting — attendance against the roll with the live quorum, then either
// each present household's show-of-hands vote or the secret-ballot count record.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ConsultationSubPageHeader } from "@/components/console/consultation-page-header";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/domain/roles";
import { isForbidden } from "@/server/api/page-guard";
import { dateParts } from "@/components/console/when";
import { loadConsultationPageWith } from "../../load";
import { Attendance } from "./attendance";
import { MinutesUpload } from "./minutes-upload";
import { CountSummary } from "./count-summary";
import { SecretCount } from "./secret-count";
import { ShowOfHands } from "./show-of-hands";
import "../../meetings.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; meetingId: string }> };

/** The consultation's page load, then the meeting, which must be one of its meetings. */
const load = cache((id: string, meetingId: string) =>
  loadConsultationPageWith(id, async ({ caller, c }) => {
    const m = await caller.meeting.get({ meetingId });
    if (m.meeting.consultationId !== c.id) notFound();
    return { m, list: await caller.meeting.list({ consultationId: c.id }) };
  }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, meetingId } = await params;
  const loaded = await load(id, meetingId);
  const t = await getTranslations("meetings");
  if (isForbidden(loaded)) return { title: t("title") };
  const { c } = loaded;
  const { m } = loaded.data;
  const format = await getFormatter();
  const neighbourhood = c.areas.find((a) => a.neighbourhoodId === m.meeting.neighbourhoodId)?.neighbourhoodName ?? "";
  return { title: t("meeting.metaTitle", { neighbourhood, date: dateParts(format, m.meeting.heldAt).date }) };
}

export default async function MeetingPage({ params }: Props) {
  const { id, meetingId } = await params;
  const loaded = await load(id, meetingId);
  if (isForbidden(loaded)) return <ForbiddenNotice />;
  const { c, me } = loaded;
  const { m, list } = loaded.data;
  const t = await getTranslations();
  const format = await getFormatter();
  const { meeting, roll } = m;
  const neighbourhood = c.areas.find((a) => a.neighbourhoodId === meeting.neighbourhoodId)?.neighbourhoodName ?? "";
  const canRecord = can(me.role, "response.record") && c.status === "OPEN";
  const secret = meeting.voteMode === "SECRET_BALLOT";
  const counted = secret && meeting.ballotsIssued !== null;
  const rule =
    c.ruleNumerator && c.ruleDenominator
      ? { numerator: c.ruleNumerator, denominator: c.ruleDenominator, inclusive: c.ruleInclusive ?? true }
      : null;
  const present = roll
    .filter((r) => r.present)
    .map((r) => ({ householdId: r.householdId, code: r.householdCode, head: r.headName }));
  const questions = c.questions
    .filter((q) => q.kind !== "FREE_TEXT" || (q.required && !secret))
    .map((q) => ({
      id: q.id,
      text: q.text,
      kind: q.kind,
      options: q.options.map((o) => ({ id: o.id, label: o.label, key: o.key })),
    }));
  const recorded = (list.find((x) => x.id === meeting.id)?.responses ?? []).map((r) => r.householdId);
  const details: [string, string][] = [
    [t("meetings.meeting.heldAt"), t("meetings.when", dateParts(format, meeting.heldAt))],
    [t("meetings.meeting.place"), meeting.place],
    [t("meetings.meeting.chair"), meeting.chairName],
    [t("meetings.meeting.secretary"), meeting.secretaryName],
    [t("meetings.meeting.mode"), t(`meetings.voteMode.${meeting.voteMode}`)],
  ];
  return (
    <article className="detail mtg" aria-labelledby="mtg-title">
      <ConsultationSubPageHeader
        consultation={c}
        back={{
          href: `/console/consultations/${encodeURIComponent(c.id)}/meetings`,
          label: t("meetings.backToMeetings"),
        }}
        titleId="mtg-title"
        title={t("meetings.meeting.title", { neighbourhood })}
      />
      <dl className="mtg-facts">
        {details.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {!can(me.role, "response.record") ? <p className="notice mtg-note">{t("meetings.readOnly")}</p> : null}
      {can(me.role, "response.record") && c.status !== "OPEN" ? (
        <p className="notice mtg-note">{t("meetings.notOpen", { status: t(`status.${c.status}`) })}</p>
      ) : null}
      <Attendance
        meetingId={meeting.id}
        roundsHref={`/console/consultations/${c.id}/meetings#ballot-round`}
        roll={roll.map((r) => ({ id: r.householdId, code: r.householdCode, head: r.headName, present: r.present }))}
        rule={rule}
        matter={c.matter}
        canEdit={canRecord && !counted}
        locked={counted}
      />
      {secret ? (
        counted ? (
          <CountSummary meeting={meeting} questions={questions} counts={m.counts} />
        ) : canRecord ? (
          <SecretCount meetingId={meeting.id} questions={questions} present={present.length} />
        ) : null
      ) : (
        <ShowOfHands
          consultationId={c.id}
          meetingId={meeting.id}
          households={present}
          questions={questions}
          canEdit={canRecord}
          recordedIds={recorded}
        />
      )}
      <MinutesUpload
        meetingId={meeting.id}
        current={meeting.minutesDocument}
        canEdit={can(me.role, "response.record")}
      />
    </article>
  );
}
