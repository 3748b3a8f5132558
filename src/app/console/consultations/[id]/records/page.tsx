// Staff: the decision records of one consultation (biên bản, báo cáo, thông báo), drafts and
// finalised, and — for officials once the consultation is closed — the buttons that draft new ones.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsultationSubPageHeader } from "@/components/console/consultation-page-header";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/domain/roles";
import { isForbidden } from "@/server/api/page-guard";
import { isClosedStatus } from "@/domain/consultation-status";
import { dateParts } from "@/components/console/when";
import { consultationSubPageMetadata, loadConsultationPageWith } from "../load";
import { CreateRecords } from "./create-records";
import "./records.css";

export const dynamic = "force-dynamic";

export const generateMetadata = consultationSubPageMetadata("records.list");

export default async function RecordsPage({ params }: { params: Promise<{ id: string }> }) {
  const page = await loadConsultationPageWith((await params).id, ({ caller, c }) =>
    caller.record.list({ consultationId: c.id }),
  );
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { caller, c, me, data: records } = page;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const base = `/console/consultations/${encodeURIComponent(c.id)}`;
  const day = (d: Date) => dateParts(format, d).date;
  const byId = new Map(records.map((r) => [r.id, r]));
  const recordable = isClosedStatus(c.status);
  const mayDraft = can(me.role, "record.draft") && recordable;
  const meetings = mayDraft ? await caller.meeting.list({ consultationId: c.id }) : [];
  return (
    <article className="detail rec" aria-labelledby="rec-title">
      <ConsultationSubPageHeader
        consultation={c}
        back={{ href: base, label: t("records.list.back") }}
        titleId="rec-title"
        title={t("records.list.title")}
      />
      <p className="rec-intro">{t("records.list.intro")}</p>
      {!recordable ? (
        <p className="notice rec-note">{t("records.list.notYet", { status: t(`status.${c.status}`) })}</p>
      ) : null}
      <section className="detail-section" aria-labelledby="rec-list">
        <h2 id="rec-list">{t("records.list.heading")}</h2>
        {records.length === 0 ? (
          <p className="muted">{t("records.list.empty")}</p>
        ) : (
          <ul className="detail-list">
            {records.map((r) => {
              const amends = r.amendsId ? byId.get(r.amendsId) : undefined;
              const amendedBy = r.amendedById ? byId.get(r.amendedById) : undefined;
              return (
                <li key={r.id} className={`detail-item rec-item${r.finalisedAt ? "" : " rec-item--draft"}`}>
                  <p className="detail-item__head">
                    {r.finalisedAt ? (
                      <span className="badge rec-badge--final">{t("records.list.finalised")}</span>
                    ) : (
                      <span className="badge rec-badge--draft">{t("records.list.draft")}</span>
                    )}
                    <span className="rec-item__kind">{t(`records.kind.${r.kind}`)}</span>
                    {r.numberLabel ? (
                      <span className="rec-item__number">{t("records.list.number", { label: r.numberLabel })}</span>
                    ) : null}
                  </p>
                  <p className="detail-item__title">
                    <Link href={`/console/records/${encodeURIComponent(r.id)}`}>{r.title}</Link>
                  </p>
                  <p className="detail-item__meta">
                    <span>
                      {r.finalisedAt
                        ? t("records.list.finalisedOn", { date: day(r.finalisedAt) })
                        : t("records.list.createdOn", { date: day(r.createdAt) })}
                    </span>
                    {amends ? (
                      <span>
                        <Link href={`/console/records/${encodeURIComponent(amends.id)}`}>
                          {t("records.list.amends", { label: amends.numberLabel ?? "…" })}
                        </Link>
                      </span>
                    ) : null}
                    {amendedBy ? (
                      <span className="rec-item__amended">
                        <Link href={`/console/records/${encodeURIComponent(amendedBy.id)}`}>
                          {amendedBy.numberLabel
                            ? t("records.list.amendedBy", { label: amendedBy.numberLabel })
                            : t("records.list.amendedByDraft")}
                        </Link>
                      </span>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {mayDraft ? (
        <CreateRecords
          consultationId={c.id}
          areas={c.areas.map((a) => ({ id: a.neighbourhoodId, label: a.neighbourhoodName }))}
          meetings={meetings.map((m) => ({
            id: m.id,
            label: t("records.create.meetingOption", {
              neighbourhood: m.neighbourhood.name,
              date: day(m.heldAt),
              place: m.place,
            }),
          }))}
        />
      ) : null}
    </article>
  );
}
