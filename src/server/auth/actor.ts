// The actor behind a request, re-read from the database: a session token may carry a role or an
// account that has since been changed or deactivated.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role, StaffRoleName } from "@/domain/roles";
import type { SessionActor } from "./session-actor";

export type StaffActor = {
  type: "staff";
  id: string;
  communeId: string;
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

export async function loadActor(db: PrismaClient, session: SessionActor): Promise<Actor | null> {
  if (session.type === "staff") {
    const staff = await db.staffUser.findFirst({
      where: { id: session.id, communeId: session.communeId, active: true },
      select: { id: true, communeId: true, role: true, neighbourhoodId: true, fullName: true },
    });
    return staff && { type: "staff", ...staff };
  }
  // Every resident request starts here: a prepared statement (statement-names.ts), not the ORM.
  const [household] = await db.$queryRaw<Omit<HouseholdActor, "type" | "role">[]>`/* hot */
    SELECT id, "communeId", "neighbourhoodId", code, "headName" FROM "Household"
     WHERE id = ${session.id} AND "communeId" = ${session.communeId} AND active`;
  return household ? { type: "household", role: "RESIDENT", ...household } : null;
}
