// SMS through an HTTP gateway, by the JSON contract in docs/MESSAGES.md:
//   POST SMS_GATEWAY_URL  Authorization: Bearer SMS_GATEWAY_TOKEN
//   {"id": "<outbox id>", "to": "+84912345678", "text": "…"}
//   → 200/201/202 {"ref": "…"}: accepted; 409: this id was accepted before (our resend after a crash);
//     429 or 5xx or no answer within the timeout: try later; other 4xx: refused for good.
// The gateway must treat "id" as an idempotency key: a second request with the same id sends nothing
// (Vietnamese brandname gateways call it RequestId). Delivery receipts come back on
// /api/sms/receipts.
import { gatewayPhone, unaccented } from "@/domain/outbox";
import type { SenderConfig } from "../config";
import { TransportError, type Transport } from "./types";

export function smsHttpTransport(config: NonNullable<SenderConfig["sms"]>, timeoutMs: number): Transport {
  return {
    kind: "SMS",
    async send(m) {
      const to = gatewayPhone(m.recipient);
      if (!to) throw new TransportError(`số điện thoại không hợp lệ / invalid phone number`, false);
      let res: Response;
      try {
        res = await fetch(config.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${config.token}` },
          body: JSON.stringify({ id: m.id, to, text: config.unaccented ? unaccented(m.body) : m.body }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        throw new TransportError(
          `gateway: ${(e as Error).name === "TimeoutError" ? "timeout" : (e as Error).message}`,
          true,
        );
      }
      const text = await res.text().catch(() => "");
      if (res.status === 409) return { ref: null };
      if (res.ok) {
        try {
          const ref = (JSON.parse(text) as { ref?: unknown }).ref;
          return { ref: typeof ref === "string" ? ref.slice(0, 200) : null };
        } catch {
          return { ref: null };
        }
      }
      throw new TransportError(
        `gateway HTTP ${res.status} ${text.slice(0, 200)}`,
        res.status === 429 || res.status >= 500,
      );
    },
  };
}
