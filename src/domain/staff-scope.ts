// What part of the commune a staff member's figures cover. A Trưởng thôn / Tổ trưởng tổ dân phố
// works for their own thôn or tổ (LDCCS Art 19 k1: the head sends the ballots to the households of
// their thôn, tổ dân phố), so their home counts that neighbourhood's households and consultations;
// everyone else reads the commune as a whole.
import type { StaffRoleName } from "./roles";

export type StaffScope = { kind: "commune" } | { kind: "neighbourhood"; neighbourhoodId: string | null };

/** A head without a neighbourhood (not assigned yet) is scoped to none, never widened to the commune. */
export function staffScope(role: StaffRoleName, neighbourhoodId: string | null): StaffScope {
  if (role === "NEIGHBOURHOOD_HEAD") return { kind: "neighbourhood", neighbourhoodId };
  return { kind: "commune" };
}
