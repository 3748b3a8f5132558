// Messages to households (Law on Grassroots Democracy Art 13 k3: notices "đến từng hộ gia đình", and
// SMS to the household representative; docs/LAW.md#r17). Pure rules: who gets which transport, when
// a reminder is due, how retries back off, how much of a day's cap is left, and the texts.
import { DAY_MS } from "./consultation-plan";
import { isLiveStatus, type ConsultationStatusName } from "./consultation-status";
import type { ContactConsentName } from "./contacts";

/** The schema's MessageKind and MessageTransport, as the domain names them. */
export const MESSAGE_KINDS = ["INVITATION", "REMINDER", "RESULTS"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type MessageTransport = "EMAIL" | "SMS" | "PRINT";

export type ConfiguredTransports = { email: boolean; sms: boolean };

/**
 * One message per household and kind, by the first transport that can reach it: SMS (read on any
 * phone, the channel the law names), then e-mail, else the print list that staff phone or visit
 * from. A household that opted out is never sent anything (Law 91/2025/QH15 on personal data
 * protection: the data subject may object to a processing): it is on the print list, as it is on the
 * neighbourhood's paper round anyway.
 */
export function chooseTransport(
  h: { phone: string | null; email: string | null; consent: ContactConsentName },
  configured: ConfiguredTransports,
): MessageTransport {
  if (h.consent === "OPTED_OUT") return "PRINT";
  if (configured.sms && h.phone?.trim()) return "SMS";
  if (configured.email && h.email?.trim()) return "EMAIL";
  return "PRINT";
}

/** The phone as the gateway takes it: E.164 for Vietnam (0912345678 → +84912345678), or null. */
export function gatewayPhone(raw: string): string | null {
  const digits = raw.replace(/[\s.()-]/g, "");
  if (/^\+\d{8,15}$/.test(digits)) return digits;
  if (/^84\d{9,10}$/.test(digits)) return `+${digits}`;
  if (/^0\d{9,10}$/.test(digits)) return `+84${digits.slice(1)}`;
  return null;
}

/** A reminder N days before closing, to households that have not answered, once. */
export function reminderDue(
  c: { status: string; closesAt: Date | null; reminderDays: number | null; remindersQueuedAt: Date | null },
  now: Date,
): boolean {
  if (c.status !== "OPEN" || !c.closesAt || !c.reminderDays || c.remindersQueuedAt) return false;
  return now.getTime() >= c.closesAt.getTime() - c.reminderDays * DAY_MS && now < c.closesAt;
}

/** Which kind an official may queue by hand in which state: invitations before and while open, the rest after. */
export function mayQueue(kind: MessageKind, status: ConsultationStatusName): boolean {
  if (kind === "INVITATION") return status === "PUBLISHED" || status === "OPEN";
  if (kind === "REMINDER") return status === "OPEN";
  return status === "RESULTS_PUBLISHED";
}

/** The reminder's days may change until it is queued, while the consultation is still live. */
export function reminderSettable(c: { status: ConsultationStatusName; remindersQueuedAt: Date | null }): boolean {
  return isLiveStatus(c.status) && c.remindersQueuedAt === null;
}

export const MAX_ATTEMPTS = 6;

/** Wait before attempt n+1 after n failed ones: base · 2^(n-1), at most an hour. */
export function retryDelayMs(attempts: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Vietnam has one time zone, UTC+7, and no daylight saving: a day's cap resets at local midnight. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export function vietnamDayStart(now: Date): Date {
  const local = now.getTime() + VIETNAM_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - VIETNAM_OFFSET_MS);
}

export function nextVietnamDay(now: Date): Date {
  return new Date(vietnamDayStart(now).getTime() + DAY_MS);
}

/** How many may still be claimed today: the cap less those sent today and those being sent. */
export function capRemaining(cap: number | null, sentToday: number, sending: number): number {
  if (cap === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, cap - sentToday - sending);
}

/** Vietnamese without its marks, for an operator that asks for it (đ → d; NFD, marks removed). */
export function unaccented(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

export type MessageFacts = {
  communeName: string;
  title: string;
  closesAt: Date | null;
  /** The consultation's public page. */
  url: string;
};

export type MessageTexts = { sms: string; subject: string; email: string; print: string };

function vietnamDateTime(d: Date): string {
  const local = new Date(d.getTime() + VIETNAM_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(local.getUTCHours())}:${p(local.getUTCMinutes())} ngày ${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** Placeholder for the household's code, replaced per household when queued. */
export const CODE = "{code}";

/**
 * The texts of one kind of message. They name the household by its code only (the head's name is
 * personal data an SMS need not carry) and never carry a PIN: a message can be read by anyone
 * holding the phone, and the PIN is handed over on the sealed slip only.
 */
export function messageTexts(kind: MessageKind, f: MessageFacts): MessageTexts {
  const until = f.closesAt ? vietnamDateTime(f.closesAt) : null;
  switch (kind) {
    case "INVITATION":
      return {
        sms: `${f.communeName} kính mời hộ ${CODE} cho ý kiến về "${f.title}"${until ? ` trước ${until}` : ""}. Trả lời tại ${f.url} bằng mã hộ và mã PIN trên phiếu mời, hoặc theo phiếu, tại cuộc họp thôn, tổ dân phố.`,
        subject: `Mời cho ý kiến: ${f.title}`,
        email: [
          `Kính gửi hộ gia đình (mã hộ ${CODE}),`,
          ``,
          `${f.communeName} lấy ý kiến Nhân dân về "${f.title}".${until ? ` Thời hạn: trước ${until}.` : ""}`,
          ``,
          `Cách cho ý kiến:`,
          `- Trực tuyến tại ${f.url}, đăng nhập bằng mã hộ và mã PIN in trên phiếu mời đã phát đến hộ.`,
          `- Hoặc bằng phiếu lấy ý kiến, hoặc tại cuộc họp của thôn, tổ dân phố.`,
          ``,
          `Thư này không chứa mã PIN. Không cung cấp mã PIN cho bất kỳ ai hỏi qua điện thoại hay tin nhắn.`,
          ``,
          `${f.communeName}`,
        ].join("\n"),
        print: `Mời cho ý kiến về "${f.title}"${until ? `, trước ${until}` : ""}`,
      };
    case "REMINDER":
      return {
        sms: `${f.communeName} nhắc: hộ ${CODE} chưa cho ý kiến về "${f.title}"${until ? `, hạn cuối ${until}` : ""}. Trả lời tại ${f.url} hoặc liên hệ trưởng thôn, tổ dân phố.`,
        subject: `Nhắc cho ý kiến: ${f.title}`,
        email: [
          `Kính gửi hộ gia đình (mã hộ ${CODE}),`,
          ``,
          `Hộ chưa cho ý kiến về "${f.title}".${until ? ` Hạn cuối: ${until}.` : ""}`,
          `Trả lời trực tuyến tại ${f.url} bằng mã hộ và mã PIN trên phiếu mời, hoặc liên hệ trưởng thôn, tổ dân phố.`,
          ``,
          `${f.communeName}`,
        ].join("\n"),
        print: `Nhắc cho ý kiến về "${f.title}"${until ? `, hạn cuối ${until}` : ""}`,
      };
    case "RESULTS":
      return {
        sms: `${f.communeName} đã công bố kết quả lấy ý kiến về "${f.title}". Xem tại ${f.url}`,
        subject: `Kết quả lấy ý kiến: ${f.title}`,
        email: [
          `Kính gửi hộ gia đình (mã hộ ${CODE}),`,
          ``,
          `${f.communeName} đã công bố kết quả lấy ý kiến về "${f.title}".`,
          `Xem kết quả và văn bản tại ${f.url}`,
          ``,
          `${f.communeName}`,
        ].join("\n"),
        print: `Báo kết quả lấy ý kiến về "${f.title}"`,
      };
  }
}

/** The recipient as staff who may not read contacts see it: 0912345678 → 09•••••678. */
export function maskRecipient(r: string): string {
  if (!r) return "";
  const at = r.indexOf("@");
  if (at > 0) return `${r[0]}•••@${r.slice(at + 1)}`;
  return r.length <= 5 ? "•••" : `${r.slice(0, 2)}•••••${r.slice(-3)}`;
}
