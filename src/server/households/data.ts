// Households: search and view (staff; a head only their own neighbourhood). A household's phone and
// e-mail are personal data (Law 91/2025/QH15 on personal data protection): they leave the server
// only for staff holding contact.read (heads for their own neighbourhood, which is already all they
// reach), and every page that shows them is written in the audit log, in the same transaction as
// the read, so no contact is ever shown without its trace. Everyone else learns only whether a
// household has a phone or an e-mail.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ContactConsent } from "@/generated/prisma/enums";
import { can } from "@/domain/roles";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { scopedNeighbourhood } from "../auth/staff-scope";
import { AppError } from "../errors";

/** A household as lists and its page show it; the contacts are read here and filtered by `withContact`. */
const HOUSEHOLD_ROW = {
  id: true,
  code: true,
  headName: true,
  address: true,
  members: true,
  phone: true,
  email: true,
  contactConsent: true,
  active: true,
  neighbourhood: { select: { id: true, name: true } },
} as const satisfies Prisma.HouseholdSelect;

type Contacts = { phone: string | null; email: string | null; contactConsent: ContactConsent };
/** What a reader of the household sees of its contacts: the values only with contact.read. */
export type ContactView = { phone: string | null; email: string | null; consent: ContactConsent } | null;

export const mayReadContacts = (actor: StaffActor) => can(actor.role, "contact.read");

/**
 * The row without its contact columns, with `hasPhone`/`hasEmail` and, for a permitted reader,
 * `contact`. Built field by field so no contact value rides along in a spread.
 */
export function withContact<T extends Contacts>(h: T, shown: boolean) {
  const { phone, email, contactConsent, ...rest } = h;
  const contact: ContactView = shown ? { phone, email, consent: contactConsent } : null;
  return { ...rest, hasPhone: phone !== null, hasEmail: email !== null, contact };
}

const counted = (rows: readonly Contacts[]) => ({
  phones: rows.filter((r) => r.phone !== null).length,
  emails: rows.filter((r) => r.email !== null).length,
});

export async function searchHouseholds(
  db: PrismaClient,
  actor: StaffActor,
  input: { q?: string; neighbourhoodId?: string; active?: boolean; offset: number; limit: number },
  now: Date = new Date(),
) {
  const q = (input.q ?? "").normalize("NFC").trim();
  const neighbourhoodId = scopedNeighbourhood(actor, input.neighbourhoodId);
  const where: Prisma.HouseholdWhereInput = {
    communeId: actor.communeId,
    ...(neighbourhoodId ? { neighbourhoodId } : {}),
    ...(input.active === undefined ? {} : { active: input.active }),
    ...(q
      ? {
          OR: [
            { code: { startsWith: q.toUpperCase() } },
            { headName: { contains: q, mode: "insensitive" } },
            { address: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const read = (tx: Prisma.TransactionClient | PrismaClient) =>
    Promise.all([
      tx.household.count({ where }),
      tx.household.findMany({
        where,
        orderBy: { code: "asc" },
        skip: input.offset,
        take: input.limit,
        select: HOUSEHOLD_ROW,
      }),
    ]);
  const shown = mayReadContacts(actor);
  if (!shown) {
    const [total, items] = await read(db);
    return { total, items: items.map((h) => withContact(h, false)), contactsShown: false };
  }
  return db.$transaction(async (tx) => {
    const [total, items] = await read(tx);
    const { phones, emails } = counted(items);
    // A page with no phone and no e-mail on it showed no contact: nothing to account for.
    if (phones + emails > 0)
      await appendStaffAudit(tx, actor, {
        action: "contacts.viewed",
        entityType: neighbourhoodId ? "Neighbourhood" : "Commune",
        entityId: neighbourhoodId ?? actor.communeId,
        data: {
          view: "list",
          households: items.length,
          phones,
          emails,
          ...(neighbourhoodId ? { neighbourhoodId } : {}),
          ...(q ? { q } : {}),
          ...(input.active === undefined ? {} : { active: input.active }),
          offset: input.offset,
        },
        now,
      });
    return { total, items: items.map((h) => withContact(h, true)), contactsShown: true };
  });
}

/**
 * One household's page. Its contacts are a view like the list's and audited the same way: one
 * household's number is as personal as fifty, and pages opened one by one would otherwise copy the
 * register's numbers without a trace.
 */
export async function getHousehold(db: PrismaClient, actor: StaffActor, id: string, now: Date = new Date()) {
  const neighbourhoodId = scopedNeighbourhood(actor);
  const read = (tx: Prisma.TransactionClient | PrismaClient) =>
    tx.household.findFirst({
      where: { id, communeId: actor.communeId, ...(neighbourhoodId ? { neighbourhoodId } : {}) },
      select: {
        ...HOUSEHOLD_ROW,
        createdAt: true,
        updatedAt: true,
        rollEntries: {
          orderBy: { addedAt: "desc" },
          take: 20,
          select: { consultationId: true, removedAt: true, consultation: { select: { title: true, status: true } } },
        },
        _count: { select: { credentials: { where: { revokedAt: null } } } },
      },
    });
  const shown = mayReadContacts(actor);
  const h = shown
    ? await db.$transaction(async (tx) => {
        const found = await read(tx);
        if (found && (found.phone !== null || found.email !== null))
          await appendStaffAudit(tx, actor, {
            action: "contacts.viewed",
            entityType: "Household",
            entityId: found.id,
            data: {
              view: "household",
              households: 1,
              ...counted([found]),
              householdCode: found.code,
              neighbourhoodId: found.neighbourhood.id,
            },
            now,
          });
        return found;
      })
    : await read(db);
  if (!h) throw AppError.notFound("household");
  return withContact(h, shown);
}
