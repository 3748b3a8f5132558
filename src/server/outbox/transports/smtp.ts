// E-mail over SMTP through nodemailer, pooled. The Message-ID is the outbox row's id, so a message
// resent after a crash (the window between the server's "250 OK" and our commit) is the same message
// to every mail system that deduplicates by Message-ID (docs/MESSAGES.md, "Exactly once").
import nodemailer from "nodemailer";
import type { SenderConfig } from "../config";
import { TransportError, type Transport } from "./types";

/** SMTP replies 4xx are temporary (try later), 5xx permanent (RFC 5321 §4.2.1). */
function smtpError(e: unknown): TransportError {
  const err = e as { responseCode?: number; code?: string; message?: string };
  const permanent = typeof err.responseCode === "number" && err.responseCode >= 500;
  return new TransportError(
    `SMTP ${err.responseCode ?? err.code ?? ""} ${err.message ?? String(e)}`.trim(),
    !permanent,
  );
}

export function smtpTransport(
  config: NonNullable<SenderConfig["smtp"]>,
  timeoutMs: number,
  connections = 4,
): Transport {
  // nodemailer reads transport options from the URL's query: pooled, with our timeouts.
  const url = new URL(config.url);
  for (const [k, v] of Object.entries({
    pool: "true",
    maxConnections: String(connections),
    // A connection carries many messages before it is renewed (nodemailer's default is 100).
    maxMessages: "1000",
    connectionTimeout: String(timeoutMs),
    greetingTimeout: String(timeoutMs),
    socketTimeout: String(timeoutMs),
  }))
    if (!url.searchParams.has(k)) url.searchParams.set(k, v);
  const mailer = nodemailer.createTransport(url.toString());
  const domain = config.from.match(/@([^>\s]+)/)?.[1] ?? "localhost";
  return {
    kind: "EMAIL",
    async send(m) {
      try {
        const info = await mailer.sendMail({
          from: config.from,
          to: m.recipient,
          subject: m.subject,
          text: m.body,
          messageId: `<${m.id}@${domain}>`,
          headers: { "X-Ydan-Message": m.id },
        });
        return { ref: info.messageId ?? null };
      } catch (e) {
        throw smtpError(e);
      }
    },
    async close() {
      mailer.close();
    },
  };
}
