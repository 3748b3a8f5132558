// The consultation's meetings and household ballot rounds, as tables (server-rendered). A round not
// yet counted offers its count form to those who may record.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppRouter } from "@/server/api/root";
import type { inferRouterOutputs } from "@trpc/server";
import { scrollRegion } from "@/components/scroll-region";
import { dateParts } from "@/components/console/when";
import { RoundCount } from "./round-count";

type Out = inferRouterOutputs<AppRouter>["meeting"];
type Props = {
  base: string;
  meetings: Out["list"];
  rounds: Out["rounds"];
  rollBy: Record<string, number>;
  canRecord: boolean;
};

export async function MeetingLists({ base, meetings, rounds, rollBy, canRecord }: Props) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  const when = (d: Date) => t("when", dateParts(format, d));
  const day = (d: Date) => dateParts(format, d).date;
  const n = (x: number | null) => (x === null ? "—" : format.number(x));
  return (
    <>
      <TableSection
        id="mtg-meetings"
        title={t("list.meetingsTitle")}
        empty={meetings.length === 0 ? t("list.meetingsEmpty") : null}
        headings={[
          t("list.colHeldAt"),
          t("neighbourhood"),
          t("list.colPlace"),
          t("list.colChair"),
          t("list.colMode"),
          t("list.colAttendance"),
        ]}
      >
        {meetings.map((m) => (
          <tr key={m.id}>
            <td data-label={t("list.colHeldAt")}>
              <Link
                href={`${base}/${encodeURIComponent(m.id)}`}
                aria-label={t("list.openLabel", { place: m.place, when: when(m.heldAt) })}
              >
                {when(m.heldAt)}
              </Link>
            </td>
            <td data-label={t("neighbourhood")}>{m.neighbourhood.name}</td>
            <td data-label={t("list.colPlace")}>{m.place}</td>
            <td data-label={t("list.colChair")}>{m.chairName}</td>
            <td data-label={t("list.colMode")}>{t(`voteMode.${m.voteMode}`)}</td>
            <td data-label={t("list.colAttendance")}>
              {t("list.attendance", {
                present: n(m._count.attendance),
                roll: n(rollBy[m.neighbourhoodId] ?? 0),
              })}
              {m.responses.length ? (
                <span className="mtg-sub">
                  {t(m.voteMode === "SECRET_BALLOT" ? "list.balloted" : "list.recorded", {
                    count: n(m.responses.length),
                  })}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </TableSection>
      <TableSection
        id="mtg-rounds"
        title={t("list.roundsTitle")}
        empty={rounds.length === 0 ? t("list.roundsEmpty") : null}
        headings={[t("neighbourhood"), t("list.colTeam"), t("list.colDates"), t("list.colCounts")]}
      >
        {rounds.map((r) => [
          <tr key={r.id}>
            <td data-label={t("neighbourhood")}>{r.neighbourhood.name}</td>
            <td data-label={t("list.colTeam")}>{r.team.join(", ")}</td>
            <td data-label={t("list.colDates")}>
              {t("list.dates", {
                announced: day(r.announcedAt),
                from: day(r.deliveredFrom),
                to: day(r.collectBy),
              })}
            </td>
            <td data-label={t("list.colCounts")}>
              {r.countedAt ? (
                t("list.counts", {
                  issued: n(r.ballotsIssued),
                  returned: n(r.ballotsReturned),
                  valid: n(r.ballotsValid),
                  invalid: n(r.ballotsInvalid),
                })
              ) : (
                <span className="muted">{t("list.notCounted")}</span>
              )}
              {r._count.responses ? (
                <span className="mtg-sub">{t("list.entered", { count: n(r._count.responses) })}</span>
              ) : null}
            </td>
          </tr>,
          !r.countedAt && canRecord ? (
            <tr key={`${r.id}-count`} className="mtg-table__sub">
              <td colSpan={4}>
                <RoundCount ballotRoundId={r.id} witnesses={r.witnesses} />
              </td>
            </tr>
          ) : null,
        ])}
      </TableSection>
    </>
  );
}

/** A titled table of the consultation's meetings or rounds — or, when there are none, a line saying so. */
function TableSection({
  id,
  title,
  empty,
  headings,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  headings: string[];
  children: ReactNode;
}) {
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap" {...scrollRegion(title)}>
          <table className="table mtg-table">
            <thead>
              <tr>
                {headings.map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
