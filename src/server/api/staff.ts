import type { Actor, StaffActor } from "../auth/actor";
import { AppError } from "../errors";

/** Staff-only procedures: the permission matrix already keeps residents out; this narrows the type. */
export function asStaff(actor: Actor): StaffActor {
  if (actor.type !== "staff") throw new AppError("FORBIDDEN", "forbidden");
  return actor;
}
