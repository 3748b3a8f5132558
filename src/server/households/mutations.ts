// Households: add one, edit and deactivate (administrators), audited. A household is never deleted:
// past rolls and responses refer to it. Adding or moving a household changes the commune's register
// only: a consultation's roll frozen at opening is the denominator of its rates (LDCCS Art 21 k1:
// "tổng số đại diện hộ gia đình"), so putting a household on it stays an amendment with a reason
// (../consultations/roll-amendments.ts).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ContactConsent } from "@/generated/prisma/enums";
import { checkHousehold, checkNewHousehold, type HouseholdIssue } from "@/domain/households";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError, refuseTaken, type FieldIssue } from "../errors";

type Db = PrismaClient | Prisma.TransactionClient;
type Fields = {
  headName: string;
  address: string;
  members: number;
  phone: string;
  email?: string;
  contactConsent?: string;
  neighbourhoodId: string;
};

/**
 * What the log keeps of a household's details: whether it has a phone and an e-mail, never the values
 * (audit/actions.ts: the log is read by roles without contact.read and is never erased), and its
 * answer about messages as given, which is what proves its consent or objection later.
 */
function loggedFields(h: {
  headName: string;
  address: string;
  members: number;
  phone: string | null;
  email: string | null;
  contactConsent: ContactConsent;
  neighbourhoodId: string;
}) {
  return {
    headName: h.headName,
    address: h.address,
    members: h.members,
    neighbourhoodId: h.neighbourhoodId,
    hasPhone: h.phone !== null,
    hasEmail: h.email !== null,
    contactConsent: h.contactConsent,
  };
}

const toFieldIssue = (i: HouseholdIssue): FieldIssue => ({
  field: i.field,
  key: `households.errors.${i.problem}`,
  params: { value: i.value },
});

async function neighbourhoodIssues(db: Db, actor: StaffActor, neighbourhoodId: string): Promise<FieldIssue[]> {
  const known = await db.neighbourhood.count({
    where: { id: neighbourhoodId, communeId: actor.communeId, active: true },
  });
  return known ? [] : [{ field: "neighbourhoodId", key: "households.errors.neighbourhoodUnknown" }];
}

async function codeIssues(db: Db, actor: StaffActor, code: string): Promise<FieldIssue[]> {
  const taken = await db.household.findFirst({
    where: { communeId: actor.communeId, code },
    select: { headName: true, active: true },
  });
  if (!taken) return [];
  // An inactive household of that code is reactivated, not added a second time.
  return [
    {
      field: "code",
      key: taken.active ? "households.errors.codeTaken" : "households.errors.codeTakenInactive",
      params: { code, headName: taken.headName },
    },
  ];
}

/** Open consultations covering the neighbourhood whose frozen roll does not hold the household. */
async function rollsWithout(db: Db, actor: StaffActor, householdId: string, neighbourhoodId: string) {
  return db.consultation.findMany({
    where: {
      communeId: actor.communeId,
      status: "OPEN",
      areas: { some: { neighbourhoodId } },
      rollEntries: { none: { householdId, removedAt: null } },
    },
    orderBy: { closesAt: "asc" },
    select: { id: true, title: true },
  });
}

// The register import's lock: a household added by hand never races an import applying the same code.
const lockRegister = (tx: Prisma.TransactionClient, communeId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`register-import:${communeId}`}))`;

export async function createHousehold(
  db: PrismaClient,
  actor: StaffActor,
  input: Fields & { code: string },
  now: Date,
) {
  const { value, issues } = checkNewHousehold(input);
  const fieldIssues = issues.map(toFieldIssue);
  const codeOk = !issues.some((i) => i.field === "code");
  fieldIssues.push(
    ...(codeOk ? await codeIssues(db, actor, value.code) : []),
    ...(await neighbourhoodIssues(db, actor, input.neighbourhoodId)),
  );
  if (fieldIssues.length) throw AppError.invalid(sortByField(fieldIssues));
  return refuseTaken(
    () =>
      db.$transaction(async (tx) => {
        await lockRegister(tx, actor.communeId);
        // Checked again under the lock: an import or another administrator may have just added it.
        const late = [
          ...(await codeIssues(tx, actor, value.code)),
          ...(await neighbourhoodIssues(tx, actor, input.neighbourhoodId)),
        ];
        if (late.length) throw AppError.invalid(late);
        const h = await tx.household.create({
          data: {
            communeId: actor.communeId,
            neighbourhoodId: input.neighbourhoodId,
            ...value,
            active: true,
            createdAt: now,
            updatedAt: now,
          },
          select: {
            id: true,
            code: true,
            headName: true,
            address: true,
            members: true,
            phone: true,
            email: true,
            contactConsent: true,
            neighbourhoodId: true,
          },
        });
        await appendStaffAudit(tx, actor, {
          action: "household.created",
          entityType: "Household",
          entityId: h.id,
          data: { code: h.code, ...loggedFields(h) },
          now,
        });
        return { id: h.id, code: h.code, rollsWithout: await rollsWithout(tx, actor, h.id, input.neighbourhoodId) };
      }),
    () => codeIssues(db, actor, value.code),
  );
}

const FIELD_ORDER = ["code", "headName", "address", "members", "phone", "email", "contactConsent", "neighbourhoodId"];
const sortByField = (issues: FieldIssue[]) =>
  [...issues].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));

/**
 * The code is not edited: it is printed on the household's PIN slip, copied onto every roll and
 * record it is on, and it is what the register import matches a row by.
 */
export async function updateHousehold(db: PrismaClient, actor: StaffActor, input: Fields & { id: string }, now: Date) {
  const h = await db.household.findFirst({ where: { id: input.id, communeId: actor.communeId } });
  if (!h) throw AppError.notFound("household");
  const { value, issues } = checkHousehold(input);
  const fieldIssues = [...issues.map(toFieldIssue), ...(await neighbourhoodIssues(db, actor, input.neighbourhoodId))];
  if (fieldIssues.length) throw AppError.invalid(sortByField(fieldIssues));
  const data = { ...value, neighbourhoodId: input.neighbourhoodId };
  return db.$transaction(async (tx) => {
    await lockRegister(tx, actor.communeId);
    const after = await tx.household.update({ where: { id: h.id }, data: { ...data, updatedAt: now } });
    const contactsChanged = (["phone", "email"] as const).filter((f) => h[f] !== after[f]);
    await appendStaffAudit(tx, actor, {
      action: "household.updated",
      entityType: "Household",
      entityId: h.id,
      data: {
        code: h.code,
        before: loggedFields(h),
        after: loggedFields(after),
        ...(contactsChanged.length ? { contactsChanged: [...contactsChanged] } : {}),
      },
      now,
    });
    return {
      id: h.id,
      code: h.code,
      rollsWithout: h.active ? await rollsWithout(tx, actor, h.id, input.neighbourhoodId) : [],
    };
  });
}

export async function setHouseholdActive(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; active: boolean; reason: string },
  now: Date,
) {
  const reason = input.reason.normalize("NFC").trim();
  if (!reason) throw AppError.invalid([{ field: "reason", key: "plan.reasonRequired" }]);
  const h = await db.household.findFirst({ where: { id: input.id, communeId: actor.communeId } });
  if (!h) throw AppError.notFound("household");
  if (h.active === input.active) return { id: h.id, active: h.active };
  return db.$transaction(async (tx) => {
    // Deactivating ends the household's sessions for good: reactivating it later does not bring
    // back a session signed in before (session-actor.ts).
    await tx.household.update({
      where: { id: h.id },
      data: { active: input.active, updatedAt: now, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    await appendStaffAudit(tx, actor, {
      action: input.active ? "household.updated" : "household.deactivated",
      entityType: "Household",
      entityId: h.id,
      data: { code: h.code, active: input.active, reason },
      now,
    });
    return { id: h.id, active: input.active };
  });
}
