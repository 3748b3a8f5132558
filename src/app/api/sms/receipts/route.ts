// The SMS gateway's delivery receipts (src/server/outbox/receipts.ts; docs/MESSAGES.md).
import { getDatabase } from "@/server/db";
import { applyReceipts, receiptTokenValid, ZReceipts } from "@/server/outbox/receipts";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!receiptTokenValid(request.headers.get("authorization"), process.env.SMS_RECEIPT_TOKEN))
    return Response.json({ error: "unauthorized" }, { status: 401 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "body must be JSON" }, { status: 400 });
  }
  const parsed = ZReceipts.safeParse(body);
  if (!parsed.success) return Response.json({ error: "invalid receipt", issues: parsed.error.issues }, { status: 400 });
  const db = await getDatabase();
  const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const result = await applyReceipts(db.prisma, list, new Date());
  return Response.json(result, { status: result.unknown === list.length ? 404 : 200 });
}
