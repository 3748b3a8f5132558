// Rescheduling a published consultation (dời lịch, điều chỉnh): a new closing, opening (while not
// yet open), meeting time or place. The plan's own schedule checks apply, counted from the actual
// publication (Art 28 k2: the opinion period); a meeting moved must still be announced the matter's
// days ahead, counted from now — the moment its new date is made public (Decree 61/2023 Art 9;
// Land Law Art 87). Every change makes what is posted out of date (docs/LAW.md#r17). Pure.
import { validateSchedule, type PlanIssue, type PlanSchedule } from "./consultation-plan";
import type { ConsultationStatusName } from "./consultation-status";

export type RescheduleCurrent = PlanSchedule & {
  status: ConsultationStatusName;
  publishedAt: Date | null;
  meetingPlace: string;
};
export type RescheduleRequest = {
  opensAt: Date | null;
  closesAt: Date;
  meetingAt: Date | null;
  meetingPlace: string;
};

export type RescheduleIssueCode =
  PlanIssue["code"] | "opensWhileOpen" | "opensInPast" | "closesInPast" | "meetingInPast" | "nothingChanged";
export type RescheduleIssue = { field: string; code: RescheduleIssueCode; params?: PlanIssue["params"] };

/** Only what was announced and not yet over can be moved. */
export const canReschedule = (status: ConsultationStatusName) => status === "PUBLISHED" || status === "OPEN";

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** The schedule after the change: an open consultation keeps the opening it had. */
export function rescheduled(current: RescheduleCurrent, req: RescheduleRequest) {
  const opensAt = current.status === "OPEN" ? current.opensAt : req.opensAt;
  return { opensAt, closesAt: req.closesAt, meetingAt: req.meetingAt, meetingPlace: req.meetingPlace.trim() };
}

export function rescheduleIssues(current: RescheduleCurrent, req: RescheduleRequest, now: Date): RescheduleIssue[] {
  const issues: RescheduleIssue[] = [];
  const next = rescheduled(current, req);
  if (current.status === "OPEN" && req.opensAt && !same(req.opensAt, current.opensAt))
    issues.push({ field: "opensAt", code: "opensWhileOpen" });
  const opensChanged = current.status !== "OPEN" && !same(next.opensAt, current.opensAt);
  if (opensChanged && next.opensAt && next.opensAt < now) issues.push({ field: "opensAt", code: "opensInPast" });
  if (next.closesAt <= now) issues.push({ field: "closesAt", code: "closesInPast" });
  const meetingChanged = !same(next.meetingAt, current.meetingAt);
  if (meetingChanged && next.meetingAt && next.meetingAt < now)
    issues.push({ field: "meetingAt", code: "meetingInPast" });

  const schedule: PlanSchedule = {
    matter: current.matter,
    channels: current.channels,
    publishAt: current.publishedAt ?? current.publishAt,
    opensAt: next.opensAt,
    closesAt: next.closesAt,
    meetingAt: next.meetingAt,
  };
  issues.push(...validateSchedule(schedule, { complete: true }));
  // A meeting moved is announced anew now: its posting days count from now.
  if (meetingChanged && next.meetingAt) {
    const fromNow = validateSchedule({ ...schedule, publishAt: now }, { complete: true }).filter(
      (i) => i.code === "minPostingBeforeMeeting",
    );
    if (!issues.some((i) => i.code === "minPostingBeforeMeeting")) issues.push(...fromNow);
  }
  const changed =
    !same(next.opensAt, current.opensAt) ||
    !same(next.closesAt, current.closesAt) ||
    meetingChanged ||
    next.meetingPlace !== current.meetingPlace.trim();
  if (!changed) issues.push({ field: "closesAt", code: "nothingChanged" });
  return issues;
}
