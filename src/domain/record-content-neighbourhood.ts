// A neighbourhood's records (Biên bản kiểm phiếu, Biên bản cuộc họp: Decree 59/2023 forms 04 and
// 03): unnumbered, signed by the count team or the meeting's chair and secretary. The model and the
// shared parts are in record-content.ts.
import { placeDateLine } from "./records";
import { compareKeyed, type KeyedAgainstCount, type KeyedPaper } from "./reconciliation";
import {
  amendsBlock,
  int,
  lowerFirst,
  neighbourhoodHeading,
  participation,
  percent,
  questionTables,
  type Block,
  type CommonInput,
  type Figures,
  type QuestionData,
  type RecordDoc,
} from "./record-content";

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
