// The names an audit page's events speak of (src/domain/audit-sentence.ts): consultation titles,
// staff names and titles, household codes, neighbourhoods, records and themes — looked up for the
// whole page at once, in two rounds of batched queries, and only within the commune whose log it is.
// An id that points elsewhere, or at something gone, simply finds no name.
import type { PrismaClient } from "@/generated/prisma/client";
import type { TAuditNames } from "@/domain/audit-sentence";

export type TNamedEvent = {
  actorType: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  data: unknown;
};

type Data = Record<string, unknown>;
const dataOf = (e: TNamedEvent): Data =>
  e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Data) : {};
const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const entityIds = (events: TNamedEvent[], type: string) =>
  ids(events.map((e) => (e.entityType === type ? e.entityId : null)));

/** Each event's names, in the order given. */
export async function resolveAuditNames(
  db: PrismaClient,
  communeId: string,
  events: TNamedEvent[],
): Promise<TAuditNames[]> {
  if (!events.length) return [];
  const inCommune = { consultation: { communeId } };
  const staffIds = ids([
    ...events.map((e) => (e.actorType === "STAFF" ? e.actorId : null)),
    ...entityIds(events, "StaffUser"),
  ]);
  const householdIds = ids([
    ...events.map((e) => (e.actorType === "HOUSEHOLD" ? e.actorId : null)),
    ...entityIds(events, "Household"),
  ]);
  const householdCodes = ids(events.map((e) => str(dataOf(e).householdCode)));
  const recordIds = ids([...entityIds(events, "DecisionRecord"), ...events.map((e) => str(dataOf(e).recordId))]);

  const [staff, households, records, themes, meetings, rounds] = await Promise.all([
    db.staffUser.findMany({
      // The province's own staff act on a commune's chain too (locking an account): they belong to
      // the commune's province, not to the commune.
      where: {
        id: { in: staffIds },
        OR: [{ communeId }, { communeId: null, province: { communes: { some: { id: communeId } } } }],
      },
      select: { id: true, fullName: true, title: true, role: true, username: true },
    }),
    db.household.findMany({
      where: { communeId, OR: [{ id: { in: householdIds } }, { code: { in: householdCodes } }] },
      select: { id: true, code: true },
    }),
    db.decisionRecord.findMany({
      where: { communeId, id: { in: recordIds } },
      select: { id: true, title: true, consultationId: true },
    }),
    db.opinionTheme.findMany({
      where: { ...inCommune, id: { in: entityIds(events, "OpinionTheme") } },
      select: { id: true, title: true, consultationId: true },
    }),
    db.meetingRecord.findMany({
      where: { ...inCommune, id: { in: entityIds(events, "MeetingRecord") } },
      select: { id: true, consultationId: true, neighbourhoodId: true },
    }),
    db.ballotRound.findMany({
      where: { ...inCommune, id: { in: entityIds(events, "BallotRound") } },
      select: { id: true, consultationId: true, neighbourhoodId: true },
    }),
  ]);
  const staffById = byId(staff);
  const householdById = byId(households);
  const householdByCode = new Map(households.map((h) => [h.code, h]));
  const recordById = byId(records);
  const themeById = byId(themes);
  const placeById = byId([...meetings, ...rounds]);

  const record = (e: TNamedEvent) =>
    recordById.get(e.entityType === "DecisionRecord" ? e.entityId : (str(dataOf(e).recordId) ?? ""));
  const place = (e: TNamedEvent) =>
    e.entityType === "MeetingRecord" || e.entityType === "BallotRound" ? placeById.get(e.entityId) : undefined;
  const consultationIdOf = (e: TNamedEvent) =>
    str(dataOf(e).consultationId) ??
    (e.entityType === "Consultation" ? e.entityId : undefined) ??
    record(e)?.consultationId ??
    (e.entityType === "OpinionTheme" ? themeById.get(e.entityId)?.consultationId : undefined) ??
    place(e)?.consultationId;
  const neighbourhoodIdOf = (e: TNamedEvent) =>
    str(dataOf(e).neighbourhoodId) ??
    (e.entityType === "Neighbourhood" ? e.entityId : undefined) ??
    place(e)?.neighbourhoodId;

  const [consultations, neighbourhoods] = await Promise.all([
    db.consultation.findMany({
      where: { communeId, id: { in: ids(events.map(consultationIdOf)) } },
      select: { id: true, title: true },
    }),
    db.neighbourhood.findMany({
      where: { communeId, id: { in: ids(events.map(neighbourhoodIdOf)) } },
      select: { id: true, name: true },
    }),
  ]);
  const consultationById = byId(consultations);
  const neighbourhoodById = byId(neighbourhoods);

  return events.map((e) => {
    const d = dataOf(e);
    const actor = e.actorType === "STAFF" && e.actorId ? staffById.get(e.actorId) : undefined;
    const actorHousehold = e.actorType === "HOUSEHOLD" && e.actorId ? householdById.get(e.actorId) : undefined;
    const subject = e.entityType === "StaffUser" ? staffById.get(e.entityId) : undefined;
    const household =
      e.entityType === "Household"
        ? householdById.get(e.entityId)
        : (householdByCode.get(str(d.householdCode) ?? "") ?? actorHousehold);
    const consultation = consultationById.get(consultationIdOf(e) ?? "");
    const neighbourhood = neighbourhoodById.get(neighbourhoodIdOf(e) ?? "");
    const theme = e.entityType === "OpinionTheme" ? themeById.get(e.entityId) : undefined;
    const rec = record(e);
    const names: TAuditNames = {};
    if (actor) names.actor = { fullName: actor.fullName, title: actor.title, role: actor.role };
    if (actorHousehold) names.actorHouseholdCode = actorHousehold.code;
    if (subject)
      names.staff = {
        fullName: subject.fullName,
        title: subject.title,
        role: subject.role,
        username: subject.username,
      };
    if (consultation) names.consultation = consultation;
    if (household) names.household = { id: household.id, code: household.code };
    if (neighbourhood) names.neighbourhood = { name: neighbourhood.name };
    if (rec) names.record = { id: rec.id, title: rec.title };
    if (theme) names.theme = { title: theme.title };
    return names;
  });
}
