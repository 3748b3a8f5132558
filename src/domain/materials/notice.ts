// The notice for notice boards (THÔNG BÁO) of a consultation, in the form of Decree 30/2020 Appendix I
// (docs/LAW.md#r19): the committee and the blank number "Số:      /TB-UBND" on the left, the national
// name and motto on the right, the place and date line, "THÔNG BÁO" and "Về việc lấy ý kiến …", the
// content, the Chairman's block left for the signature, and "Nơi nhận". Its content is what Law on
// Grassroots Democracy Art 13 k1 asks a notice to say (the matter, the area, the time, the forms of
// taking part) and it is posted at the commune office and the neighbourhoods' cultural houses
// (Art 13 k2; docs/LAW.md#r17). A large-print variant says the same in fewer, bigger words.
import { MOTTO, NATIONAL_NAME, type Block, type RecordDoc } from "../record-content";
import { placeDateLine, recipientLines } from "../records";
import { CHANNEL_HEADINGS, channelSentences, meetingText, periodText } from "./channels";
import { areaInText, communeInText, joinVi, orderedChannels, subjectOf, type MaterialFacts } from "./facts";

export { MOTTO, NATIONAL_NAME };

/** A record's layout without what only registered records have (their kind, what they amend). */
export type NoticeDoc = Omit<RecordDoc, "kind" | "amends"> & { qr: { url: string; caption: string } };

const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");

export function noticeIssuer(communeName: string): string[] {
  return ["ỦY BAN NHÂN DÂN", upper(communeName)];
}

export const NOTICE_SUBJECT_PREFIX = "Về việc lấy ý kiến Nhân dân về";

export function buildNotice(f: MaterialFacts): NoticeDoc {
  const committee = `Ủy ban nhân dân ${communeInText(f.communeName)}`;
  const summary = f.summary.normalize("NFC").trim();
  const ways = channelSentences(f, "written");
  const blocks: Block[] = [
    {
      type: "para",
      text: `Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022, ${committee} thông báo lấy ý kiến Nhân dân như sau:`,
    },
    { type: "para", text: `1. Nội dung lấy ý kiến: ${f.title.normalize("NFC").trim()} (${f.matterLabel}).` },
    ...(summary ? [{ type: "para", text: /[.!?…:]$/u.test(summary) ? summary : `${summary}.` } satisfies Block] : []),
    {
      type: "para",
      text: `2. Phạm vi lấy ý kiến: ${f.areas.length ? `các hộ gia đình tại ${joinVi(f.areas.map(areaInText))}` : `các hộ gia đình trong ${communeInText(f.communeName)}`}; mỗi hộ gia đình cho một ý kiến.`,
    },
    { type: "para", text: `3. Thời gian lấy ý kiến: ${periodText(f, "written")}.` },
    { type: "para", text: "4. Hình thức tham gia ý kiến:" },
    ...ways.map<Block>((w) => ({ type: "para", text: `- ${CHANNEL_HEADINGS[w.channel]}: ${w.text}` })),
    {
      type: "para",
      text: `${committee} đề nghị trưởng thôn, tổ trưởng tổ dân phố thông báo rộng rãi đến Nhân dân; đề nghị các hộ gia đình tham gia ý kiến đầy đủ, đúng thời gian./.`,
    },
  ];
  return {
    issuer: noticeIssuer(f.communeName),
    // The number is given by the office's register when the notice is signed: left blank, as on paper.
    numberLine: "Số:      /TB-UBND",
    placeDate: placeDateLine(f.place, f.issuedAt),
    docTitle: "THÔNG BÁO",
    subject: `${NOTICE_SUBJECT_PREFIX} ${subjectOf(f.title)}`,
    blocks,
    signers: [{ authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "" }],
    recipients: recipientLines([
      `Thường trực HĐND ${communeInText(f.communeName)}`,
      `Ban Thường trực UBMTTQ Việt Nam ${communeInText(f.communeName)}`,
      "Trưởng thôn, tổ trưởng tổ dân phố",
    ]),
    qr: { url: f.publicUrl, caption: "Toàn văn nội dung, tài liệu kèm theo và kết quả: quét mã QR hoặc truy cập" },
  };
}

/** The large-print notice: a heading, a handful of short lines, a big QR code and its address. */
export type LargeNotice = {
  issuer: string[];
  docTitle: string;
  headline: string;
  /** "Khu vực: …", "Thời gian: …": a bold label and its text on one line. */
  lines: { label: string; text: string }[];
  /** How to take part, one short line a channel, under "Cách tham gia:". */
  ways: string[];
  qr: { url: string; caption: string };
  signOff: string;
};

/** Each channel in a few words, for the large print. */
function largeWay(f: MaterialFacts, channel: MaterialFacts["channels"][number]): string {
  switch (channel) {
    case "ONLINE":
      return "Trực tuyến: quét mã QR dưới đây, dùng mã hộ và mã PIN trên phiếu mời.";
    case "PAPER_BALLOT":
      return "Phiếu giấy: điền phiếu phát đến hộ, nộp cho trưởng thôn, tổ trưởng.";
    case "MEETING":
      return `Họp: ${meetingText(f, "written")}.`;
    case "WRITTEN":
      return `Thư góp ý: gửi Ủy ban nhân dân ${communeInText(f.communeName)}.`;
    case "SUGGESTION_BOX":
      return "Hòm thư góp ý của Ủy ban nhân dân.";
  }
}

export function buildLargeNotice(f: MaterialFacts): LargeNotice {
  return {
    issuer: [`ỦY BAN NHÂN DÂN ${upper(f.communeName)}`],
    docTitle: "THÔNG BÁO",
    headline: `Lấy ý kiến Nhân dân về ${subjectOf(f.title)}`,
    lines: [
      ...(f.areas.length ? [{ label: "Khu vực", text: joinVi(f.areas) }] : []),
      { label: "Thời gian", text: periodText(f, "written") },
    ],
    ways: orderedChannels(f.channels).map((c) => largeWay(f, c)),
    qr: { url: f.publicUrl, caption: "Quét mã để xem và góp ý" },
    signOff: `ỦY BAN NHÂN DÂN ${upper(f.communeName)}`,
  };
}
