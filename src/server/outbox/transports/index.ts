import type { SenderConfig } from "../config";
import { smsHttpTransport } from "./sms-http";
import { smtpTransport } from "./smtp";
import type { Transport } from "./types";

/** The transports the configuration turns on; none at all is a valid install (the print list). */
export function transportsFrom(config: SenderConfig): Transport[] {
  const list: Transport[] = [];
  if (config.smtp) list.push(smtpTransport(config.smtp, config.timeoutMs, config.concurrency));
  if (config.sms) list.push(smsHttpTransport(config.sms, config.timeoutMs));
  return list;
}
