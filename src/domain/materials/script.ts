// The loudspeaker script (Law on Grassroots Democracy Art 13 k3: the commune's loudspeaker carries
// the announcement at least 3 consecutive days; docs/LAW.md#r17). Written to be read aloud by the
// commune radio's announcer: every date, time, amount and number in words (./words.ts), short
// sentences, no addresses to spell out. Two lengths: the short one (about 30–45 seconds, what, when,
// how) fits between programmes; the full one greets, explains and repeats the key dates.
import { channelSentences, meetingText, periodText } from "./channels";
import { areaInText, communeInText, joinVi, orderedChannels, subjectOf, type MaterialFacts } from "./facts";
import { speakable, vietnamParts } from "./words";

const ORDINALS = ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm"];

/** The area as it is said: "các hộ gia đình ở Thôn Đông và Thôn Tây". */
function areaText(f: MaterialFacts): string {
  return f.areas.length
    ? `các hộ gia đình ở ${spokenAreas(f)}`
    : `các hộ gia đình trong ${communeInText(f.communeName)}`;
}

const spokenAreas = (f: MaterialFacts) => speakable(joinVi(f.areas.map(areaInText)));

/** The short version: who, what, when, how, in a few sentences. */
export function shortScript(f: MaterialFacts): string {
  const committee = `Ủy ban nhân dân ${communeInText(f.communeName)}`;
  const ways = orderedChannels(f.channels).map(shortWay(f));
  const how = ways.length ? ` Bà con có thể tham gia ${joinVi(ways, "hoặc")}.` : "";
  return [
    `${committee} thông báo: lấy ý kiến Nhân dân về ${speakable(subjectOf(f.title))}.`,
    `Thời gian lấy ý kiến ${periodText(f, "spoken")}.`,
    // The short version names at most three neighbourhoods: a longer list would take its whole time.
    `Đề nghị đại diện ${f.areas.length > 3 ? `các hộ gia đình trong ${communeInText(f.communeName)}` : areaText(f)} tham gia ý kiến.${how}`,
    "Xin trân trọng thông báo.",
  ].join(" ");
}

/** Each channel in a few words, for the short version. */
const shortWay =
  (f: MaterialFacts) =>
  (channel: MaterialFacts["channels"][number]): string => {
    switch (channel) {
      case "ONLINE":
        return "trực tuyến bằng mã hộ và mã PIN trên phiếu mời";
      case "PAPER_BALLOT":
        return "bằng phiếu lấy ý kiến nộp cho trưởng thôn, tổ trưởng tổ dân phố";
      case "MEETING": {
        // The year is said once, with the closing date, when the meeting falls in the same year.
        const sameYear =
          !f.meetingAt || !f.closesAt || vietnamParts(f.meetingAt).year === vietnamParts(f.closesAt).year;
        return `tại cuộc họp ${meetingText(f, "spoken", { year: !sameYear })}`;
      }
      case "WRITTEN":
        return "bằng thư góp ý gửi Ủy ban nhân dân xã";
      case "SUGGESTION_BOX":
        return "qua hòm thư góp ý";
    }
  };

/** The full version: greeting, the matter, the area, the period, each channel, a repeat, the closing. */
export function fullScript(f: MaterialFacts): string {
  const committee = `Ủy ban nhân dân ${communeInText(f.communeName)}`;
  const ways = channelSentences(f, "spoken");
  const meeting = f.channels.includes("MEETING") && f.meetingAt ? `; cuộc họp ${meetingText(f, "spoken")}` : "";
  const summary = f.summary.normalize("NFC").trim();
  const paragraphs = [
    `Kính thưa bà con Nhân dân ${areaName(f)}!`,
    `Thực hiện Luật Thực hiện dân chủ ở cơ sở, ${committee} tổ chức lấy ý kiến Nhân dân về ${speakable(subjectOf(f.title))}. Đây là nội dung thuộc loại việc: ${speakable(lowerFirst(f.matterLabel))}.`,
    ...(summary ? [speakable(endSentence(summary))] : []),
    `Phạm vi lấy ý kiến: ${areaText(f)}. Mỗi hộ gia đình cho một ý kiến, do chủ hộ hoặc người đại diện hộ thực hiện.`,
    `Thời gian lấy ý kiến ${periodText(f, "spoken")}.`,
    ...(ways.length
      ? [
          `Bà con có thể tham gia ý kiến theo ${ways.length === 1 ? "cách" : `${ways.length === 2 ? "hai" : ways.length === 3 ? "ba" : ways.length === 4 ? "bốn" : "năm"} cách`} sau đây.`,
          ...ways.map((w, i) => `${ways.length > 1 ? `${ORDINALS[i]}, ` : ""}${HEADINGS[w.channel]}: ${w.text}`),
        ]
      : []),
    `Xin nhắc lại: thời gian lấy ý kiến ${periodText(f, "spoken")}${meeting}.`,
    `${committee} đề nghị bà con quan tâm, tham gia ý kiến đầy đủ. Xin trân trọng cảm ơn bà con!`,
  ];
  return paragraphs.join("\n\n");
}

const HEADINGS = {
  ONLINE: "trực tuyến",
  PAPER_BALLOT: "bằng phiếu lấy ý kiến",
  MEETING: "tại cuộc họp",
  WRITTEN: "bằng văn bản",
  SUGGESTION_BOX: "qua hòm thư góp ý",
} as const;

/** Who is greeted: the neighbourhoods when few, the commune otherwise. */
function areaName(f: MaterialFacts): string {
  return f.areas.length && f.areas.length <= 3 ? spokenAreas(f) : `trong ${communeInText(f.communeName)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
const endSentence = (s: string) => (/[.!?…]$/u.test(s) ? s : `${s}.`);

/** Words in a text, for the reading time (Vietnamese words are syllables: about 3 a second on air). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The reading time in seconds, at the pace of a radio announcer (about 180 syllables a minute). */
export function readingSeconds(text: string): number {
  return Math.round((wordCount(text) * 60) / 180);
}
