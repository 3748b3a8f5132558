// The life of a consultation as a state machine. Each action names the states it leaves from, the
// state it leads to, the roles that may take it and whether a reason is required. Opening and closing
// also happen by themselves at the scheduled times (see dueTransition), so no scheduler is needed.
import type { ConsultationStatusName } from "./consultation-status";
import type { Role } from "./roles";

export const LIFECYCLE_ACTIONS = [
  "submit",
  "withdraw",
  "approve",
  "return",
  "unpublish",
  "open",
  "close",
  "publishResults",
  "cancel",
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

type Transition = {
  from: readonly ConsultationStatusName[];
  to: ConsultationStatusName;
  roles: readonly Role[];
  needsReason: boolean;
};

/** Cancelling: an official may drop their own draft or submission; once public, only a leader may. */
const CANCEL_BY_ROLE: Partial<Record<Role, readonly ConsultationStatusName[]>> = {
  OFFICIAL: ["DRAFT", "SUBMITTED"],
  LEADER: ["DRAFT", "SUBMITTED", "PUBLISHED", "OPEN"],
};

export const TRANSITIONS: Record<Exclude<LifecycleAction, "cancel">, Transition> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", roles: ["OFFICIAL"], needsReason: false },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", roles: ["OFFICIAL"], needsReason: false },
  approve: { from: ["SUBMITTED"], to: "PUBLISHED", roles: ["LEADER"], needsReason: false },
  return: { from: ["SUBMITTED"], to: "DRAFT", roles: ["LEADER"], needsReason: true },
  // A wrong publication date must not trap anyone: before opening, the leader who approved it can
  // take the approval back (with a reason, audited) and the official corrects the plan, which the
  // Art 28 k2 period is checked against again at the next approval.
  unpublish: { from: ["PUBLISHED"], to: "DRAFT", roles: ["LEADER"], needsReason: true },
  open: { from: ["PUBLISHED"], to: "OPEN", roles: ["OFFICIAL"], needsReason: true },
  close: { from: ["OPEN"], to: "CLOSED", roles: ["OFFICIAL"], needsReason: true },
  // Art 28 k3: the result and the explanations are made public, by a leader; the server also checks
  // that every opinion has an approved response (src/domain/themes.ts).
  publishResults: {
    from: ["CLOSED", "TALLIED", "RECORDED"],
    to: "RESULTS_PUBLISHED",
    roles: ["LEADER"],
    needsReason: false,
  },
};

/** Whether taking the action needs a reason written down: cancelling always does. */
export function needsReason(action: LifecycleAction): boolean {
  return action === "cancel" || TRANSITIONS[action].needsReason;
}

export type TransitionVerdict =
  { ok: true; to: ConsultationStatusName } | { ok: false; reason: "forbidden" | "wrongState" | "reasonRequired" };

export function decideTransition(input: {
  action: LifecycleAction;
  from: ConsultationStatusName;
  role: Role;
  reason?: string | null;
}): TransitionVerdict {
  const hasReason = (input.reason ?? "").trim().length > 0;
  if (input.action === "cancel") {
    const allowedFrom = CANCEL_BY_ROLE[input.role];
    if (!allowedFrom) return { ok: false, reason: "forbidden" };
    if (!allowedFrom.includes(input.from)) {
      const anyone = Object.values(CANCEL_BY_ROLE).some((states) => states?.includes(input.from));
      return { ok: false, reason: anyone ? "forbidden" : "wrongState" };
    }
    if (!hasReason) return { ok: false, reason: "reasonRequired" };
    return { ok: true, to: "CANCELLED" };
  }
  const t = TRANSITIONS[input.action];
  if (!t.roles.includes(input.role)) return { ok: false, reason: "forbidden" };
  if (!t.from.includes(input.from)) return { ok: false, reason: "wrongState" };
  if (needsReason(input.action) && !hasReason) return { ok: false, reason: "reasonRequired" };
  return { ok: true, to: t.to };
}

/** The actions a role can take from a state (the detail page shows these buttons). */
export function availableActions(from: ConsultationStatusName, role: Role): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => {
    const v = decideTransition({ action, from, role, reason: "x" });
    return v.ok;
  });
}

/**
 * The earliest moment an offered action can succeed, when that is still ahead: opening waits for the
 * publication (nothing opens unpublished), closing by hand waits for the matter's minimum period from
 * publication (Art 28 k2 Law on Grassroots Democracy: 20 days for opinion matters; docs/LAW.md). The
 * page shows such an action disabled with this date instead of letting it fail after a reason is typed.
 */
export function actionNotBefore(
  action: LifecycleAction,
  c: { publishedAt: Date | null; minDaysFromPublication?: number | null },
  now: Date,
): Date | null {
  let at: Date | null = null;
  if (action === "open") at = c.publishedAt;
  if (action === "close" && c.publishedAt && c.minDaysFromPublication)
    at = new Date(c.publishedAt.getTime() + c.minDaysFromPublication * 24 * 60 * 60 * 1000);
  return at && at > now ? at : null;
}

/** Scheduled opening and closing, derived from the server clock. */
export function dueTransition(c: {
  status: ConsultationStatusName;
  opensAt: Date | null;
  closesAt: Date | null;
  now: Date;
}): "open" | "close" | null {
  if (c.status === "PUBLISHED" && c.opensAt && c.opensAt <= c.now) return "open";
  if (c.status === "OPEN" && c.closesAt && c.closesAt <= c.now) return "close";
  return null;
}

/** Once closed (or cancelled) a consultation's content never changes. */
export function isEditable(status: ConsultationStatusName): boolean {
  return status === "DRAFT";
}
