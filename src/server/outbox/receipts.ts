// Delivery receipts from the SMS gateway (docs/MESSAGES.md):
//   POST /api/sms/receipts   Authorization: Bearer SMS_RECEIPT_TOKEN
//   {"id": "<outbox id>", "status": "delivered" | "failed", "error"?: "…"}   or an array of these
// A receipt moves SENT (or SENDING: it may beat our own commit) to DELIVERED or FAILED, once; the
// same receipt again, or one for a message already settled, changes nothing (gateways retry).
import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";

export const ZReceipt = z.object({
  id: z.string().min(1).max(64),
  status: z.enum(["delivered", "failed"]),
  error: z.string().max(500).optional(),
});
export const ZReceipts = z.union([ZReceipt, z.array(ZReceipt).min(1).max(1000)]);

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
export function receiptTokenValid(header: string | null, token: string | undefined): boolean {
  if (!token) return false;
  const given = header?.startsWith("Bearer ") ? header.slice(7) : "";
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(token).digest();
  return timingSafeEqual(a, b);
}

export async function applyReceipts(db: PrismaClient, receipts: z.infer<typeof ZReceipt>[], now: Date) {
  let applied = 0;
  let unknown = 0;
  for (const r of receipts) {
    const changed = await db.$executeRaw`UPDATE "OutboxMessage"
      SET status = ${r.status === "delivered" ? "DELIVERED" : "FAILED"}::"MessageStatus",
          "deliveredAt" = ${r.status === "delivered" ? now : null}, "lastError" = ${r.status === "failed" ? (r.error ?? "failed") : null},
          "updatedAt" = ${now}
      WHERE id = ${r.id} AND transport = 'SMS' AND status IN ('SENDING', 'SENT')`;
    if (changed) applied++;
    else if (!(await db.outboxMessage.count({ where: { id: r.id, transport: "SMS" } }))) unknown++;
  }
  return { applied, duplicate: receipts.length - applied - unknown, unknown };
}
