// The sender's configuration, from the environment only (secrets never live in the repository):
//
//   SMTP_URL            smtp://user:pass@host:587 (or smtps://…:465): e-mail on when set
//   SMTP_FROM           the From address, e.g. "UBND phường Chợ Chùa <thongbao@example.gov.vn>"
//   SMS_GATEWAY_URL     the SMS gateway's send endpoint (docs/MESSAGES.md): SMS on when set
//   SMS_GATEWAY_TOKEN   sent as "Authorization: Bearer …"
//   SMS_RECEIPT_TOKEN   what the gateway must send back on /api/sms/receipts
//   SMS_UNACCENTED      "on": SMS without diacritics (1 segment is 160 GSM-7 characters, not 70)
//   SENDER_CAP_EMAIL, SENDER_CAP_SMS   messages per Vietnam day (default 20000 and 5000; "none")
//   SENDER_CONCURRENCY (8), SENDER_BATCH (50), SENDER_LEASE_MS (600000), SENDER_RETRY_BASE_MS (30000),
//   SENDER_TIMEOUT_MS (20000), SENDER_IDLE_MS (2000)
import type { ConfiguredTransports } from "@/domain/outbox";

export type SenderConfig = {
  smtp: { url: string; from: string } | null;
  sms: { url: string; token: string; unaccented: boolean } | null;
  caps: { EMAIL: number | null; SMS: number | null };
  concurrency: number;
  batch: number;
  leaseMs: number;
  retryBaseMs: number;
  timeoutMs: number;
  idleMs: number;
};

function whole(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} phải là số nguyên ≥ 1 / must be a whole number ≥ 1`);
  return n;
}

function cap(raw: string | undefined, fallback: number, name: string): number | null {
  if (raw?.trim().toLowerCase() === "none") return null;
  return whole(raw, fallback, name);
}

export function senderConfig(env: NodeJS.ProcessEnv = process.env): SenderConfig {
  return {
    smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM || "Ý Dân <no-reply@localhost>" } : null,
    sms: env.SMS_GATEWAY_URL
      ? { url: env.SMS_GATEWAY_URL, token: env.SMS_GATEWAY_TOKEN ?? "", unaccented: env.SMS_UNACCENTED === "on" }
      : null,
    caps: {
      EMAIL: cap(env.SENDER_CAP_EMAIL, 20_000, "SENDER_CAP_EMAIL"),
      SMS: cap(env.SENDER_CAP_SMS, 5_000, "SENDER_CAP_SMS"),
    },
    concurrency: whole(env.SENDER_CONCURRENCY, 8, "SENDER_CONCURRENCY"),
    batch: whole(env.SENDER_BATCH, 50, "SENDER_BATCH"),
    leaseMs: whole(env.SENDER_LEASE_MS, 600_000, "SENDER_LEASE_MS"),
    retryBaseMs: whole(env.SENDER_RETRY_BASE_MS, 30_000, "SENDER_RETRY_BASE_MS"),
    timeoutMs: whole(env.SENDER_TIMEOUT_MS, 20_000, "SENDER_TIMEOUT_MS"),
    idleMs: whole(env.SENDER_IDLE_MS, 2_000, "SENDER_IDLE_MS"),
  };
}

export function configuredTransports(config: SenderConfig): ConfiguredTransports {
  return { email: config.smtp !== null, sms: config.sms !== null };
}
