// The audit log as an XLSX workbook: what the page's filter shows, newest first, each event as the
// sentence the page reads (src/domain/audit-sentence.ts) beside its codes, so oversight can file it
// or work on it without the app. A title block names the commune and the filter; dates are dates.
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/generated/prisma/client";
import { describeAuditEvent, formatAuditSentence, type TTranslate } from "@/domain/audit-sentence";
import { vietnamDate } from "@/domain/records";
import { TIME_ZONE, type Locale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { AppError } from "../errors";
import { listAuditEvents, type TAuditFilter } from "./data";
import { AUDIT_EXPORT_MAX } from "./schema";

const PAGE_SIZE = 500;
const HEADER_ROW = 4;
const VN_OFFSET_MS = 7 * 3600_000;
/** Excel has no time zones: write Vietnam wall-clock time. */
const wall = (d: Date) => new Date(d.getTime() + VN_OFFSET_MS);
const FILTER_ORDER = ["consultationId", "action", "entityType", "entityId", "actor", "from", "to"] as const;
const FILTER_LABEL = {
  consultationId: "consultation",
  action: "action",
  entityType: "entityType",
  entityId: "entityId",
  actor: "actor",
  from: "from",
  to: "to",
} as const;

/** The page's clock words ("14:05", "02/12/2026" in Vietnamese), in Vietnam time whatever the server's zone. */
function clock(locale: Locale) {
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  return (d: Date) => ({ time: time.format(d), day: day.format(d) });
}

/** "2026-12-03" → "03/12/2026". */
const dayLabel = (iso: string) => iso.split("-").reverse().join("/");

/** Every event the filter matches, newest first, up to the cap; `capped` when older ones were left out. */
async function collectEvents(db: PrismaClient, communeId: string, filter: TAuditFilter) {
  const events: Awaited<ReturnType<typeof listAuditEvents>>["events"] = [];
  let beforeSeq: number | undefined;
  for (;;) {
    const page = await listAuditEvents(db, communeId, {
      ...filter,
      limit: Math.min(PAGE_SIZE, AUDIT_EXPORT_MAX - events.length),
      beforeSeq,
    });
    events.push(...page.events);
    if (page.nextBeforeSeq === null) return { events, capped: false };
    if (events.length >= AUDIT_EXPORT_MAX) return { events, capped: true };
    beforeSeq = page.nextBeforeSeq;
  }
}

export async function buildAuditWorkbook(
  db: PrismaClient,
  communeId: string,
  filter: TAuditFilter,
  now: Date,
  locale: Locale = "vi",
): Promise<{ body: Buffer; fileName: string }> {
  const commune = await db.commune.findUnique({
    where: { id: communeId },
    select: { name: true, kind: true, slug: true },
  });
  if (!commune) throw AppError.notFound("commune");
  const t = getTranslator(locale);
  const L = (key: string, values?: Record<string, string | number>) => t(`auditLog.${key}` as never, values as never);
  const say: TTranslate = L;
  const at = clock(locale);
  const { events, capped } = await collectEvents(db, communeId, filter);

  const kind = t(`communeKind.${commune.kind}` as never);
  const communeName = locale === "vi" ? `${kind} ${commune.name}` : `${commune.name} ${kind}`;
  const consultationTitle = filter.consultationId
    ? ((
        await db.consultation.findFirst({
          where: { id: filter.consultationId, communeId },
          select: { title: true },
        })
      )?.title ?? L("filters.unknownConsultation"))
    : undefined;
  const filterValue = (key: (typeof FILTER_ORDER)[number], value: string) => {
    if (key === "consultationId") return `«${consultationTitle}»`;
    if (key === "action") return L(`action.${value}`);
    if (key === "entityType") return t.has(`auditLog.entity.${value}` as never) ? L(`entity.${value}`) : value;
    if (key === "from" || key === "to") return dayLabel(value);
    return value;
  };
  const parts = FILTER_ORDER.filter((k) => filter[k]).map((k) =>
    L("export.filterPart", { label: L(`filters.${FILTER_LABEL[k]}`), value: filterValue(k, filter[k]!) }),
  );

  const wb = new ExcelJS.Workbook();
  wb.creator = "Ý Dân";
  wb.created = now;
  const ws = wb.addWorksheet(L("export.sheet"), { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  const header = ["time", "actor", "role", "sentence", "entity", "action", "seq", "hash"].map((c) =>
    L(`export.columns.${c}`),
  );
  ws.columns = [
    { width: 17, style: { numFmt: "dd/mm/yyyy hh:mm" } },
    { width: 26 },
    { width: 24 },
    { width: 80, style: { alignment: { wrapText: true, vertical: "top" } } },
    { width: 30 },
    { width: 26 },
    { width: 12, style: { numFmt: "0" } },
    { width: 66 },
  ];
  const generated = at(now);
  ws.addRow([L("export.title", { commune: communeName })]).font = { bold: true, size: 14 };
  ws.addRow([parts.length ? L("export.filter", { filter: parts.join("; ") }) : L("export.noFilter")]);
  ws.addRow([
    [
      L("export.generated", { ...generated, count: events.length }),
      capped ? L("export.capped", { max: AUDIT_EXPORT_MAX }) : "",
    ]
      .filter(Boolean)
      .join(" "),
  ]);
  for (let r = 1; r < HEADER_ROW; r++) {
    ws.mergeCells(r, 1, r, header.length);
    ws.getRow(r).alignment = { wrapText: false, vertical: "middle" };
  }
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: header.length } };

  for (const e of events) {
    const staff = e.names.actor;
    const role =
      e.actorType === "STAFF"
        ? (staff?.title ?? L("export.role", { role: staff?.role ?? "other" }))
        : L(`actorType.${e.actorType === "HOUSEHOLD" ? "HOUSEHOLD" : "SYSTEM"}`);
    const entityType = t.has(`auditLog.entity.${e.entityType}` as never) ? L(`entity.${e.entityType}`) : e.entityType;
    ws.addRow([
      wall(e.createdAt),
      staff?.fullName ?? e.actorLabel,
      role,
      formatAuditSentence(say, describeAuditEvent(e, e.names), at(e.createdAt)),
      L("export.entity", { type: entityType, id: e.entityId }),
      e.action,
      e.seq,
      e.hash,
    ]);
  }

  const { year, month, day } = vietnamDate(now);
  const ymd = `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: `nhat-ky-he-thong-${commune.slug}-${ymd}.xlsx`,
  };
}
