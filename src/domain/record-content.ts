// The content of decision records as data: one document model (header, title, blocks, signatures,
// recipients) built from the tally, the themes and the meeting, then rendered to HTML for the
// preview and to PDF at finalisation. Records are Vietnamese administrative documents, so their text
// is Vietnamese whatever the interface language. Pure: callers pass every figure and name in.
// This file holds the model and the parts every record shares; the committee's records are built in
// record-content-committee.ts, a neighbourhood's in record-content-neighbourhood.ts.
import { numberAndSymbol, placeDateLine, RECORD_TYPES, type RecordKindName } from "./records";

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
export const int = (n: number) => n.toLocaleString("vi-VN");
export const percent = (n: number, d: number) =>
  d > 0 ? `${((100 * n) / d).toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%` : "—";

function numberLine(kind: RecordKindName, number: number | null): string | null {
  const { docType, byCommittee } = RECORD_TYPES[kind];
  if (!byCommittee) return null;
  // A draft has no number yet: the blank is left as on a paper draft.
  return number === null ? `Số:      /${docType}-UBND` : `Số: ${numberAndSymbol(number, docType)}`;
}

/** A committee's record heads with the committee, the record's number, and the commune's place and date. */
export function committeeHeading(
  kind: RecordKindName,
  input: Pick<CommonInput, "communeName" | "place" | "at" | "number">,
) {
  return {
    issuer: ["ỦY BAN NHÂN DÂN", upper(input.communeName)],
    numberLine: numberLine(kind, input.number),
    placeDate: placeDateLine(input.place, input.at),
  };
}

/** A neighbourhood's record (minutes, a count) heads with the committee and the neighbourhood, unnumbered. */
export function neighbourhoodHeading(input: { communeName: string; neighbourhood: string; at: Date }) {
  return {
    issuer: [`UBND ${upper(input.communeName)}`, upper(input.neighbourhood)],
    numberLine: null,
    placeDate: placeDateLine(input.neighbourhood, input.at),
  };
}

export function amendsBlock(amends: string | null): Block[] {
  return amends ? [{ type: "para", text: `Văn bản này đính chính, thay thế ${amends}.` }] : [];
}

/** Per question: counts of each option, as shares of the respondents and of the roll. */
export function questionTables(questions: readonly QuestionData[], f: Figures): Block[] {
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

export function participation(f: Figures): string {
  const channels = Object.entries(f.byChannel)
    .filter(([, n]) => n > 0)
    .map(([ch, n]) => `${CHANNEL_LABEL[ch] ?? ch}: ${int(n)}`)
    .join("; ");
  return `Tổng số hộ trong danh sách: ${int(f.roll)} hộ; số hộ có ý kiến: ${int(f.responded)} hộ (đạt ${percent(f.responded, f.roll)})${channels ? `, trong đó ${channels}` : ""}.`;
}

/** A consultation's title as it reads inside a sentence: "Lấy ý kiến về X" → "x". */
export function lowerFirst(s: string) {
  const t = s.trim().replace(/^lấy ý kiến (nhân dân )?(về )?/iu, "");
  return t.charAt(0).toLocaleLowerCase("vi") + t.slice(1);
}
