// The life of a consultation as a state machine. Each action names the states it leaves from, the
// state it leads to, the roles that may take it and whether a reason is required. Opening and closing
// also happen by themselves at the scheduled times (see dueTransition), so no scheduler is needed.
import { DAY_MS, validateSchedule, type PlanIssue, type PlanSchedule } from "./consultation-plan";
import type { ConsultationStatusName } from "./consultation-status";
import { MATTER_PRESETS } from "./matters";
import type { Role } from "./roles";

export const LIFECYCLE_ACTIONS = [
  "submit",
  "withdraw",
  "approve",
  "return",
  "unpublish",
  "publishNow",
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
  // An approval with a publication date ahead can be brought forward to now by a leader; the status
  // stays, only the publication moves (see decidePublishNow for the dates).
  publishNow: { from: ["PUBLISHED"], to: "PUBLISHED", roles: ["LEADER"], needsReason: false },
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

/**
 * The schedule once published at `at`: an opening planned before it moves to it (nothing opens
 * unpublished). Approval publishes at the planned date or now if later; "publish now" at now.
 */
export function scheduleAtPublication<S extends PlanSchedule>(s: S, at: Date): S {
  return { ...s, publishAt: at, opensAt: s.opensAt && s.opensAt > at ? s.opensAt : at };
}

/** What the law's periods say about publishing at `at`: the plan's own checks, on the moved schedule. */
export function publicationIssues(s: PlanSchedule, at: Date): PlanIssue[] {
  return validateSchedule(scheduleAtPublication(s, at), { complete: true });
}

export type PublishNowVerdict =
  | { ok: true; publishedAt: Date; opensAt: Date }
  | { ok: false; reason: "forbidden" | "wrongState" | "alreadyPublished" }
  | { ok: false; reason: "tooLate"; issues: PlanIssue[] };

/**
 * "Publish now": a leader brings an approved publication that is still ahead forward to `now`. Allowed
 * only while every period from publication still holds when counted from now: closesAt − now at
 * least the matter's minimum (Art 28 k2 Law on Grassroots Democracy: 20 days), and the posting
 * before a meeting — the same checks an approval makes (publicationIssues).
 */
export function decidePublishNow(input: {
  role: Role;
  status: ConsultationStatusName;
  publishedAt: Date | null;
  schedule: PlanSchedule;
  now: Date;
}): PublishNowVerdict {
  const move = decideTransition({ action: "publishNow", from: input.status, role: input.role });
  if (!move.ok) return { ok: false, reason: move.reason === "forbidden" ? "forbidden" : "wrongState" };
  if (!input.publishedAt || input.publishedAt <= input.now) return { ok: false, reason: "alreadyPublished" };
  const issues = publicationIssues(input.schedule, input.now);
  if (issues.length) return { ok: false, reason: "tooLate", issues };
  const moved = scheduleAtPublication(input.schedule, input.now);
  return { ok: true, publishedAt: input.now, opensAt: moved.opensAt ?? input.now };
}

export type ApprovalDeadline = {
  /** Approval after this moment publishes too late for the period named by `rule`. */
  latestApproval: Date;
  rule: "opinionPeriod" | "postingBeforeMeeting";
  days: number;
  /** The moment has already passed: an approval now would be refused. */
  passed: boolean;
};

/**
 * The warning an official sees when submitting. An approval on or before the planned publication
 * keeps the plan; a later one publishes at the approval, and every period from publication (Art 28
 * k2: closesAt − publication ≥ 20 days; the posting before a meeting) shrinks by the delay. The plan
 * passed its checks, so the honest question is how much delay it tolerates: warn when the latest
 * approval that keeps every period is less than a day after the planned publication (or after now,
 * if that has passed) — a plan built at the minimum, or one submitted late.
 */
export function approvalDeadline(s: PlanSchedule, now: Date): ApprovalDeadline | null {
  if (!s.publishAt) return null;
  const preset = MATTER_PRESETS[s.matter];
  const limits: Omit<ApprovalDeadline, "passed">[] = [];
  if (preset.minOpenDaysFromPublication && s.closesAt) {
    const days = preset.minOpenDaysFromPublication;
    limits.push({ latestApproval: new Date(s.closesAt.getTime() - days * DAY_MS), rule: "opinionPeriod", days });
  }
  if (preset.minPostingDaysBeforeMeeting && s.meetingAt && s.channels.includes("MEETING")) {
    const days = preset.minPostingDaysBeforeMeeting;
    limits.push({
      latestApproval: new Date(s.meetingAt.getTime() - days * DAY_MS),
      rule: "postingBeforeMeeting",
      days,
    });
  }
  if (!limits.length) return null;
  const first = limits.reduce((a, b) => (b.latestApproval < a.latestApproval ? b : a));
  const earliest = Math.max(s.publishAt.getTime(), now.getTime());
  if (first.latestApproval.getTime() - earliest >= DAY_MS) return null;
  return { ...first, passed: first.latestApproval < now };
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
