// The committee's records (Báo cáo tổng hợp, Thông báo kết quả): numbered, signed for the People's
// Committee, sent to the recipients listed. The model and the shared parts are in record-content.ts.
import { placeDateLine, recipientLines, signatureBlock, type SignerCapacity } from "./records";
import {
  amendsBlock,
  committeeHeading,
  int,
  lowerFirst,
  participation,
  percent,
  questionTables,
  type Block,
  type CommonInput,
  type Figures,
  type QuestionData,
  type RecordDoc,
  type Signer,
  type UnitData,
} from "./record-content";

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

/**
 * "Tiếp thu: …": the kind of response, then what it says (Art 26 k2: each opinion is answered). A
 * response that already opens with its kind ("Tiếp thu, bổ sung …", or just "Tiếp thu.") is not
 * prefixed again; an empty one is the kind alone.
 */
export function responseSentence(kind: ThemeData["responseKind"], text: string): string {
  const label = RESPONSE_KIND[kind];
  const body = text.trim();
  if (!body) return `${label}.`;
  const sentence = /[.!?…]$/u.test(body) ? body : `${body}.`;
  return sentence.toLocaleLowerCase("vi").startsWith(label.toLocaleLowerCase("vi"))
    ? sentence
    : `${label}: ${sentence}`;
}

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
          text: `${i + 1}. ${t.title} (${int(t.opinions)} ý kiến). ${responseSentence(t.responseKind, t.responseText)}`,
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
