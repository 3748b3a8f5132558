// What a household is told about a consultation on its own pages: when it gave its opinion, whether
// it may answer online now (and if not, why), and which notes about its response are true. One voice
// per household whatever the channel: only an online response
// is the household's to revise, and only until closing (Law on Grassroots Democracy 2022 Art 28 k2).
import type { ConsultationStatusName } from "./consultation-status";
import type { ChannelName } from "./matters";

/** Where a consultation stands for the household, by its status and the clock. */
export type ResidentPhase = "notOpenYet" | "open" | "closed" | "resultsPublished";

export function residentPhase(c: {
  status: ConsultationStatusName;
  closesAt: Date | null;
  resultsPublishedAt: Date | null;
  now: Date;
}): ResidentPhase {
  if (c.status === "RESULTS_PUBLISHED" || c.resultsPublishedAt) return "resultsPublished";
  if (c.status === "PUBLISHED") return "notOpenYet";
  // The clock decides, not only the stored status: nothing is accepted at or after closing time.
  if (c.status === "OPEN" && (c.closesAt === null || c.closesAt > c.now)) return "open";
  return "closed";
}

export type ResidentResponse = { channel: ChannelName; secretBallot: boolean };

/**
 * When the household gave the opinion that counts now: an online answer at its latest revision,
 * a meeting's at the meeting (a staff member may key it in days later), anything else when it was
 * handed in. Never the row's update time, which an import or a correction moves.
 */
export function responseGivenAt(r: {
  channel: ChannelName;
  submittedAt: Date;
  revisedAt: Date | null;
  meetingHeldAt: Date | null;
}): Date {
  if (r.channel === "ONLINE") return r.revisedAt ?? r.submittedAt;
  if (r.channel === "MEETING") return r.meetingHeldAt ?? r.submittedAt;
  return r.submittedAt;
}

export type OnlineState =
  "open" | "notOpenYet" | "closed" | "notOffered" | "notOnRoll" | "answeredElsewhere" | "heldAtMeeting";

/** Whether the household may answer online now; if not, the first reason it would be refused. */
export function onlineState(input: {
  phase: ResidentPhase;
  onlineOffered: boolean;
  onRoll: boolean;
  response: ResidentResponse | null;
  heldAtMeeting: boolean;
}): OnlineState {
  // A closed consultation reads as closed first: that it never took online answers no longer matters.
  if (input.phase === "closed" || input.phase === "resultsPublished") return "closed";
  if (!input.onlineOffered) return "notOffered";
  if (input.phase === "notOpenYet") return "notOpenYet";
  if (!input.onRoll) return "notOnRoll";
  if (input.response && input.response.channel !== "ONLINE") return "answeredElsewhere";
  // Marked present at a meeting: its voice is given there, and online.ts refuses a revision too.
  if (input.heldAtMeeting) return "heldAtMeeting";
  return "open";
}

/**
 * Sentences about the household's response, each shown only where it is true:
 * - canRevise: an online response, while open and not held by a meeting;
 * - recordedByStaff: a paper, meeting or written response while open — staff can void it with a
 *   reason so that it can be given again (responses/staff.ts); the household cannot override it online;
 * - secretBallot: a secret ballot is never linked to the household's choice, so nothing can be shown
 *   or changed (Decree 59/2023 Art 3 k5);
 * - final: after closing nothing changes;
 * - resultsPublished: the results are out (Art 28 k3).
 */
export type ResponseNote = "canRevise" | "recordedByStaff" | "secretBallot" | "final" | "resultsPublished";

export function responseNotes(input: {
  phase: ResidentPhase;
  response: ResidentResponse | null;
  heldAtMeeting: boolean;
}): ResponseNote[] {
  const { phase, response } = input;
  if (!response) return phase === "resultsPublished" ? ["resultsPublished"] : [];
  const notes: ResponseNote[] = [];
  if (response.secretBallot) notes.push("secretBallot");
  else if (phase === "open" && response.channel === "ONLINE" && !input.heldAtMeeting) notes.push("canRevise");
  else if (phase === "open" && response.channel !== "ONLINE") notes.push("recordedByStaff");
  if (phase === "closed" || phase === "resultsPublished") notes.push("final");
  if (phase === "resultsPublished") notes.push("resultsPublished");
  return notes;
}
