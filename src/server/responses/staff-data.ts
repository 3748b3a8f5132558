// What the entry screens read: a household by code with its current answer, the running counts,
// the latest entries (to void a mistake), and the per-neighbourhood reconciliation.
import { keyedKinds, reconcileRow } from "@/domain/reconciliation";
import { sortByName } from "@/domain/vietnamese";
import type { PrismaClient } from "@/generated/prisma/client";
import type { StaffActor } from "../auth/actor";
import { assertCommuneConsultation, scopedNeighbourhood } from "../auth/staff-scope";
import { secretMeetingTurnouts } from "../tallies/secret-meetings";
import { existingResponseError, householdForStaff } from "./staff";

/**
 * A household by code for the entry screens, with the response that counts for it now on any
 * channel (online included), so staff can see who recorded what and void it with a reason.
 */
export async function lookupHousehold(db: PrismaClient, actor: StaffActor, consultationId: string, code: string) {
  await assertCommuneConsultation(db, actor.communeId, consultationId);
  const h = await householdForStaff(db, actor, code);
  const [entry, taken, response] = await Promise.all([
    db.rollEntry.findFirst({
      where: { consultationId, householdId: h.id, removedAt: null },
      select: { heldByMeeting: { select: { place: true, heldAt: true } } },
    }),
    existingResponseError(db, consultationId, h.id),
    db.response.findFirst({
      where: { consultationId, effectiveHouseholdId: h.id },
      select: {
        id: true,
        channel: true,
        submittedAt: true,
        receiptCode: true,
        ballotMark: true,
        secretBallot: true,
        recordedById: true,
        meeting: { select: { heldAt: true, place: true } },
        answers: {
          select: {
            questionId: true,
            text: true,
            comment: true,
            choices: { select: { option: { select: { label: true } } } },
          },
        },
      },
    }),
  ]);
  const recordedBy = response?.recordedById
    ? await db.staffUser.findUnique({ where: { id: response.recordedById }, select: { fullName: true, title: true } })
    : null;
  return {
    household: {
      code: h.code,
      headName: h.headName,
      address: h.address,
      neighbourhood: h.neighbourhood.name,
      active: h.active,
    },
    onRoll: entry !== null,
    /** The meeting whose attendance list holds this household's voice (meeting-hold.ts). */
    heldBy: entry?.heldByMeeting ?? null,
    existing: taken ? { key: taken.key, params: taken.params } : null,
    response: response
      ? {
          id: response.id,
          channel: response.channel,
          submittedAt: response.submittedAt,
          receiptCode: response.receiptCode,
          mark: response.ballotMark,
          secretBallot: response.secretBallot,
          meeting: response.meeting,
          recordedBy: recordedBy ? [recordedBy.title, recordedBy.fullName].filter(Boolean).join(" ") : null,
          answers: response.answers.map((a) => ({
            questionId: a.questionId,
            text: a.text,
            comment: a.comment,
            options: a.choices.map((c) => c.option.label),
          })),
        }
      : null,
  };
}

export async function entryCounts(
  db: PrismaClient,
  actor: StaffActor,
  consultationId: string,
  neighbourhoodId?: string,
) {
  await assertCommuneConsultation(db, actor.communeId, consultationId);
  const hood = scopedNeighbourhood(actor, neighbourhoodId);
  const where = { consultationId, ...(hood ? { neighbourhoodId: hood } : {}) };
  const [roll, byChannel, marks, voided, rounds] = await Promise.all([
    db.rollEntry.count({ where: { ...where, removedAt: null } }),
    db.response.groupBy({ by: ["channel"], where: { ...where, voidedAt: null }, _count: { _all: true } }),
    db.response.groupBy({
      by: ["ballotMark"],
      where: { ...where, voidedAt: null, ballotMark: { not: null } },
      _count: { _all: true },
    }),
    db.response.count({ where: { ...where, voidedAt: { not: null } } }),
    db.ballotRound.aggregate({ where, _sum: { ballotsIssued: true, ballotsReturned: true } }),
  ]);
  const channels = Object.fromEntries(byChannel.map((r) => [r.channel, r._count._all])) as Record<string, number>;
  // A counted secret ballot counts its ballots returned, as the tally does, not the households present.
  for (const m of await secretMeetingTurnouts(db, [consultationId])) {
    if (hood && m.n !== hood) continue;
    channels.MEETING = (channels.MEETING ?? 0) + m.returned - m.participants;
    if (!channels.MEETING) delete channels.MEETING;
  }
  const responded = Object.values(channels).reduce((a, b) => a + b, 0);
  const marked = (mark: "BLANK" | "INVALID") => marks.find((m) => m.ballotMark === mark)?._count._all ?? 0;
  return {
    roll,
    responded,
    channels,
    blank: marked("BLANK"),
    invalid: marked("INVALID"),
    voided,
    ballotsIssued: rounds._sum.ballotsIssued,
    ballotsReturned: rounds._sum.ballotsReturned,
  };
}

export async function listEntries(db: PrismaClient, actor: StaffActor, consultationId: string, limit: number) {
  await assertCommuneConsultation(db, actor.communeId, consultationId);
  const hood = scopedNeighbourhood(actor);
  return db.response.findMany({
    where: { consultationId, recordedById: { not: null }, ...(hood ? { neighbourhoodId: hood } : {}) },
    orderBy: { submittedAt: "desc" },
    take: limit,
    select: {
      id: true,
      channel: true,
      submittedAt: true,
      voidedAt: true,
      voidReason: true,
      receiptCode: true,
      ballotMark: true,
      household: { select: { code: true, headName: true } },
      answers: {
        select: {
          questionId: true,
          comment: true,
          text: true,
          choices: { select: { option: { select: { label: true } } } },
        },
      },
    },
  });
}

/**
 * Per neighbourhood: roll, responses by channel, voided, attendance, the ballots keyed and the
 * ballots counted, with the row's verdict (src/domain/reconciliation.ts). A secret-ballot meeting
 * counts its ballots returned, as the tally does (Decree 59/2023 Art 3 k5).
 */
export async function reconciliation(db: PrismaClient, actor: StaffActor, consultationId: string) {
  await assertCommuneConsultation(db, actor.communeId, consultationId);
  const hood = scopedNeighbourhood(actor);
  const where = { consultationId, ...(hood ? { neighbourhoodId: hood } : {}) };
  const [consultation, areas, roll, responses, voided, rounds, meetings] = await Promise.all([
    db.consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { channels: true } }),
    db.consultationArea.findMany({
      where: { consultationId, ...(hood ? { neighbourhoodId: hood } : {}) },
      orderBy: { neighbourhoodName: "asc" },
    }),
    db.rollEntry.groupBy({ by: ["neighbourhoodId"], where: { ...where, removedAt: null }, _count: { _all: true } }),
    db.response.groupBy({
      by: ["neighbourhoodId", "channel", "secretBallot", "ballotMark"],
      where: { ...where, voidedAt: null },
      _count: { _all: true },
    }),
    db.response.groupBy({
      by: ["neighbourhoodId"],
      where: { ...where, voidedAt: { not: null } },
      _count: { _all: true },
    }),
    db.ballotRound.findMany({
      where,
      select: {
        neighbourhoodId: true,
        ballotsIssued: true,
        ballotsReturned: true,
        ballotsValid: true,
        ballotsInvalid: true,
      },
    }),
    db.meetingRecord.findMany({
      where,
      select: {
        neighbourhoodId: true,
        voteMode: true,
        ballotsReturned: true,
        _count: { select: { attendance: true } },
      },
    }),
  ]);
  const count = <T extends { neighbourhoodId: string; _count: { _all: number } }>(rows: T[], id: string) =>
    rows.find((r) => r.neighbourhoodId === id)?._count._all ?? 0;
  const paperBallots = consultation.channels.includes("PAPER_BALLOT");
  return sortByName(areas, (a) => a.neighbourhoodName).map((a) => {
    const mine = responses.filter((r) => r.neighbourhoodId === a.neighbourhoodId);
    const secret = meetings.filter((m) => m.neighbourhoodId === a.neighbourhoodId && m.voteMode === "SECRET_BALLOT");
    const channels: Record<string, number> = {};
    // The participation responses of a secret ballot stand for households present, not ballots.
    for (const r of mine) if (!r.secretBallot) channels[r.channel] = (channels[r.channel] ?? 0) + r._count._all;
    const returnedAtMeetings = secret.reduce((s, m) => s + (m.ballotsReturned ?? 0), 0);
    if (secret.some((m) => m.ballotsReturned !== null)) channels.MEETING = (channels.MEETING ?? 0) + returnedAtMeetings;
    const keyedMark = (mark: "BLANK" | "INVALID") =>
      mine.filter((r) => r.channel === "PAPER_BALLOT" && r.ballotMark === mark).reduce((s, r) => s + r._count._all, 0);
    const keyed = { total: channels.PAPER_BALLOT ?? 0, blank: keyedMark("BLANK"), invalid: keyedMark("INVALID") };
    const rollSize = count(roll, a.neighbourhoodId);
    const responded = Object.values(channels).reduce((x, y) => x + y, 0);
    const row = reconcileRow({
      roll: rollSize,
      responded,
      paperBallots,
      keyed,
      rounds: rounds
        .filter((r) => r.neighbourhoodId === a.neighbourhoodId)
        .map((r) => ({
          issued: r.ballotsIssued,
          returned: r.ballotsReturned,
          valid: r.ballotsValid,
          invalid: r.ballotsInvalid,
        })),
      secretMeetings: secret.map((m) => ({ counted: m.ballotsReturned !== null })),
    });
    return {
      neighbourhoodId: a.neighbourhoodId,
      name: a.neighbourhoodName,
      roll: rollSize,
      responded,
      channels,
      voided: count(voided, a.neighbourhoodId),
      attendance: meetings
        .filter((m) => m.neighbourhoodId === a.neighbourhoodId)
        .reduce((s, m) => s + m._count.attendance, 0),
      keyedValid: keyedKinds(keyed).valid,
      keyedBlank: keyed.blank,
      keyedInvalid: keyed.invalid,
      ballotsIssued: row.counts.issued,
      ballotsReturned: row.counts.returned,
      ballotsValid: row.counts.valid,
      ballotsInvalid: row.counts.invalid,
      verdict: row.verdict,
      missing: row.missing,
      mismatches: row.mismatches,
    };
  });
}
