// Staff: the postings to take down or replace (docs/LAW.md#r17), one table per neighbourhood and one
// for the commune's own places, to print on A4 and tick on the round of the boards; those who may
// take a posting down record it from its row.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { TakeDownPosting } from "@/components/console/take-down-posting";
import { toLocalInput } from "@/components/console/vietnam-time";
import { dateParts } from "@/components/console/when";
import { can } from "@/domain/roles";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { PrintButton } from "./print-button";
import "./postings.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("postings"))("title") };
}

export default async function PostingsPage() {
  const caller = await getServerCaller();
  const data = await orNavigate(() => Promise.all([caller.session.me(), caller.postings.toAct()]));
  if (isForbidden(data)) return <ForbiddenNotice />;
  const [me, { groups, total }] = data;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const tp = await getTranslations("postings");
  const now = new Date();
  const when = (d: Date) => t("console.when", dateParts(format, d));
  const day = (d: Date) => dateParts(format, d).date;
  const canTakeDown = can(me.role, "posting.takeDown");
  const groupName = (g: (typeof groups)[number]) => g.neighbourhoodName ?? tp("communeWide");
  return (
    <div className="postings-page">
      <h1>{tp("title")}</h1>
      <p className="lead">{tp("intro")}</p>
      <p className="postings-printed">{tp("printedAt", { when: when(now) })}</p>
      {total === 0 ? (
        <p className="notice">{tp("none")}</p>
      ) : (
        <>
          <div className="detail-buttons no-print">
            <PrintButton label={tp("print")} />
          </div>
          {groups.map((g) => (
            <section
              key={g.neighbourhoodId ?? "-"}
              className="postings-group"
              aria-labelledby={`group-${g.neighbourhoodId ?? "commune"}`}
            >
              <h2 id={`group-${g.neighbourhoodId ?? "commune"}`}>
                {tp("groupLabel", { name: groupName(g), count: g.postings.length })}
              </h2>
              {g.neighbourhoodId === null ? <p className="hint">{tp("communeWideHint")}</p> : null}
              <div className="table-wrap">
                <table className="table postings-table">
                  <thead>
                    <tr>
                      <th scope="col">{tp("col.done")}</th>
                      <th scope="col">{tp("col.consultation")}</th>
                      <th scope="col">{tp("col.place")}</th>
                      <th scope="col">{tp("col.material")}</th>
                      <th scope="col">{tp("col.postedAt")}</th>
                      <th scope="col">{tp("col.reason")}</th>
                      <th scope="col">{tp("col.todo")}</th>
                      {canTakeDown ? (
                        <th scope="col" className="no-print">
                          {tp("col.actions")}
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {g.postings.map((p) => {
                      const place = t(`disclosurePlace.${p.place}`);
                      return (
                        <tr key={p.id}>
                          <td className="postings-tick">
                            <input
                              type="checkbox"
                              aria-label={tp("tick", { consultation: p.consultationTitle, place })}
                            />
                          </td>
                          <td>
                            <Link href={`/console/consultations/${encodeURIComponent(p.consultationId)}`}>
                              {p.consultationTitle}
                            </Link>
                          </td>
                          <td>{place}</td>
                          <td>{p.material ? tp(`material.${p.material}`) : tp("noMaterial")}</td>
                          <td>{day(p.postedAt)}</td>
                          <td>{tp(`state.${p.reason}`)}</td>
                          <td className="postings-todo">{tp(`todo.${p.action}`)}</td>
                          {canTakeDown ? (
                            <td className="no-print">
                              <TakeDownPosting id={p.id} place={place} nowInput={toLocalInput(now)} />
                            </td>
                          ) : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
