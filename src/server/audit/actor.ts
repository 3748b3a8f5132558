import type { StaffActor } from "../auth/actor";
import type { AuditActor } from "./append";

export function staffAuditActor(actor: StaffActor): AuditActor {
  return { type: "STAFF", id: actor.id, label: actor.fullName };
}

export const SYSTEM_CLOCK: AuditActor = { type: "SYSTEM", label: "Hệ thống (theo lịch)" };
