// Exports of a consultation: the tally per neighbourhood and every counted, non-secret response with
// its answers and comments, as one formatted workbook (XLSX) or as CSV (UTF-8 with a BOM, so Excel
// reads Vietnamese). Voided responses and secret-ballot participations (which carry no answers) are
// never exported as individual responses. TallyFigures come from getTally: live while open, frozen after.
// Every option has its households as shares of the respondents and of the roll (the base of the
// adoption rule, Law on Grassroots Democracy Art 21 k1); blank and invalid ballots have their own
// columns, so the shares of respondents add up.
import { sortByName } from "@/domain/vietnamese";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/generated/prisma/client";
import { areaLine, type AreaLine, type Outcome } from "@/domain/outcome";
import { toCsv as writeCsv } from "@/domain/csv";
import type { Locale } from "@/i18n/locales";
import { AppError } from "../errors";
import type { TallyFigures } from "./compute";
import { getTally } from "./data";
import { EXPORT_LABELS } from "./export-labels";

type Cell = string | number | Date | null;
type Table = { header: string[]; rows: Cell[][]; formats: (string | undefined)[]; widths: number[] };

/** The four channels always get a column; the suggestion box only when it has counted something. */
const CHANNELS = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN"] as const;
const VN_OFFSET_MS = 7 * 3600_000; // Asia/Ho_Chi_Minh: UTC+7, no daylight saving time
const INT = "#,##0";
const PERCENT = "0.0%";

async function loadQuestions(db: PrismaClient, communeId: string, consultationId: string) {
  const c = await db.consultation.findFirst({
    where: { id: consultationId, communeId },
    select: {
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          text: true,
          options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
        },
      },
    },
  });
  if (!c) throw AppError.notFound("consultation");
  return c.questions;
}

type Column = { header: string; format: string; value: (f: TallyFigures) => Cell };

/** How every export is called: whose consultation, read when, in which language (Vietnamese unless told). */
type ExportArgs = [db: PrismaClient, communeId: string, consultationId: string, now: Date, locale?: Locale];
type ExportRequest = { db: PrismaClient; communeId: string; consultationId: string; now: Date; locale: Locale };

function exportRequest(...[db, communeId, consultationId, now, locale = "vi"]: ExportArgs): ExportRequest {
  return { db, communeId, consultationId, now, locale };
}

async function tallyTable({ db, communeId, consultationId, now, locale }: ExportRequest): Promise<Table> {
  const L = EXPORT_LABELS[locale];
  const questions = await loadQuestions(db, communeId, consultationId);
  const tally = await getTally(db, communeId, consultationId, now);
  const channels: (keyof typeof L.channels)[] = [
    ...CHANNELS,
    ...(tally.byChannel.SUGGESTION_BOX ? ["SUGGESTION_BOX" as const] : []),
  ];
  const share = (n: number, d: number) => (d ? n / d : 0);
  const counted = (header: string, count: (f: TallyFigures) => number, ofRoll: boolean): Column[] => [
    { header, format: INT, value: count },
    { header: `${header} (${L.ofResponded})`, format: PERCENT, value: (f) => share(count(f), f.responded) },
    ...(ofRoll
      ? [{ header: `${header} (${L.ofRoll})`, format: PERCENT, value: (f: TallyFigures) => share(count(f), f.roll) }]
      : []),
  ];
  const columns: Column[] = [
    { header: L.roll, format: INT, value: (f) => f.roll },
    { header: L.responded, format: INT, value: (f) => f.responded },
    { header: L.turnout, format: PERCENT, value: (f) => share(f.responded, f.roll) },
    ...channels.map((ch) => ({
      header: L.channels[ch],
      format: INT,
      value: (f: TallyFigures) => f.byChannel[ch] ?? 0,
    })),
    ...counted(L.blank, (f) => f.blank, false),
    ...counted(L.invalid, (f) => f.invalid, false),
    ...questions.flatMap((q) => {
      const prefix = `${L.question} ${q.position + 1}`;
      if (q.kind !== "FREE_TEXT")
        return q.options.flatMap((o) => counted(`${prefix}: ${o.label}`, (f) => f.options[o.id] ?? 0, true));
      // A tally frozen before free-text answers were counted has no figure: an empty cell, not zero.
      const known = (f: TallyFigures) => q.id in f.answered;
      return counted(`${prefix}: ${L.answered}`, (f) => f.answered[q.id] ?? 0, false).map((c) => ({
        ...c,
        value: (f: TallyFigures) => (known(f) ? c.value(f) : null),
      }));
    }),
  ];
  const outcomeOf = (o: Outcome | undefined) => (o ? L.outcomes[o] : "");
  const areaText = (l: AreaLine | null) =>
    !l ? "" : l.kind === "VERDICT" ? L.outcomes[l.outcome] : L.unitsAdopted(l.adopted, l.total, l.awaitingRecognition);
  const row = (name: string, f: TallyFigures, result: string): Cell[] => [
    name,
    ...columns.map((c) => c.value(f)),
    ...(tally.outcome ? [result] : []),
  ];
  const header = [L.neighbourhood, ...columns.map((c) => c.header), ...(tally.outcome ? [L.result] : [])];
  return {
    header,
    rows: [
      ...tally.units.map((u) =>
        row(u.name, u, outcomeOf(tally.outcome?.units.find((x) => x.id === u.neighbourhoodId)?.outcome)),
      ),
      // Decided per neighbourhood, the totals row says how many adopted, never one verdict (areaLine).
      row(L.total, tally, areaText(areaLine(tally.rule, tally.outcome))),
    ],
    formats: [undefined, ...columns.map((c) => c.format), ...(tally.outcome ? [undefined] : [])],
    widths: header.map((h, i) =>
      i === 0 ? 28 : tally.outcome && i === header.length - 1 ? 30 : Math.max(12, Math.min(h.length + 2, 30)),
    ),
  };
}

async function responsesTable({ db, communeId, consultationId, locale }: ExportRequest): Promise<Table> {
  const L = EXPORT_LABELS[locale];
  const questions = await loadQuestions(db, communeId, consultationId);
  const responses = await db.response.findMany({
    where: { consultationId, consultation: { communeId }, secretBallot: false, voidedAt: null },
    orderBy: [{ neighbourhood: { name: "asc" } }, { household: { code: "asc" } }],
    select: {
      channel: true,
      submittedAt: true,
      ballotMark: true,
      household: { select: { code: true, headName: true } },
      neighbourhood: { select: { name: true } },
      answers: {
        select: {
          questionId: true,
          text: true,
          comment: true,
          choices: { select: { option: { select: { label: true, position: true } } } },
        },
      },
    },
  });
  const header = [
    L.code,
    L.head,
    L.neighbourhood,
    L.channel,
    L.time,
    L.ballot,
    ...questions.flatMap((q) => [
      `${L.question} ${q.position + 1}: ${q.text}`,
      `${L.question} ${q.position + 1} (${L.comment})`,
    ]),
  ];
  // Neighbourhood in Vietnamese order, then household code (already ordered by the query).
  const rows = sortByName(responses, (r) => r.neighbourhood.name).map((r) => {
    const byQuestion = new Map(r.answers.map((a) => [a.questionId, a]));
    return [
      r.household.code,
      r.household.headName,
      r.neighbourhood.name,
      L.channels[r.channel],
      new Date(r.submittedAt.getTime() + VN_OFFSET_MS), // wall-clock time in Vietnam, stored as if UTC
      // A blank or invalid paper ballot says so: its answers are empty because nothing on it counted.
      r.ballotMark === "BLANK" ? L.blank : r.ballotMark === "INVALID" ? L.invalid : null,
      ...questions.flatMap((q) => {
        const a = byQuestion.get(q.id);
        if (!a) return [null, null];
        const chosen = [...a.choices].sort((x, y) => x.option.position - y.option.position).map((c) => c.option.label);
        return [
          (q.kind === "FREE_TEXT" ? a.text : [...chosen, ...(a.text ? [a.text] : [])].join("; ")) || null,
          a.comment || null,
        ];
      }),
    ];
  });
  return {
    header,
    rows,
    formats: header.map((_, i) => (i === 4 ? "dd/mm/yyyy hh:mm" : undefined)),
    widths: header.map((_, i) => [14, 24, 22, 18, 17, 18][i] ?? 32),
  };
}

function addSheet(wb: ExcelJS.Workbook, name: string, table: Table, totalsRow: boolean) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  ws.columns = table.header.map((header, i) => ({
    header,
    width: table.widths[i],
    style: table.formats[i] ? { numFmt: table.formats[i] } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
  ws.addRows(table.rows);
  if (totalsRow && table.rows.length) ws.getRow(table.rows.length + 1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
}

/** The workbook: "Tổng hợp" (tally per neighbourhood, with a totals row) and "Ý kiến" (responses). */
export async function buildTallyWorkbook(...args: ExportArgs): Promise<Buffer> {
  const request = exportRequest(...args);
  const tally = await tallyTable(request);
  const responses = await responsesTable(request);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ý Dân";
  wb.created = request.now;
  addSheet(wb, EXPORT_LABELS[request.locale].tallySheet, tally, true);
  addSheet(wb, EXPORT_LABELS[request.locale].responsesSheet, responses, false);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Dates here are already Vietnam wall-clock time (see responsesTable): read them with UTC getters. */
const wallClock = (d: Date) =>
  `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

/**
 * Percentages (the sheet's 0.0% columns) are written as numbers with one decimal (e.g. 66.7).
 * Written by the shared writer, which neutralises cells that could start a formula (OWASP CSV
 * Injection): comments, free text and names come from residents and imported registers.
 */
function toCsv(table: Table): Buffer {
  const rows = table.rows.map((r) =>
    r.map((v, i) =>
      v instanceof Date
        ? wallClock(v)
        : table.formats[i] === PERCENT && typeof v === "number"
          ? (v * 100).toFixed(1)
          : v,
    ),
  );
  return writeCsv([table.header, ...rows]);
}

/** The "Tổng hợp" sheet as CSV; turnout and shares are percentages with one decimal (e.g. 66.7). */
export async function buildTallyCsv(...args: ExportArgs): Promise<Buffer> {
  return toCsv(await tallyTable(exportRequest(...args)));
}

/** The "Ý kiến" sheet as CSV. */
export async function buildResponsesCsv(...args: ExportArgs): Promise<Buffer> {
  return toCsv(await responsesTable(exportRequest(...args)));
}
