// The contact list: households with their phone, e-mail and answer about messages, for the staff
// who tell households about a consultation (docs/LAW.md#r17, notices to households through the
// neighbourhood; LDCCS Art 13). The outbox takes its recipients, and its list to phone or visit,
// from here. Contacts are personal data (Law 91/2025/QH15 on personal data protection; Decree
// 13/2023/ND-CP): only contact.read holders get them, a head only for their own neighbourhood, and
// the list is written in the audit log in the same transaction that reads it — how many households
// and for what, never the numbers.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ContactConsent } from "@/generated/prisma/enums";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { scopedNeighbourhood } from "../auth/staff-scope";
import { AppError } from "../errors";
import { mayReadContacts } from "./data";

export type ContactRow = {
  id: string;
  code: string;
  headName: string;
  address: string;
  neighbourhood: { id: string; name: string };
  phone: string | null;
  email: string | null;
  /**
   * OPTED_OUT: the household objected and is sent nothing (it is phoned or visited from the printed
   * list instead); UNKNOWN: not asked, sent as the authority's notice, the household may object.
   */
  consent: ContactConsent;
};

/**
 * Active households of the commune (a neighbourhood's when asked, always a head's own), or those of
 * a consultation: its roll once frozen, before that the households of its areas. Ordered by
 * neighbourhood, then code, as a list is walked.
 */
export async function listContacts(
  db: PrismaClient,
  actor: StaffActor,
  input: { neighbourhoodId?: string; consultationId?: string } = {},
  now: Date = new Date(),
): Promise<{ households: ContactRow[] }> {
  if (!mayReadContacts(actor)) throw new AppError("FORBIDDEN", "forbidden");
  const neighbourhoodId = scopedNeighbourhood(actor, input.neighbourhoodId);
  return db.$transaction(async (tx) => {
    const where = await scope(tx, actor, neighbourhoodId, input.consultationId);
    const rows = await tx.household.findMany({
      where,
      orderBy: [{ neighbourhood: { code: "asc" } }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        headName: true,
        address: true,
        phone: true,
        email: true,
        contactConsent: true,
        neighbourhood: { select: { id: true, name: true } },
      },
    });
    await appendStaffAudit(tx, actor, {
      action: "contacts.viewed",
      entityType: input.consultationId ? "Consultation" : neighbourhoodId ? "Neighbourhood" : "Commune",
      entityId: input.consultationId ?? neighbourhoodId ?? actor.communeId,
      data: {
        view: "contactList",
        households: rows.length,
        phones: rows.filter((r) => r.phone !== null).length,
        emails: rows.filter((r) => r.email !== null).length,
        ...(neighbourhoodId ? { neighbourhoodId } : {}),
        ...(input.consultationId ? { consultationId: input.consultationId } : {}),
      },
      now,
    });
    return {
      households: rows.map(({ contactConsent, ...r }) => ({ ...r, consent: contactConsent })),
    };
  });
}

async function scope(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  neighbourhoodId: string | undefined,
  consultationId: string | undefined,
): Promise<Prisma.HouseholdWhereInput> {
  const base: Prisma.HouseholdWhereInput = {
    communeId: actor.communeId,
    ...(neighbourhoodId ? { neighbourhoodId } : {}),
  };
  if (!consultationId) return { ...base, active: true };
  const consultation = await tx.consultation.findFirst({
    where: { id: consultationId, communeId: actor.communeId },
    select: { id: true, _count: { select: { rollEntries: true } } },
  });
  if (!consultation) throw AppError.notFound("consultation");
  // The roll frozen at opening is who the consultation asks (LDCCS Art 21 k1); before it, its areas.
  return consultation._count.rollEntries > 0
    ? { ...base, rollEntries: { some: { consultationId, removedAt: null } } }
    : { ...base, active: true, neighbourhood: { areas: { some: { consultationId } } } };
}
