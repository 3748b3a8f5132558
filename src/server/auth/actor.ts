// The actor behind a request, re-read from the database: a session token may carry a role or an
// account that has since been changed or deactivated. A token whose sessionVersion is no longer the
// account's (a PIN reissued, a password reset, a role changed, an account deactivated since it was
// signed) gives no actor: that session has ended (session-actor.ts).
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { isProvinceRole, type Role, type StaffRoleName } from "@/domain/roles";
import type { SessionActor } from "./session-actor";

export type StaffActor = {
  type: "staff";
  id: string;
  /**
   * The commune this actor acts in. For a province's staff, the commune of their province they
   * chose to read, or "" while they have chosen none: then every commune-scoped procedure is
   * refused before it runs (api/trpc.ts), so "" never reaches a query.
   */
  communeId: string;
  /** Set for a province's staff only. */
  provinceId: string | null;
  role: StaffRoleName;
  neighbourhoodId: string | null;
  fullName: string;
};
export type HouseholdActor = {
  type: "household";
  id: string;
  communeId: string;
  role: Extract<Role, "RESIDENT">;
  neighbourhoodId: string;
  code: string;
  headName: string;
};
export type Actor = StaffActor | HouseholdActor;

const STAFF_SELECT = {
  id: true,
  communeId: true,
  provinceId: true,
  role: true,
  neighbourhoodId: true,
  fullName: true,
} as const;

/**
 * `viewCommuneId`: for a province's staff, the commune they chose to read (a cookie of the console);
 * it counts only if that commune is in their own province.
 */
export async function loadActor(
  db: PrismaClient,
  session: SessionActor,
  viewCommuneId?: string | null,
): Promise<Actor | null> {
  if ("provinceId" in session) {
    const staff = await db.staffUser.findFirst({
      where: {
        id: session.id,
        provinceId: session.provinceId,
        communeId: null,
        active: true,
        sessionVersion: session.sessionVersion,
      },
      select: STAFF_SELECT,
    });
    if (!staff || !isProvinceRole(staff.role)) return null;
    const viewed = viewCommuneId
      ? await db.commune.findFirst({
          where: { id: viewCommuneId, provinceId: session.provinceId },
          select: { id: true },
        })
      : null;
    return { type: "staff", ...staff, communeId: viewed?.id ?? "" };
  }
  if (session.type === "staff") {
    const staff = await db.staffUser.findFirst({
      where: { id: session.id, communeId: session.communeId, active: true, sessionVersion: session.sessionVersion },
      select: STAFF_SELECT,
    });
    if (!staff || isProvinceRole(staff.role)) return null;
    return { type: "staff", ...staff, communeId: session.communeId };
  }
  // Every resident request starts here: a prepared statement (statement-names.ts), not the ORM.
  const [household] = await db.$queryRaw<Omit<HouseholdActor, "type" | "role">[]>(
    Prisma.sql`/* hot */ ${householdOfSession(session)}`,
  );
  return household ? { type: "household", role: "RESIDENT", ...household } : null;
}

/**
 * The household a household session names, while it holds: the account active, in the session's
 * commune, with the session's version. One query, for loadActor and for the resident consultation
 * view, which reads it in the same statement as the rest (responses/resident-data.ts).
 */
export function householdOfSession(session: { id: string; communeId: string; sessionVersion: number }) {
  return Prisma.sql`SELECT id, "communeId", "neighbourhoodId", code, "headName" FROM "Household"
     WHERE id = ${session.id} AND "communeId" = ${session.communeId} AND active AND "sessionVersion" = ${session.sessionVersion}`;
}
