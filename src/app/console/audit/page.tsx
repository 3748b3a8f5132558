import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("auditTitle") };
}

export default async function AuditPage() {
  const caller = await getServerCaller();
  const events = await orNavigate(() => caller.audit.list({ limit: 100 }));
  const [t, format] = await Promise.all([getTranslations("console"), getFormatter()]);
  if (isForbidden(events)) return <ForbiddenNotice />;
  return (
    <>
      <h1>{t("auditTitle")}</h1>
      {events.length === 0 ? (
        <p>{t("auditEmpty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("colTime")}</th>
                <th scope="col">{t("colActor")}</th>
                <th scope="col">{t("colAction")}</th>
                <th scope="col">{t("colEntity")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td>{format.dateTime(e.createdAt, { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" })}</td>
                  <td>{e.actorLabel}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.entityType} <code className="muted">{e.entityId.slice(0, 10)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
