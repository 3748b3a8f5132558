// How to take part, channel by channel, as the notice writes it and as the loudspeaker says it
// (Law on Grassroots Democracy Art 13 k1: the notice says the time, the place and the form of the
// consultation). Written: dates as 21/12/2026 and the public address in full. Spoken: everything in
// words and no address to spell out (the listener is sent to the slip and the posted notice instead).
import type { ChannelName } from "../matters";
import { communeInText, meetingPlaceText, orderedChannels, type MaterialFacts } from "./facts";
import { dateTimeWords, shortDate, shortTime, speakable, vietnamParts } from "./words";

export type Style = "written" | "spoken";

export const CHANNEL_HEADINGS: Record<ChannelName, string> = {
  ONLINE: "Trực tuyến",
  PAPER_BALLOT: "Bằng phiếu lấy ý kiến",
  MEETING: "Tại cuộc họp",
  WRITTEN: "Bằng văn bản",
  SUGGESTION_BOX: "Qua hòm thư góp ý",
};

/** "14:00 ngày 10/12/2026", or in words. */
export function moment(at: Date, style: Style, options: { year?: boolean } = {}): string {
  return style === "written" ? `${shortTime(at)} ngày ${shortDate(at)}` : dateTimeWords(at, options);
}

/** "từ 07:00 ngày 01/12/2026 đến 17:00 ngày 21/12/2026"; spoken, the first year is left out when both share it. */
export function periodText(f: Pick<MaterialFacts, "opensAt" | "closesAt">, style: Style): string {
  const { opensAt, closesAt } = f;
  if (opensAt && closesAt) {
    const sameYear = vietnamParts(opensAt).year === vietnamParts(closesAt).year;
    return `từ ${moment(opensAt, style, { year: style === "written" || !sameYear })} đến ${moment(closesAt, style)}`;
  }
  if (closesAt) return `đến ${moment(closesAt, style)}`;
  if (opensAt) return `từ ${moment(opensAt, style)}`;
  return "theo thời gian Ủy ban nhân dân thông báo";
}

/** The meeting: when and where, or where and "the schedule the head announces" when no time is set. */
export function meetingText(
  f: Pick<MaterialFacts, "meetingAt" | "meetingPlace">,
  style: Style,
  options: { year?: boolean } = {},
): string {
  const place = style === "spoken" ? speakable(meetingPlaceText(f.meetingPlace)) : meetingPlaceText(f.meetingPlace);
  return f.meetingAt
    ? `lúc ${moment(f.meetingAt, style, options)}, ${place}`
    : `theo lịch do trưởng thôn, tổ trưởng tổ dân phố thông báo, ${place}`;
}

/** One sentence per channel the consultation has, each starting with what the household does. */
export function channelSentences(f: MaterialFacts, style: Style): { channel: ChannelName; text: string }[] {
  const committee = `Ủy ban nhân dân ${communeInText(f.communeName)}`;
  const text: Record<ChannelName, () => string> = {
    ONLINE: () =>
      style === "written"
        ? "quét mã QR hoặc truy cập địa chỉ in dưới mã QR trên thông báo này, đăng nhập bằng mã hộ và mã PIN ghi trên phiếu thông tin đăng nhập gửi đến hộ."
        : "quét mã QR trên phiếu mời hoặc trên thông báo niêm yết, đăng nhập bằng mã hộ và mã PIN ghi trên phiếu mời gửi đến hộ.",
    PAPER_BALLOT: () =>
      "ghi ý kiến vào phiếu lấy ý kiến được phát đến hộ gia đình, gửi lại cho trưởng thôn, tổ trưởng tổ dân phố.",
    MEETING: () => `đại diện hộ dự cuộc họp ${meetingText(f, style)}.`,
    WRITTEN: () =>
      `gửi thư góp ý đến ${committee}${f.communeAddress && style === "written" ? ` (địa chỉ: ${f.communeAddress.trim()})` : ""}.`,
    SUGGESTION_BOX: () => `bỏ ý kiến vào hòm thư góp ý của ${committee}.`,
  };
  return orderedChannels(f.channels).map((channel) => ({ channel, text: text[channel]() }));
}
