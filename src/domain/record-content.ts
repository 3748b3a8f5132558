// The content of decision records as data: one document model (header, title, blocks, signatures,
// recipients) built from the tally, the themes and the meeting, then rendered to HTML for the
// preview and to PDF at finalisation. Records are Vietnamese administrative documents, so their text
// is Vietnamese whatever the interface language. Pure: callers pass every figure and name in.
import {
  numberAndSymbol,
  placeDateLine,
  recipientLines,
  RECORD_TYPES,
  signatureBlock,
  type RecordKindName,
  type SignerCapacity,
} from "./records";
import { compareKeyed, type KeyedAgainstCount, type KeyedPaper } from "./reconciliation";

export const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export type Block =
  | { type: "heading"; text: string }
  | { type: "para"; text: string }
  | { type: "table"; head: string[]; rows: string[][]; numeric?: boolean[] };

export type Signer = { authority: string | null; title: string; name: string };

export type RecordDoc = {
  kind: RecordKindName;
  /** Left header block: issuing body, upper case, one line each. */
  issuer: string[];
  /** "Số: 05/BC-UBND" once finalised, "Số:      /BC-UBND" in a draft; null for thôn records. */
  numberLine: string | null;
  placeDate: string;
  /** BÁO CÁO, BIÊN BẢN, THÔNG BÁO */
  docTitle: string;
  subject: string;
  blocks: Block[];
  signers: Signer[];
  /** Nơi nhận, already formatted ("- …;" … "- Lưu: VT."); empty for thôn records. */
  recipients: string[];
  /** Set on a correction: which record this one amends. */
  amends: string | null;
};

export type Figures = {
  roll: number;
  responded: number;
  byChannel: Record<string, number>;
  options: Record<string, number>;
};

export type QuestionData = {
  id: string;
  kind: string;
  text: string;
  options: { id: string; key: string | null; label: string }[];
};

export type UnitData = Figures & { name: string; outcome: string | null };

export type CommonInput = {
  communeName: string; // "Thị trấn Chợ Chùa"
  place: string; // "Chợ Chùa"
  at: Date;
  number: number | null;
  amends: string | null;
};

const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");
const int = (n: number) => n.toLocaleString("vi-VN");
export const percent = (n: number, d: number) =>
  d > 0 ? `${((100 * n) / d).toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%` : "—";

function numberLine(kind: RecordKindName, number: number | null): string | null {
  const { docType, byCommittee } = RECORD_TYPES[kind];
  if (!byCommittee) return null;
  // A draft has no number yet: the blank is left as on a paper draft.
  return number === null ? `Số:      /${docType}-UBND` : `Số: ${numberAndSymbol(number, docType)}`;
}

/** A committee's record heads with the committee, the record's number, and the commune's place and date. */
function committeeHeading(kind: RecordKindName, input: Pick<CommonInput, "communeName" | "place" | "at" | "number">) {
  return {
    issuer: ["ỦY BAN NHÂN DÂN", upper(input.communeName)],
    numberLine: numberLine(kind, input.number),
    placeDate: placeDateLine(input.place, input.at),
  };
}

/** A neighbourhood's record (minutes, a count) heads with the committee and the neighbourhood, unnumbered. */
function neighbourhoodHeading(input: { communeName: string; neighbourhood: string; at: Date }) {
  return {
    issuer: [`UBND ${upper(input.communeName)}`, upper(input.neighbourhood)],
    numberLine: null,
    placeDate: placeDateLine(input.neighbourhood, input.at),
  };
}

function amendsBlock(amends: string | null): Block[] {
  return amends ? [{ type: "para", text: `Văn bản này đính chính, thay thế ${amends}.` }] : [];
}

/** Per question: counts of each option, as shares of the respondents and of the roll. */
function questionTables(questions: readonly QuestionData[], f: Figures): Block[] {
  const out: Block[] = [];
  questions.forEach((q, i) => {
    if (q.kind === "FREE_TEXT") return;
    out.push({ type: "para", text: `Câu ${i + 1}: ${q.text}` });
    out.push({
      type: "table",
      head: ["Phương án", "Số hộ", "Tỷ lệ trên số hộ có ý kiến", "Tỷ lệ trên tổng số hộ"],
      numeric: [false, true, true, true],
      rows: q.options.map((o) => {
        const n = f.options[o.id] ?? 0;
        return [o.label, int(n), percent(n, f.responded), percent(n, f.roll)];
      }),
    });
  });
  return out;
}

const CHANNEL_LABEL: Record<string, string> = {
  ONLINE: "trực tuyến",
  PAPER_BALLOT: "phiếu lấy ý kiến",
  MEETING: "tại cuộc họp",
  WRITTEN: "bằng văn bản",
};

function participation(f: Figures): string {
  const channels = Object.entries(f.byChannel)
    .filter(([, n]) => n > 0)
    .map(([ch, n]) => `${CHANNEL_LABEL[ch] ?? ch}: ${int(n)}`)
    .join("; ");
  return `Tổng số hộ trong danh sách: ${int(f.roll)} hộ; số hộ có ý kiến: ${int(f.responded)} hộ (đạt ${percent(f.responded, f.roll)})${channels ? `, trong đó ${channels}` : ""}.`;
}

export type ThemeData = {
  title: string;
  responseKind: "TAKEN_UP" | "EXPLAINED" | "FORWARDED";
  responseText: string;
  opinions: number;
};

const RESPONSE_KIND: Record<ThemeData["responseKind"], string> = {
  TAKEN_UP: "Tiếp thu",
  EXPLAINED: "Giải trình",
  FORWARDED: "Chuyển cơ quan có thẩm quyền",
};

export type SummaryInput = CommonInput & {
  consultation: {
    title: string;
    matterLabel: string;
    advisory: boolean;
    ruleText: string | null;
    outcomeText: string | null;
    openedAt: Date | null;
    closedAt: Date | null;
  };
  figures: Figures;
  units: UnitData[];
  questions: QuestionData[];
  themes: ThemeData[];
  notes: string;
  signer: { capacity: SignerCapacity; name: string } | null;
  recipients: string[];
};

const dateOnly = (d: Date | null) => (d ? placeDateLine("", d).replace(/^, /, "") : "…");

function committeeSigner(signer: SummaryInput["signer"]): Signer[] {
  if (!signer) return [{ authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "" }];
  const block = signatureBlock(signer.capacity);
  return [{ authority: block.authority, title: block.title, name: signer.name }];
}

function unitsTable(units: readonly UnitData[], withOutcome: boolean): Block {
  return {
    type: "table",
    head: ["Thôn, tổ dân phố", "Số hộ", "Số hộ có ý kiến", "Tỷ lệ", ...(withOutcome ? ["Kết quả"] : [])],
    numeric: [false, true, true, true, false],
    rows: units.map((u) => [
      u.name,
      int(u.roll),
      int(u.responded),
      percent(u.responded, u.roll),
      ...(withOutcome ? [u.outcome ?? "—"] : []),
    ]),
  };
}

/** Báo cáo tổng hợp kết quả lấy ý kiến (Law Art 26 k2, Art 28 k3): figures, then opinions and responses. */
export function buildSummaryReport(input: SummaryInput): RecordDoc {
  const c = input.consultation;
  const blocks: Block[] = [
    ...amendsBlock(input.amends),
    { type: "heading", text: "I. KHÁI QUÁT" },
    { type: "para", text: `Nội dung lấy ý kiến: ${c.title} (${c.matterLabel}).` },
    { type: "para", text: `Thời gian lấy ý kiến: từ ${dateOnly(c.openedAt)} đến ${dateOnly(c.closedAt)}.` },
    { type: "heading", text: "II. KẾT QUẢ LẤY Ý KIẾN" },
    { type: "para", text: participation(input.figures) },
    unitsTable(input.units, !c.advisory),
    ...questionTables(input.questions, input.figures),
    c.advisory
      ? {
          type: "para",
          text: "Đây là kết quả tham khảo (không biểu quyết thông qua); cơ quan có thẩm quyền xem xét, quyết định.",
        }
      : { type: "para", text: `Điều kiện thông qua: ${c.ruleText ?? "—"}. Kết quả: ${c.outcomeText ?? "—"}.` },
    { type: "heading", text: "III. TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN" },
    ...(input.themes.length
      ? input.themes.map<Block>((t, i) => ({
          type: "para",
          text: `${i + 1}. ${t.title} (${int(t.opinions)} ý kiến). ${RESPONSE_KIND[t.responseKind]}: ${t.responseText}`,
        }))
      : [{ type: "para", text: "Không có ý kiến góp ý bằng lời." } satisfies Block]),
    ...(input.notes.trim()
      ? [
          { type: "heading", text: "IV. KIẾN NGHỊ, ĐỀ XUẤT" } satisfies Block,
          { type: "para", text: input.notes.trim() } satisfies Block,
        ]
      : []),
  ];
  return {
    kind: "SUMMARY_REPORT",
    ...committeeHeading("SUMMARY_REPORT", input),
    docTitle: "BÁO CÁO",
    subject: `Tổng hợp kết quả lấy ý kiến Nhân dân về ${lowerFirst(c.title)}`,
    blocks,
    signers: committeeSigner(input.signer),
    recipients: recipientLines(input.recipients),
    amends: input.amends,
  };
}

/** Thông báo kết quả: the short public notice of the result. */
export function buildResultsNotice(input: Omit<SummaryInput, "themes"> & { themes: ThemeData[] }): RecordDoc {
  const c = input.consultation;
  const taken = input.themes.filter((t) => t.responseKind === "TAKEN_UP").length;
  return {
    kind: "RESULTS_NOTICE",
    ...committeeHeading("RESULTS_NOTICE", input),
    docTitle: "THÔNG BÁO",
    subject: `Kết quả lấy ý kiến Nhân dân về ${lowerFirst(c.title)}`,
    blocks: [
      ...amendsBlock(input.amends),
      {
        type: "para",
        text: `Ủy ban nhân dân ${input.communeName} thông báo kết quả lấy ý kiến Nhân dân về ${lowerFirst(c.title)} như sau:`,
      },
      { type: "para", text: `1. ${participation(input.figures)}` },
      c.advisory
        ? { type: "para", text: "2. Kết quả tham khảo (không biểu quyết thông qua), chi tiết theo bảng dưới đây." }
        : { type: "para", text: `2. Điều kiện thông qua: ${c.ruleText ?? "—"}. Kết quả: ${c.outcomeText ?? "—"}.` },
      unitsTable(input.units, !c.advisory),
      ...questionTables(input.questions, input.figures),
      {
        type: "para",
        text: `3. Đã tổng hợp ${int(input.themes.reduce((s, t) => s + t.opinions, 0))} ý kiến góp ý thành ${int(input.themes.length)} nhóm; tiếp thu ${int(taken)} nhóm, giải trình hoặc chuyển cơ quan có thẩm quyền ${int(input.themes.length - taken)} nhóm.`,
      },
      ...(input.notes.trim() ? [{ type: "para", text: input.notes.trim() } satisfies Block] : []),
    ],
    signers: committeeSigner(input.signer),
    recipients: recipientLines(input.recipients),
    amends: input.amends,
  };
}

export type CountRecordInput = CommonInput & {
  neighbourhood: string;
  consultationTitle: string;
  figures: Figures;
  questions: QuestionData[];
  ballots: { issued: number | null; returned: number | null; valid: number | null; invalid: number | null } | null;
  /** Paper ballots keyed in for the neighbourhood, blank and invalid among them. */
  keyed: KeyedPaper;
  team: string[];
  witnesses: string[];
  outcomeText: string | null;
  notes: string;
};

const AGREEMENT: Record<KeyedAgainstCount["agreement"], (c: KeyedAgainstCount) => string> = {
  MATCH: () => "Khớp",
  DIFFERS: (c) => `Chênh lệch ${int(Math.abs(c.keyed - (c.counted ?? 0)))} phiếu`,
  NOT_COUNTED: () => "Chưa có số liệu kiểm phiếu",
};

/**
 * The ballots keyed in against the team's count of valid and invalid ones (a blank ballot goes with
 * the invalid: src/domain/reconciliation.ts), so the record itself says whether the two agree.
 */
function keyedTable(keyed: KeyedPaper, ballots: CountRecordInput["ballots"]): Block {
  const c = compareKeyed(keyed, { valid: ballots?.valid ?? null, invalid: ballots?.invalid ?? null });
  const counted = (n: number | null) => (n === null ? "…" : int(n));
  return {
    type: "table",
    head: ["Loại phiếu", "Tổ kiểm phiếu đã kiểm", "Đã nhập vào hệ thống", "Đối chiếu"],
    numeric: [false, true, true, false],
    rows: [
      ["Phiếu hợp lệ", counted(c.valid.counted), int(c.valid.keyed), AGREEMENT[c.valid.agreement](c.valid)],
      [
        "Phiếu không hợp lệ",
        counted(c.invalid.counted),
        int(c.invalid.keyed),
        AGREEMENT[c.invalid.agreement](c.invalid),
      ],
      ["Trong đó: phiếu trắng", "—", int(keyed.blank), ""],
      ["Trong đó: phiếu không hợp lệ khác", "—", int(keyed.invalid), ""],
    ],
  };
}

/** Biên bản kiểm phiếu (Decree 59/2023 form 04): the neighbourhood's household-ballot count. */
export function buildCountRecord(input: CountRecordInput): RecordDoc {
  const b = input.ballots;
  const people = (list: string[]) => (list.length ? list.join(", ") : "…");
  return {
    kind: "COUNT_RECORD",
    ...neighbourhoodHeading(input),
    docTitle: "BIÊN BẢN KIỂM PHIẾU",
    subject: `Về việc phát phiếu lấy ý kiến của hộ gia đình về ${lowerFirst(input.consultationTitle)}`,
    blocks: [
      ...amendsBlock(input.amends),
      { type: "para", text: `Tổ kiểm phiếu gồm: ${people(input.team)}.` },
      { type: "para", text: `Đại diện hộ gia đình chứng kiến việc kiểm phiếu: ${people(input.witnesses)}.` },
      { type: "heading", text: "Kết quả kiểm phiếu" },
      { type: "para", text: `Tổng số hộ gia đình trong ${input.neighbourhood}: ${int(input.figures.roll)} hộ.` },
      ...(b
        ? [
            {
              type: "table",
              head: ["Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ", "Số phiếu không hợp lệ"],
              numeric: [true, true, true, true],
              rows: [[b.issued, b.returned, b.valid, b.invalid].map((n) => (n === null ? "…" : int(n)))],
            } satisfies Block,
          ]
        : []),
      ...(b || input.keyed.total > 0
        ? [
            { type: "para", text: "Đối chiếu với số phiếu đã nhập vào hệ thống:" } satisfies Block,
            keyedTable(input.keyed, b),
          ]
        : []),
      { type: "para", text: participation(input.figures) },
      ...questionTables(input.questions, input.figures),
      ...(input.outcomeText ? [{ type: "para", text: `Kết quả: ${input.outcomeText}.` } satisfies Block] : []),
      ...(input.notes.trim() ? [{ type: "para", text: input.notes.trim() } satisfies Block] : []),
      {
        type: "para",
        text: "Biên bản được lập thành 02 bản, 01 bản lưu tại thôn, tổ dân phố, 01 bản gửi Ủy ban nhân dân cấp xã.",
      },
    ],
    signers: [
      { authority: null, title: "TỔ TRƯỞNG TỔ KIỂM PHIẾU", name: input.team[0] ?? "" },
      ...input.witnesses.slice(0, 2).map((name) => ({ authority: null, title: "ĐẠI DIỆN HỘ GIA ĐÌNH", name })),
    ],
    recipients: [],
    amends: input.amends,
  };
}

export type MinutesInput = CommonInput & {
  neighbourhood: string;
  consultationTitle: string;
  meeting: {
    heldAt: Date;
    place: string;
    chairName: string;
    secretaryName: string;
    voteMode: "SHOW_OF_HANDS" | "SECRET_BALLOT";
  };
  present: number;
  roll: number;
  figures: Figures;
  questions: QuestionData[];
  outcomeText: string | null;
  notes: string;
};

/** Biên bản cuộc họp (Decree 59/2023 form 03): households represented and not represented, result. */
export function buildMeetingMinutes(input: MinutesInput): RecordDoc {
  const m = input.meeting;
  return {
    kind: "MEETING_MINUTES",
    ...neighbourhoodHeading(input),
    docTitle: "BIÊN BẢN CUỘC HỌP",
    subject: `Về việc ${lowerFirst(input.consultationTitle)}`,
    blocks: [
      ...amendsBlock(input.amends),
      { type: "para", text: `Thời gian: ${placeDateLine("", m.heldAt).replace(/^, /, "")}. Địa điểm: ${m.place}.` },
      { type: "heading", text: "I. THÀNH PHẦN" },
      { type: "para", text: `Chủ trì: ${m.chairName}. Thư ký: ${m.secretaryName}.` },
      {
        type: "para",
        text: `Số hộ gia đình có đại diện tham dự: ${int(input.present)}/${int(input.roll)} hộ (${percent(input.present, input.roll)}); số hộ gia đình không có đại diện tham dự: ${int(Math.max(input.roll - input.present, 0))} hộ.`,
      },
      { type: "heading", text: "II. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT" },
      { type: "para", text: `Hình thức biểu quyết: ${m.voteMode === "SECRET_BALLOT" ? "bỏ phiếu kín" : "giơ tay"}.` },
      ...questionTables(input.questions, input.figures),
      ...(input.outcomeText ? [{ type: "para", text: `Kết quả: ${input.outcomeText}.` } satisfies Block] : []),
      ...(input.notes.trim() ? [{ type: "para", text: input.notes.trim() } satisfies Block] : []),
    ],
    signers: [
      { authority: null, title: "THƯ KÝ", name: m.secretaryName },
      { authority: null, title: "CHỦ TRÌ", name: m.chairName },
    ],
    recipients: [],
    amends: input.amends,
  };
}

function lowerFirst(s: string) {
  const t = s.trim().replace(/^lấy ý kiến (nhân dân )?(về )?/iu, "");
  return t.charAt(0).toLocaleLowerCase("vi") + t.slice(1);
}
