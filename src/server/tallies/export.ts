// Exports of a consultation: the tally per neighbourhood and every counted, non-secret response with
// its answers and comments, as one formatted workbook (XLSX) or as CSV (UTF-8 with a BOM, so Excel
// reads Vietnamese). Voided responses and secret-ballot participations (which carry no answers) are
// never exported as individual responses. Figures come from getTally: live while open, frozen after.
import { sortByName } from "@/domain/vietnamese";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Outcome } from "@/domain/outcome";
import type { Locale } from "@/i18n/locales";
import { AppError } from "../errors";
import { getTally } from "./data";

type Cell = string | number | Date | null;
type Table = { header: string[]; rows: Cell[][]; formats: (string | undefined)[]; widths: number[] };

const LABELS = {
  vi: {
    tallySheet: "Tổng hợp", responsesSheet: "Ý kiến", neighbourhood: "Thôn/tổ dân phố", roll: "Số hộ", responded: "Đã có ý kiến",
    turnout: "Tỷ lệ tham gia (%)", result: "Kết quả", total: "Tổng cộng", question: "Câu", comment: "góp ý",
    code: "Mã hộ", head: "Chủ hộ", channel: "Hình thức", time: "Thời gian",
    channels: { ONLINE: "Trực tuyến", PAPER_BALLOT: "Phiếu lấy ý kiến", MEETING: "Tại cuộc họp", WRITTEN: "Văn bản", SUGGESTION_BOX: "Hòm thư góp ý" },
    outcomes: { ADOPTED: "Được thông qua", NOT_ADOPTED: "Không được thông qua", AWAITING_RECOGNITION: "Chờ công nhận", PENDING: "Đang lấy ý kiến" },
  },
  en: {
    tallySheet: "Tally", responsesSheet: "Responses", neighbourhood: "Neighbourhood", roll: "Households", responded: "Responded",
    turnout: "Turnout (%)", result: "Outcome", total: "Total", question: "Q", comment: "comment",
    code: "Household code", head: "Head of household", channel: "Channel", time: "Time",
    channels: { ONLINE: "Online", PAPER_BALLOT: "Paper ballot", MEETING: "At a meeting", WRITTEN: "Written opinion", SUGGESTION_BOX: "Suggestion box" },
    outcomes: { ADOPTED: "Adopted", NOT_ADOPTED: "Not adopted", AWAITING_RECOGNITION: "Awaiting recognition", PENDING: "Consultation in progress" },
  },
} satisfies Record<Locale, unknown>;

/** The four channels always get a column; the suggestion box only when it has counted something. */
const CHANNELS = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN"] as const;
const VN_OFFSET_MS = 7 * 3600_000; // Asia/Ho_Chi_Minh: UTC+7, no daylight saving time
const INT = "#,##0";

async function loadQuestions(db: PrismaClient, communeId: string, consultationId: string) {
  const c = await db.consultation.findFirst({
    where: { id: consultationId, communeId },
    select: { questions: { orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, text: true, options: { orderBy: { position: "asc" }, select: { id: true, label: true } } } } },
  });
  if (!c) throw AppError.notFound("consultation");
  return c.questions;
}

async function tallyTable(db: PrismaClient, communeId: string, consultationId: string, now: Date, locale: Locale): Promise<Table> {
  const L = LABELS[locale];
  const questions = await loadQuestions(db, communeId, consultationId);
  const tally = await getTally(db, communeId, consultationId, now);
  const channels: (keyof typeof L.channels)[] = [...CHANNELS, ...(tally.byChannel.SUGGESTION_BOX ? ["SUGGESTION_BOX" as const] : [])];
  const options = questions.filter((q) => q.kind !== "FREE_TEXT").flatMap((q) => q.options.map((o) => ({ id: o.id, header: `${L.question} ${q.position + 1}: ${o.label}` })));
  const outcomeOf = (o: Outcome | undefined) => (o ? L.outcomes[o] : "");
  const row = (name: string, u: { roll: number; responded: number; byChannel: Record<string, number>; options: Record<string, number> }, outcome?: Outcome): Cell[] => [
    name,
    u.roll,
    u.responded,
    u.roll ? u.responded / u.roll : 0,
    ...channels.map((ch) => u.byChannel[ch] ?? 0),
    ...options.map((o) => u.options[o.id] ?? 0),
    ...(tally.outcome ? [outcomeOf(outcome)] : []),
  ];
  const header = [L.neighbourhood, L.roll, L.responded, L.turnout, ...channels.map((ch) => L.channels[ch]), ...options.map((o) => o.header), ...(tally.outcome ? [L.result] : [])];
  return {
    header,
    rows: [
      ...tally.units.map((u) => row(u.name, u, tally.outcome?.units.find((x) => x.id === u.neighbourhoodId)?.outcome)),
      row(L.total, tally, tally.outcome?.overall),
    ],
    formats: header.map((_, i) => (i === 0 || (tally.outcome && i === header.length - 1) ? undefined : i === 3 ? "0.0%" : INT)),
    widths: header.map((h, i) => (i === 0 ? 28 : tally.outcome && i === header.length - 1 ? 24 : Math.max(12, Math.min(h.length + 2, 30)))),
  };
}

async function responsesTable(db: PrismaClient, communeId: string, consultationId: string, locale: Locale): Promise<Table> {
  const L = LABELS[locale];
  const questions = await loadQuestions(db, communeId, consultationId);
  const responses = await db.response.findMany({
    where: { consultationId, consultation: { communeId }, secretBallot: false, voidedAt: null },
    orderBy: [{ neighbourhood: { name: "asc" } }, { household: { code: "asc" } }],
    select: {
      channel: true,
      submittedAt: true,
      household: { select: { code: true, headName: true } },
      neighbourhood: { select: { name: true } },
      answers: { select: { questionId: true, text: true, comment: true, choices: { select: { option: { select: { label: true, position: true } } } } } },
    },
  });
  const header = [L.code, L.head, L.neighbourhood, L.channel, L.time, ...questions.flatMap((q) => [`${L.question} ${q.position + 1}: ${q.text}`, `${L.question} ${q.position + 1} (${L.comment})`])];
  // Neighbourhood in Vietnamese order, then household code (already ordered by the query).
  const rows = sortByName(responses, (r) => r.neighbourhood.name).map((r) => {
    const byQuestion = new Map(r.answers.map((a) => [a.questionId, a]));
    return [
      r.household.code,
      r.household.headName,
      r.neighbourhood.name,
      L.channels[r.channel],
      new Date(r.submittedAt.getTime() + VN_OFFSET_MS), // wall-clock time in Vietnam, stored as if UTC
      ...questions.flatMap((q) => {
        const a = byQuestion.get(q.id);
        if (!a) return [null, null];
        const chosen = [...a.choices].sort((x, y) => x.option.position - y.option.position).map((c) => c.option.label);
        return [(q.kind === "FREE_TEXT" ? a.text : [...chosen, ...(a.text ? [a.text] : [])].join("; ")) || null, a.comment || null];
      }),
    ];
  });
  return {
    header,
    rows,
    formats: header.map((_, i) => (i === 4 ? "dd/mm/yyyy hh:mm" : undefined)),
    widths: header.map((_, i) => [14, 24, 22, 18, 17][i] ?? 32),
  };
}

function addSheet(wb: ExcelJS.Workbook, name: string, table: Table, totalsRow: boolean) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  ws.columns = table.header.map((header, i) => ({ header, width: table.widths[i], style: table.formats[i] ? { numFmt: table.formats[i] } : {} }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
  ws.addRows(table.rows);
  if (totalsRow && table.rows.length) ws.getRow(table.rows.length + 1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
}

/** The workbook: "Tổng hợp" (tally per neighbourhood, with a totals row) and "Ý kiến" (responses). */
export async function buildTallyWorkbook(db: PrismaClient, communeId: string, consultationId: string, now: Date, locale: Locale = "vi"): Promise<Buffer> {
  const tally = await tallyTable(db, communeId, consultationId, now, locale);
  const responses = await responsesTable(db, communeId, consultationId, locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ý Dân";
  wb.created = now;
  addSheet(wb, LABELS[locale].tallySheet, tally, true);
  addSheet(wb, LABELS[locale].responsesSheet, responses, false);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const BOM = "\uFEFF";
const pad = (n: number) => String(n).padStart(2, "0");
/** Dates here are already Vietnam wall-clock time (see responsesTable): read them with UTC getters. */
const wallClock = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

function toCsv(table: Table, percentColumn?: number): Buffer {
  const rows = table.rows.map((r) => r.map((v, i) => (v instanceof Date ? wallClock(v) : i === percentColumn && typeof v === "number" ? (v * 100).toFixed(1) : (v ?? ""))));
  return Buffer.from(BOM + stringify([table.header, ...rows], { record_delimiter: "windows" }), "utf8");
}

/** The "Tổng hợp" sheet as CSV; the turnout is a percentage with one decimal (e.g. 66.7). */
export async function buildTallyCsv(db: PrismaClient, communeId: string, consultationId: string, now: Date, locale: Locale = "vi"): Promise<Buffer> {
  return toCsv(await tallyTable(db, communeId, consultationId, now, locale), 3);
}

/** The "Ý kiến" sheet as CSV. */
export async function buildResponsesCsv(db: PrismaClient, communeId: string, consultationId: string, now: Date, locale: Locale = "vi"): Promise<Buffer> {
  return toCsv(await responsesTable(db, communeId, consultationId, locale));
}
