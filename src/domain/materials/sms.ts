// The short message for SMS and the residents' chat groups (Zalo): the title, the closing date and
// the public address (Law on Grassroots Democracy Art 12 k1: publicity through the means residents
// use; docs/LAW.md#r17). An SMS is sent in segments: GSM-7 holds 160 characters (153 a segment once
// split), UCS-2 holds 70 (67). Any Vietnamese letter with a diacritic ("ấ", "ơ", "đ") is outside
// GSM-7, so an accented message is UCS-2 and costs more than twice as many segments; the unaccented
// variant (marks stripped, đ → d) is offered beside it with its own count. The count is
// sms-segments-calculator's (Twilio's segment calculator, MIT): it knows the GSM-7 extension table
// (€ { } count double) and the user-data headers of a split message, which a hand count gets wrong.
import { SegmentedMessage } from "sms-segments-calculator";
import { communeInText, subjectOf, type MaterialFacts } from "./facts";
import { shortDate, shortTime } from "./words";

export type SmsCount = {
  text: string;
  /** Characters as the network counts them (a GSM-7 extension character is two). */
  characters: number;
  segments: number;
  encoding: "GSM-7" | "UCS-2";
  /** Characters one segment holds in this encoding and length: 160 / 153, or 70 / 67. */
  perSegment: number;
};

export function smsCount(text: string): SmsCount {
  const m = new SegmentedMessage(text.normalize("NFC"));
  const encoding = m.encodingName === "GSM-7" ? "GSM-7" : "UCS-2";
  const single = encoding === "GSM-7" ? 160 : 70;
  return {
    text,
    characters: m.numberOfCharacters,
    segments: m.segmentsCount,
    encoding,
    perSegment: m.segmentsCount > 1 ? single - (encoding === "GSM-7" ? 7 : 3) : single,
  };
}

/** Vietnamese without its marks: NFD, combining marks dropped, đ → d ("Lấy ý kiến đường" → "Lay y kien duong"). */
export function unaccented(text: string): string {
  return text.replace(/đ/gu, "d").replace(/Đ/gu, "D").normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** The title cut at a word so the message stays short ("..." rather than "…", which GSM-7 lacks). */
export function shortTitle(title: string, max = 70): string {
  const t = title.normalize("NFC").trim().replace(/\s+/gu, " ");
  if (Array.from(t).length <= max) return t;
  const cut = Array.from(t)
    .slice(0, max - 3)
    .join("");
  return `${cut.replace(/\s+\S*$/u, "") || cut}...`;
}

/** "UBND xã Hòa Bình lấy ý kiến về làm đường thôn Đông đến 17:00 ngày 21/12/2026. Xem và góp ý: https://…" */
export function smsText(f: Pick<MaterialFacts, "communeName" | "title" | "closesAt" | "publicUrl">): string {
  const until = f.closesAt ? ` đến ${shortTime(f.closesAt)} ngày ${shortDate(f.closesAt)}` : "";
  return `UBND ${communeInText(f.communeName)} lấy ý kiến về ${shortTitle(subjectOf(f.title))}${until}. Xem và góp ý: ${f.publicUrl}`;
}

/** The message and its unaccented variant, each with its count. */
export function smsMaterials(f: Pick<MaterialFacts, "communeName" | "title" | "closesAt" | "publicUrl">) {
  const text = smsText(f);
  return { accented: smsCount(text), unaccented: smsCount(unaccented(text)) };
}
