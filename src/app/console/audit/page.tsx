import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/console/data-table";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { AUDIT_EXPORT_MAX } from "@/server/audit/schema";
import { describeAuditEvent, formatAuditSentence, type TTranslate } from "@/domain/audit-sentence";
import { ChainStatusNote } from "./chain-status";
import { EventData } from "./event-data";
import { AuditFilterForm } from "./filter-form";
import {
  auditExportHref,
  auditHref,
  isAuditAction,
  isEntityType,
  readAuditSearch,
  type AuditSearchParams,
} from "./search";
import "./audit.css";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
const ACTOR_TYPES = ["STAFF", "HOUSEHOLD", "SYSTEM"] as const;
const LINK_BASE = {
  consultation: "/console/consultations/",
  record: "/console/records/",
  household: "/console/households/",
} as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

type Props = { searchParams: Promise<Partial<AuditSearchParams>> };

export default async function AuditPage({ searchParams }: Props) {
  const { raw, filter, errors, beforeSeq } = readAuditSearch(await searchParams);
  const caller = await getServerCaller();
  const [page, chain, consultations] = await Promise.all([
    orNavigate(() => caller.audit.list({ ...filter, limit: PAGE_SIZE, beforeSeq })),
    orNavigate(() => caller.audit.chainStatus()),
    orNavigate(() => caller.audit.consultations({ include: filter.consultationId })),
  ]);
  if (isForbidden(page) || isForbidden(chain) || isForbidden(consultations)) return <ForbiddenNotice />;
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
  const at = (d: Date) => ({
    time: format.dateTime(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
    day: format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }),
  });
  // The sentence's keys are built from the action (src/domain/audit-sentence.ts); the unit test
  // renders every one of them in both languages.
  const say = t as unknown as TTranslate;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <ChainStatusNote status={chain} />
      <AuditFilterForm raw={raw} errors={errors} consultations={consultations} />
      <p className="audit-export">
        <a className="button button--small" href={auditExportHref(filter)} download>
          {t("export.link")}
        </a>{" "}
        <span className="hint">{t("export.hint", { max: format.number(AUDIT_EXPORT_MAX) })}</span>
      </p>

      <DataTable
        className="audit-table"
        caption={t("caption")}
        columns={[{ label: t("columns.seq"), numeric: true }, t("columns.event"), t("columns.technical")]}
        rows={page.events}
        empty={<p role="status">{filtered || beforeSeq ? t("emptyFiltered") : t("empty")}</p>}
      >
        {(e) => {
          const entityLabel = isEntityType(e.entityType) ? t(`entity.${e.entityType}`) : e.entityType;
          const sentence = describeAuditEvent(e, e.names);
          return (
            <tr key={e.seq}>
              <td className="num">{e.seq}</td>
              <td className="audit-table__event">
                <p className="audit-sentence">{formatAuditSentence(say, sentence, at(e.createdAt))}</p>
                {sentence.links.length ? (
                  <ul className="audit-links">
                    {sentence.links.map((l) => (
                      <li key={l.kind}>
                        <Link href={`${LINK_BASE[l.kind]}${encodeURIComponent(l.id)}`}>{t(`linkTo.${l.kind}`)}</Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td>
                <details className="audit-technical">
                  <summary>{t("technical")}</summary>
                  <dl className="audit-data">
                    <div>
                      <dt>{t("technicalLabels.time")}</dt>
                      <dd className="audit-table__time">{when(e.createdAt)}</dd>
                    </div>
                    <div>
                      <dt>{t("technicalLabels.actor")}</dt>
                      <dd>
                        {e.actorLabel} (
                        {(ACTOR_TYPES as readonly string[]).includes(e.actorType)
                          ? t(`actorType.${e.actorType as (typeof ACTOR_TYPES)[number]}`)
                          : e.actorType}
                        )
                      </dd>
                    </div>
                    <div>
                      <dt>{t("technicalLabels.action")}</dt>
                      <dd>
                        {isAuditAction(e.action) ? t(`action.${e.action}`) : e.action} <code>{e.action}</code>
                      </dd>
                    </div>
                    <div>
                      <dt>{t("technicalLabels.entity")}</dt>
                      <dd>
                        {entityLabel}{" "}
                        <Link
                          className="audit-table__id"
                          href={auditHref({ entityType: e.entityType, entityId: e.entityId })}
                        >
                          <code>{e.entityId}</code>
                        </Link>
                      </dd>
                    </div>
                    <div>
                      <dt>{t("technicalLabels.hash")}</dt>
                      <dd>
                        <code title={t("hashTitle")}>{e.hash}</code>
                      </dd>
                    </div>
                  </dl>
                  <p className="audit-technical__heading">{t("technicalLabels.data")}</p>
                  <EventData data={e.data} />
                </details>
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
