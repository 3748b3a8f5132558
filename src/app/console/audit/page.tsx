import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/console/data-table";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { ChainStatusNote } from "./chain-status";
import { EventData } from "./event-data";
import { AuditFilterForm } from "./filter-form";
import { auditHref, isAuditAction, isEntityType, readAuditSearch, type AuditSearchParams } from "./search";
import "./audit.css";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
const ACTOR_TYPES = ["STAFF", "HOUSEHOLD", "SYSTEM"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

type Props = { searchParams: Promise<Partial<AuditSearchParams>> };

export default async function AuditPage({ searchParams }: Props) {
  const { raw, filter, errors, beforeSeq } = readAuditSearch(await searchParams);
  const caller = await getServerCaller();
  const [page, chain] = await Promise.all([
    orNavigate(() => caller.audit.list({ ...filter, limit: PAGE_SIZE, beforeSeq })),
    orNavigate(() => caller.audit.chainStatus()),
  ]);
  if (isForbidden(page) || isForbidden(chain)) return <ForbiddenNotice />;
  const [t, format] = await Promise.all([getTranslations("auditLog"), getFormatter()]);
  const filtered = Object.keys(filter).length > 0;
  const when = (d: Date) =>
    format.dateTime(d, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <ChainStatusNote status={chain} />
      <AuditFilterForm raw={raw} errors={errors} />

      <DataTable
        className="audit-table"
        caption={t("caption")}
        columns={[
          { label: t("columns.seq"), numeric: true },
          t("columns.time"),
          t("columns.actor"),
          t("columns.action"),
          t("columns.entity"),
          t("columns.data"),
          t("columns.hash"),
        ]}
        rows={page.events}
        empty={<p role="status">{filtered || beforeSeq ? t("emptyFiltered") : t("empty")}</p>}
      >
        {(e) => {
          const entityLabel = isEntityType(e.entityType) ? t(`entity.${e.entityType}`) : e.entityType;
          return (
            <tr key={e.seq}>
              <td className="num">{e.seq}</td>
              <td className="audit-table__time">{when(e.createdAt)}</td>
              <td>
                {e.actorLabel}
                <br />
                <span className="muted">
                  {(ACTOR_TYPES as readonly string[]).includes(e.actorType)
                    ? t(`actorType.${e.actorType as (typeof ACTOR_TYPES)[number]}`)
                    : e.actorType}
                </span>
              </td>
              <td>
                {isAuditAction(e.action) ? t(`action.${e.action}`) : e.action}
                <br />
                <code className="muted">{e.action}</code>
              </td>
              <td>
                {e.entityType === "Consultation" ? (
                  <Link href={`/console/consultations/${encodeURIComponent(e.entityId)}`}>{entityLabel}</Link>
                ) : (
                  entityLabel
                )}
                <br />
                <Link className="audit-table__id" href={auditHref({ entityType: e.entityType, entityId: e.entityId })}>
                  <code>{e.entityId}</code>
                </Link>
              </td>
              <td>
                <EventData data={e.data} />
              </td>
              <td>
                <code title={`${t("hashTitle")}: ${e.hash}`}>{e.hash.slice(0, 12)}</code>
              </td>
            </tr>
          );
        }}
      </DataTable>

      {page.nextBeforeSeq || beforeSeq ? (
        <nav className="audit-pager" aria-label={t("caption")}>
          {beforeSeq ? <Link href={auditHref(filter)}>← {t("newest")}</Link> : null}
          {page.nextBeforeSeq ? <Link href={auditHref(filter, page.nextBeforeSeq)}>{t("older")} →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
