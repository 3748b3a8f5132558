// Gathers what a record says — the frozen tally, the approved responses, the meeting, the ballot
// round — and builds its content with the pure builders of src/domain/record-content*.ts.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { areaLine, type Outcome } from "@/domain/outcome";
import { type Figures, type RecordDoc, type UnitData } from "@/domain/record-content";
import { buildResultsNotice, buildSummaryReport } from "@/domain/record-content-committee";
import { buildCountRecord, buildMeetingMinutes } from "@/domain/record-content-neighbourhood";
import { placeName, type RecordKindName, type SignerCapacity } from "@/domain/records";
import { sumCounts } from "@/domain/reconciliation";
import { getTranslator } from "@/i18n/translate";
import { AppError } from "../errors";
import { QUESTIONS_AS_ASKED } from "../consultations/selects";
import { storedTally, type Tally } from "../tallies/compute";
import { JOIN_ON_ROLL } from "../tallies/on-roll";
import { publishedThemes } from "../themes/data";
import { isClosedStatus } from "@/domain/consultation-status";

type Db = PrismaClient | Prisma.TransactionClient;

const vi = getTranslator("vi");
const say = (key: string, params?: Record<string, string | number>) => vi(key as never, params as never);

export type RecordTarget = {
  kind: RecordKindName;
  consultationId: string;
  neighbourhoodId: string | null;
  meetingId: string | null;
};
export type DraftText = { notes: string; recipients: string[] };
export type Finalising = { number: number; at: Date; signer: { capacity: SignerCapacity; name: string } };

export function communeFullName(c: { name: string; kind: string }) {
  return `${say(`communeKind.${c.kind}`)} ${c.name}`;
}

export function defaultRecipients(commune: { name: string; kind: string }): string[] {
  // Law 10/2022 Art 28 k1, k5: the plan and the report go to the People's Council and the Front.
  const inText = `${say(`communeKind.${commune.kind}`).toLocaleLowerCase("vi")} ${commune.name}`;
  return [`Thường trực HĐND ${inText}`, `Ban Thường trực UBMTTQ Việt Nam ${inText}`];
}

function ruleText(tally: Tally): string | null {
  const r = tally.rule;
  if (!r) return null;
  let text = say(r.inclusive ? "tally.ruleAtLeast" : "tally.ruleMoreThan", {
    numerator: r.numerator,
    denominator: r.denominator,
  });
  if (r.aggregation === "SHARE_OF_NEIGHBOURHOODS" && r.unitShare)
    text += ` ${say("tally.ruleUnits", { numerator: r.unitShare.numerator, denominator: r.unitShare.denominator })}`;
  if (r.aggregation === "WHOLE_AREA") text += ` ${say("tally.ruleWhole")}`;
  return text;
}

const outcomeText = (o: Outcome | undefined | null) => (o ? say(`tally.outcome.${o}`) : null);

/** The report's result for the whole area: decided per neighbourhood, how many adopted, never one verdict (areaLine). */
function areaText(tally: Tally): string | null {
  const line = areaLine(tally.rule, tally.outcome);
  if (!line) return null;
  if (line.kind === "VERDICT") return outcomeText(line.outcome);
  return say(line.awaitingRecognition ? "tally.unitsAdoptedAwaiting" : "tally.unitsAdopted", {
    adopted: line.adopted,
    total: line.total,
  });
}

async function load(db: Db, communeId: string, consultationId: string) {
  const c = await db.consultation.findFirst({
    where: { id: consultationId, communeId },
    select: {
      id: true,
      title: true,
      matter: true,
      mode: true,
      status: true,
      openedAt: true,
      closedAt: true,
      finalTally: true,
      commune: { select: { name: true, kind: true } },
      questions: QUESTIONS_AS_ASKED,
    },
  });
  if (!c) throw AppError.notFound("consultation");
  if (!isClosedStatus(c.status) || !c.finalTally)
    throw new AppError("PRECONDITION_FAILED", "recordsNotYet", { status: `@status.${c.status}` });
  return { ...c, tally: storedTally(c.finalTally) };
}

/** Builds the content; `finalising` fills the number, date and signer, a draft leaves them blank. */
export async function buildRecordDoc(
  db: Db,
  communeId: string,
  target: RecordTarget,
  text: DraftText,
  amends: string | null,
  at: Date,
  finalising: Finalising | null,
): Promise<{ doc: RecordDoc; title: string }> {
  const c = await load(db, communeId, target.consultationId);
  const communeName = communeFullName(c.commune);
  const common = { communeName, place: placeName(c.commune.name), at, number: finalising?.number ?? null, amends };
  const outcomes = new Map(c.tally.outcome?.units.map((u) => [u.id, u.outcome]) ?? []);
  const units: UnitData[] = c.tally.units.map((u) => ({ ...u, outcome: outcomeText(outcomes.get(u.neighbourhoodId)) }));
  const figures: Figures = c.tally;
  switch (target.kind) {
    case "SUMMARY_REPORT":
    case "RESULTS_NOTICE": {
      const input = {
        ...common,
        consultation: {
          title: c.title,
          matterLabel: say(`matter.${c.matter}`),
          advisory: c.mode === "OPINION",
          ruleText: ruleText(c.tally),
          outcomeText: areaText(c.tally),
          openedAt: c.openedAt,
          closedAt: c.closedAt,
        },
        figures,
        units,
        questions: c.questions,
        themes: await publishedThemes(db, c.id),
        notes: text.notes,
        signer: finalising?.signer ?? null,
        recipients: text.recipients,
      };
      const doc = target.kind === "SUMMARY_REPORT" ? buildSummaryReport(input) : buildResultsNotice(input);
      return {
        doc,
        title: `${doc.docTitle === "BÁO CÁO" ? "Báo cáo" : "Thông báo"} ${doc.subject.charAt(0).toLocaleLowerCase("vi")}${doc.subject.slice(1)}`,
      };
    }
    case "COUNT_RECORD": {
      const unit = c.tally.units.find((u) => u.neighbourhoodId === target.neighbourhoodId);
      if (!unit) throw AppError.notFound("neighbourhood");
      const [rounds, marks] = await Promise.all([
        db.ballotRound.findMany({
          where: { consultationId: c.id, neighbourhoodId: unit.neighbourhoodId },
          orderBy: { announcedAt: "desc" },
        }),
        // Paper ballots keyed, as the tally counts them (not voided, household on the roll), by mark.
        db.$queryRaw<{ m: string | null; k: number }[]>`
          SELECT r."ballotMark"::text AS m, count(*)::int AS k FROM "Response" r
          ${JOIN_ON_ROLL}
          WHERE r."consultationId" = ${c.id} AND e."neighbourhoodId" = ${unit.neighbourhoodId} AND r.channel = 'PAPER_BALLOT' AND r."voidedAt" IS NULL GROUP BY 1`,
      ]);
      const marked = (m: string | null) => marks.filter((r) => r.m === m).reduce((s, r) => s + r.k, 0);
      const doc = buildCountRecord({
        ...common,
        neighbourhood: unit.name,
        consultationTitle: c.title,
        figures: unit,
        questions: c.questions,
        ballots: rounds.length
          ? sumCounts(
              rounds.map((r) => ({
                issued: r.ballotsIssued,
                returned: r.ballotsReturned,
                valid: r.ballotsValid,
                invalid: r.ballotsInvalid,
              })),
            )
          : null,
        keyed: { total: marks.reduce((s, r) => s + r.k, 0), blank: marked("BLANK"), invalid: marked("INVALID") },
        team: rounds[0]?.team ?? [],
        witnesses: rounds[0]?.witnesses ?? [],
        outcomeText: outcomeText(outcomes.get(unit.neighbourhoodId)),
        notes: text.notes,
      });
      return { doc, title: `Biên bản kiểm phiếu ${unit.name}` };
    }
    case "MEETING_MINUTES": {
      const m = await db.meetingRecord.findFirst({
        where: { id: target.meetingId ?? "", consultationId: c.id },
        include: { _count: { select: { attendance: true } } },
      });
      if (!m) throw AppError.notFound("meeting");
      const unit = c.tally.units.find((u) => u.neighbourhoodId === m.neighbourhoodId);
      const [choices, secret] = await Promise.all([
        db.$queryRaw<{ o: string; k: number }[]>`
          SELECT ac."optionId" AS o, count(*)::int AS k FROM "AnswerChoice" ac
          JOIN "Answer" a ON a.id = ac."answerId" JOIN "Response" r ON r.id = a."responseId"
          WHERE r."meetingId" = ${m.id} AND r."voidedAt" IS NULL GROUP BY 1`,
        db.meetingCount.findMany({ where: { meetingId: m.id }, select: { optionId: true, count: true } }),
      ]);
      // Decree 59/2023 Art 3 k5: a secret ballot's turnout is its count's ballots returned, not those present.
      const responded =
        m.voteMode === "SECRET_BALLOT" && m.ballotsReturned !== null
          ? m.ballotsReturned
          : await db.response.count({ where: { meetingId: m.id, voidedAt: null } });
      const options: Record<string, number> = {};
      for (const r of choices) options[r.o] = (options[r.o] ?? 0) + r.k;
      for (const r of secret) options[r.optionId] = (options[r.optionId] ?? 0) + r.count;
      const roll = unit?.roll ?? 0;
      const doc = buildMeetingMinutes({
        ...common,
        neighbourhood: unit?.name ?? "",
        consultationTitle: c.title,
        meeting: m,
        present: m._count.attendance,
        roll,
        figures: { roll, responded, byChannel: { MEETING: responded }, options },
        questions: c.questions,
        outcomeText: unit ? outcomeText(outcomes.get(unit.neighbourhoodId)) : null,
        notes: text.notes,
      });
      return { doc, title: `Biên bản cuộc họp ${unit?.name ?? ""}`.trim() };
    }
  }
}
