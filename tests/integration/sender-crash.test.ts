// The sender as a process (`npm run sender`), killed with SIGKILL in the middle of a batch and
// started again, this time as two senders at once: every message reaches its household once.
//
// What "once" means at the boundary (docs/MESSAGES.md, "Exactly once"): a message the transport
// accepted in the instant before the killed sender could record it is sent again by the next one,
// under the same id. The SMS gateway's contract makes that id an idempotency key, so the phone gets
// it once, strictly; an e-mail keeps its Message-ID, so a mail system that deduplicates shows it
// once, and at most the messages in flight at the kill can reach the SMTP server twice.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/server/db/migrations";
import { queueKind } from "@/server/outbox/queue";
import { createCommune, createNeighbourhood, openConsultationWithRoll } from "../helpers/factories";
import { startSmsGateway, startSmtpSink } from "../helpers/message-sinks";

const SMS = 240;
const EMAIL = 120;
const CONCURRENCY = 4;

let admin: pg.Client;
let dbName: string;
let dbUrl: string;
let db: PrismaClient;

beforeAll(async () => {
  // A database of its own: the sender process connects by DATABASE_URL, as in production.
  admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  dbName = `sender_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  const u = new URL(process.env.TEST_DATABASE_URL!.replace(/^postgres(ql)?:/, "http:"));
  u.pathname = `/${dbName}`;
  dbUrl = u.toString().replace(/^http:/, "postgres:");
  const migrator = new pg.Client({ connectionString: dbUrl });
  await migrator.connect();
  await applyMigrations(migrator);
  await migrator.end();
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbUrl }) });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
});

function startSenderProcess(env: Record<string, string>): ChildProcess & { output: string[] } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/sender.ts"], {
    env: { ...process.env, DATABASE_URL: dbUrl, SENDER_IDLE_MS: "50", SENDER_BATCH: "20", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  }) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout!.on("data", (d: Buffer) => child.output.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => child.output.push(d.toString()));
  return child;
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 90_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const exited = (c: ChildProcess) =>
  new Promise<number | null>((resolve) => (c.exitCode !== null ? resolve(c.exitCode) : c.once("exit", resolve)));

describe("the sender killed mid-batch, then two senders at once", () => {
  test("every SMS reaches its phone exactly once; e-mails keep their Message-ID; nothing is lost", async () => {
    const commune = await createCommune(db, "Chợ Chùa");
    const hood = await createNeighbourhood(db, commune.id, "Tổ dân phố 5");
    const households = [];
    for (let i = 0; i < SMS + EMAIL; i++) {
      households.push(
        await db.household.create({
          data: {
            communeId: commune.id,
            neighbourhoodId: hood.id,
            code: `K${String(i).padStart(4, "0")}`,
            headName: "Phạm Văn Bình",
            address: "Tổ 5",
            ...(i < SMS ? { phone: `0914${String(i).padStart(6, "0")}` } : { email: `ho${i}@example.vn` }),
          },
        }),
      );
    }
    const { consultation } = await openConsultationWithRoll(db, commune.id, hood.id, households);
    expect(await queueKind(db, consultation.id, "INVITATION", { email: true, sms: true }, new Date())).toBe(
      SMS + EMAIL,
    );
    // A gateway that takes 15 ms per message, so the kill lands in the middle of a batch.
    const gw = await startSmsGateway({
      behave: () => {
        const end = Date.now() + 15;
        while (Date.now() < end);
        return null;
      },
    });
    const smtp = await startSmtpSink();
    const env = {
      SMS_GATEWAY_URL: gw.url,
      SMS_GATEWAY_TOKEN: "gw",
      SMTP_URL: smtp.url,
      SMTP_FROM: "UBND xã Chợ Chùa <thongbao@example.vn>",
      SENDER_CONCURRENCY: String(CONCURRENCY),
    };
    const children: ChildProcess[] = [];
    try {
      const first = startSenderProcess({ ...env, SENDER_ID: "crash-test" });
      children.push(first);
      await until("a third of the SMS", () => gw.requests.length >= SMS / 3);
      first.kill("SIGKILL");
      await exited(first);
      const [left] = await db.$queryRaw<{ sending: number; sent: number }[]>`
        SELECT count(*) FILTER (WHERE status = 'SENDING')::int AS sending, count(*) FILTER (WHERE status = 'SENT')::int AS sent
        FROM "OutboxMessage" WHERE "consultationId" = ${consultation.id}`;
      // Killed mid-batch: some claimed and not recorded, most not sent at all.
      expect(left!.sending).toBeGreaterThan(0);
      expect(left!.sent).toBeLessThan(SMS + EMAIL);

      // Started again, as two: the one that takes the killed sender's name takes its rows back.
      const again = [
        startSenderProcess({ ...env, SENDER_ID: "crash-test" }),
        startSenderProcess({ ...env, SENDER_ID: "crash-test-2" }),
      ];
      children.push(...again);
      await until(
        "every message sent",
        async () =>
          (await db.outboxMessage.count({ where: { consultationId: consultation.id, status: "SENT" } })) ===
          SMS + EMAIL,
      );
      for (const c of again) c.kill("SIGTERM");
      expect(await Promise.all(again.map(exited))).toEqual([0, 0]);
      expect(again[0]!.output.join("")).toMatch(/took back \d+ message/);

      // SMS: each id reached the phone once; a resend of one accepted before the kill got 409.
      expect(gw.delivered.size).toBe(SMS);
      const smsRows = await db.outboxMessage.findMany({
        where: { consultationId: consultation.id, transport: "SMS" },
        select: { id: true, recipient: true },
      });
      for (const r of smsRows) expect(gw.delivered.get(r.id)?.to).toBe(`+84${r.recipient.slice(1)}`);
      const smsResent = gw.requests.length - gw.delivered.size;
      expect(smsResent).toBeLessThanOrEqual(CONCURRENCY);

      // E-mail: every message arrived; a duplicate only for one in flight at the kill, same Message-ID.
      const ids = new Set(smtp.mails.map((m) => m.messageId));
      expect(ids.size).toBe(EMAIL);
      expect(smtp.mails.length - ids.size).toBeLessThanOrEqual(CONCURRENCY);
      console.log(
        `[sender-crash] in flight at the kill: ${left!.sending}; resent after restart: ${smsResent} SMS (deduplicated by the gateway), ${smtp.mails.length - ids.size} e-mails`,
      );
    } finally {
      for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
      await gw.close();
      await smtp.close();
    }
  }, 180_000);
});
