// The audit page is driven by its query string (a plain GET form): read it into a valid filter,
// and say which fields were not understood so the form can show it next to them.
import { AUDIT_ACTIONS, type AuditAction } from "@/server/audit/actions";
import type { TAuditFilter } from "@/server/audit/data";
import { firstValue, listHref } from "@/components/console/list-query";

/** Entity types the server writes; the list's labels live in messages under auditLog.entity. */
export const ENTITY_TYPES = [
  "Commune",
  "StaffUser",
  "Household",
  "Neighbourhood",
  "Consultation",
  "Document",
  "DisclosurePosting",
  "Response",
  "SuggestionOpinion",
  "MeetingRecord",
  "BallotRound",
  "OpinionTheme",
  "DecisionRecord",
] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];

type GroupOf<A> = A extends `${infer G}.${string}` ? G : never;
export type ActionGroup = GroupOf<AuditAction>;

/** Actions by their feature ("record.finalised" → record), in the order actions.ts lists them. */
export function groupActions(): [ActionGroup, AuditAction[]][] {
  const groups = new Map<ActionGroup, AuditAction[]>();
  for (const a of AUDIT_ACTIONS) {
    const g = a.slice(0, a.indexOf(".")) as ActionGroup;
    groups.set(g, [...(groups.get(g) ?? []), a]);
  }
  return [...groups];
}

export const isAuditAction = (v: string): v is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(v);
export const isEntityType = (v: string): v is EntityTypeName => (ENTITY_TYPES as readonly string[]).includes(v);

export type AuditSearchParams = Record<
  "action" | "entityType" | "entityId" | "actor" | "from" | "to" | "consultationId" | "beforeSeq",
  string | string[] | undefined
>;

export type AuditFilter = TAuditFilter;
export type AuditFieldError = "date" | "range" | "entityId";

function isDay(v: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

export function readAuditSearch(params: Partial<AuditSearchParams>) {
  const raw = {
    action: firstValue(params.action),
    entityType: firstValue(params.entityType),
    entityId: firstValue(params.entityId),
    actor: firstValue(params.actor).slice(0, 100),
    from: firstValue(params.from),
    to: firstValue(params.to),
    consultationId: firstValue(params.consultationId),
  };
  const errors: Partial<Record<"from" | "to" | "entityId", AuditFieldError>> = {};
  const filter: AuditFilter = {};
  if (isAuditAction(raw.action)) filter.action = raw.action;
  if (/^[A-Za-z][A-Za-z0-9]{0,39}$/.test(raw.entityType)) filter.entityType = raw.entityType;
  if (raw.entityId.length > 64) errors.entityId = "entityId";
  else if (raw.entityId) filter.entityId = raw.entityId;
  if (raw.actor) filter.actor = raw.actor;
  // An id of no consultation of the commune is still a filter: the server finds nothing for it.
  if (raw.consultationId && raw.consultationId.length <= 64 && !raw.consultationId.includes("\u0000"))
    filter.consultationId = raw.consultationId;
  for (const key of ["from", "to"] as const) {
    if (!raw[key]) continue;
    if (isDay(raw[key])) filter[key] = raw[key];
    else errors[key] = "date";
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = "range";
    delete filter.to;
  }
  const seq = Number(firstValue(params.beforeSeq));
  const beforeSeq = Number.isSafeInteger(seq) && seq > 0 ? seq : undefined;
  return { raw, filter, errors, beforeSeq };
}

/** The export of what the filter shows (src/app/api/audit/export). */
export function auditExportHref(filter: AuditFilter) {
  return listHref("/api/audit/export", { ...filter });
}

/** The page's own URL for this filter, optionally from an older point. */
export function auditHref(filter: AuditFilter, beforeSeq?: number) {
  return listHref("/console/audit", { ...filter, beforeSeq: beforeSeq ? String(beforeSeq) : undefined });
}
