// What every publicity material of a consultation says, as plain facts (docs/LAW.md#r17; Law on
// Grassroots Democracy Art 12 k1 lets the commune publicise "in many forms": the notice board, the
// loudspeaker, the portal, the residents' chat groups). The builders beside this file are pure: the
// server reads these facts once and each material is a function of them. Materials are Vietnamese
// administrative texts, so they are Vietnamese whatever the interface language (as records are).
import { CHANNELS, type ChannelName } from "../matters";
import { isPublicStatus, type ConsultationStatusName } from "../consultation-status";

export type MaterialFacts = {
  title: string;
  summary: string;
  /** The matter's name as t(`matter.X`) gives it in Vietnamese: "Đóng góp xây dựng công trình công cộng". */
  matterLabel: string;
  /** "Xã Hòa Bình": the commune with its kind. */
  communeName: string;
  /** "Hòa Bình": the place in the date line (Decree 30 Appendix I §II 4). */
  place: string;
  /** The commune office's address, if the commune has one on file (where letters go). */
  communeAddress: string | null;
  /** The neighbourhoods consulted, by name ("Thôn Đông"), in reading order. */
  areas: string[];
  opensAt: Date | null;
  closesAt: Date | null;
  channels: readonly ChannelName[];
  meetingAt: Date | null;
  /** Where the meeting is held, as the official typed it; empty when not given. */
  meetingPlace: string;
  /** The consultation's public page (the QR code and the printed address). */
  publicUrl: string;
  /** The date of the notice: the publication. */
  issuedAt: Date;
};

/**
 * Materials exist only for a consultation the public may see: never for a draft or one waiting for
 * approval (a notice of an unapproved consultation must not exist), nor a cancelled one.
 */
export const offersMaterials = (status: ConsultationStatusName) => isPublicStatus(status);

/** The consultation's channels in one fixed order, whatever order they were ticked in. */
export function orderedChannels(channels: readonly ChannelName[]): ChannelName[] {
  return CHANNELS.filter((c) => channels.includes(c));
}

/** When the meeting place is not given: where neighbourhood meetings are held. */
export const DEFAULT_MEETING_PLACE = "tại nhà văn hóa thôn, tổ dân phố";

export function meetingPlaceText(place: string): string {
  const p = place
    .normalize("NFC")
    .trim()
    .replace(/[.;]+$/u, "");
  if (!p) return DEFAULT_MEETING_PLACE;
  return /^tại\s/iu.test(p) ? p.charAt(0).toLocaleLowerCase("vi") + p.slice(1) : `tại ${p}`;
}

/** "Thôn Đông, Thôn Tây và Tổ dân phố 3" (or "… hoặc …" for alternatives). */
export function joinVi(items: readonly string[], last: "và" | "hoặc" = "và"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

const UNIT_WORDS = /^(thôn|tổ dân phố|tổ|khu phố|khu|ấp|bản|xóm|làng|buôn|khóm|sóc|plei)(?=\s)/iu;

/** A neighbourhood's name inside a sentence: "Thôn Đông" → "thôn Đông", "Tổ dân phố 3" → "tổ dân phố 3". */
export function areaInText(name: string): string {
  const n = name.normalize("NFC").trim();
  return n.replace(UNIT_WORDS, (w) => w.toLocaleLowerCase("vi"));
}

/** The commune's name inside a sentence: "Ủy ban nhân dân xã Hòa Bình". */
export function communeInText(communeName: string): string {
  return communeName.charAt(0).toLocaleLowerCase("vi") + communeName.slice(1);
}

/** "Lấy ý kiến về làm đường thôn Đông" → "làm đường thôn Đông": the title inside a sentence. */
export function subjectOf(title: string): string {
  const t = title
    .normalize("NFC")
    .trim()
    .replace(/^lấy ý kiến (nhân dân )?(về )?/iu, "")
    .replace(/[.;]+$/u, "");
  return t.charAt(0).toLocaleLowerCase("vi") + t.slice(1);
}
