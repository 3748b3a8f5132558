// npm run bench:sender — the outbox's sender at a large ward's scale: 100,000 reminders (20,000
// households × 5 consultations) queued, then sent by `npm run sender` as a separate process (what
// `npm start` runs beside the web server) to a local SMTP server and a local HTTP server playing the
// SMS gateway. Reported beside it, in the same run: the same transports driven bare (no database)
// at the same concurrency, so the outbox's own cost is the difference; and the database load the
// sender adds (transactions and rows per message, the CPU of its database backends).
//
//   BENCH_SENDER_HOUSEHOLDS (20000) BENCH_SENDER_CONSULTATIONS (5) BENCH_SENDER_COUNT (1,2: senders)
//   BENCH_DATABASE_URL (the PostgreSQL server; a throw-away database is created and dropped)
// Writes bench/results/sender.json (BENCH_SENDER_OUT for another file).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { queueKind } from "../src/server/outbox/queue.ts";
import { smsHttpTransport } from "../src/server/outbox/transports/sms-http.ts";
import { smtpTransport } from "../src/server/outbox/transports/smtp.ts";
import type { Transport } from "../src/server/outbox/transports/types.ts";
import { createBenchDatabase } from "./bench-db.ts";

const HOUSEHOLDS = Number(process.env.BENCH_SENDER_HOUSEHOLDS ?? 20_000);
const CONSULTATIONS = Number(process.env.BENCH_SENDER_CONSULTATIONS ?? 5);
const SENDERS = (process.env.BENCH_SENDER_COUNT ?? "1,2").split(",").map(Number);
const CONCURRENCY = 8;
const OUT = process.env.BENCH_SENDER_OUT ?? "bench/results/sender.json";
const BARE = 5_000;

/** The sinks: they count and answer, nothing more, so that they are not what is measured. */
async function sinks() {
  let mails = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _s, cb) {
      stream.on("data", () => {});
      stream.on("end", () => {
        mails++;
        cb();
      });
    },
  });
  smtp.on("error", () => {}); // a client's reset connection, not the sink's failure
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  let sms = 0;
  const ids = new Set<string>();
  let duplicates = 0;
  const http = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const id = (JSON.parse(body) as { id: string }).id;
      if (ids.has(id)) duplicates++;
      ids.add(id);
      sms++;
      res.writeHead(202, { "content-type": "application/json" }).end(`{"ref":"r${sms}"}`);
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  return {
    smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    smsUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}/send`,
    counts: () => ({ mails, sms, duplicates }),
    reset() {
      mails = 0;
      sms = 0;
      duplicates = 0;
      ids.clear();
    },
    close: async () => {
      await new Promise<void>((r) => smtp.close(() => r()));
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}

async function seed(db: PrismaClient) {
  const tag = Date.now();
  const province = await db.province.create({ data: { code: `BS${tag}`, name: "Quảng Ngãi" } });
  const commune = await db.commune.create({
    data: { code: `BS-${tag}`, slug: `bs-${tag}`, name: "Chợ Chùa", kind: "WARD", provinceId: province.id },
  });
  const p = `s${tag}_`;
  await db.$executeRawUnsafe(`
    INSERT INTO "Neighbourhood" (id, "communeId", code, kind, name)
    SELECT '${p}n' || g, '${commune.id}', 'T' || g, 'RESIDENTIAL_GROUP', 'Tổ dân phố ' || g FROM generate_series(1, 24) g`);
  // 60 % a phone, 25 % only an e-mail, 15 % neither (the print list); 3 % opted out.
  await db.$executeRawUnsafe(`
    INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, phone, email, "contactConsent", "updatedAt")
    SELECT '${p}h' || g, '${commune.id}', '${p}n' || (g % 24 + 1), 'H' || lpad(g::text, 6, '0'), 'Hộ ' || g, 'Tổ ' || (g % 24 + 1),
           CASE WHEN g % 20 < 12 THEN '09' || lpad((10000000 + g)::text, 8, '0') END,
           CASE WHEN g % 20 BETWEEN 12 AND 16 THEN 'ho' || g || '@example.vn' END,
           (CASE WHEN g % 100 < 3 THEN 'OPTED_OUT' ELSE 'UNKNOWN' END)::"ContactConsent", now()
    FROM generate_series(1, ${HOUSEHOLDS}) g`);
  const ids: string[] = [];
  for (let i = 0; i < CONSULTATIONS; i++) {
    const c = await db.consultation.create({
      data: {
        communeId: commune.id,
        title: `Lấy ý kiến về phương án bồi thường, hỗ trợ, tái định cư khu ${i + 1}`,
        summary: "",
        matter: "PUBLIC_WORKS_CONTRIBUTION",
        mode: "DECISION",
        status: "OPEN",
        channels: ["ONLINE", "PAPER_BALLOT"],
        opensAt: new Date(Date.now() - 10 * 86_400_000),
        closesAt: new Date(Date.now() + 2 * 86_400_000),
        reminderDays: 3,
        invitationsQueuedAt: new Date(),
      },
    });
    await db.$executeRawUnsafe(`
      INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName")
      SELECT '${p}e${i}_' || g, '${c.id}', '${p}h' || g, '${p}n' || (g % 24 + 1), 'H' || lpad(g::text, 6, '0'), 'Hộ ' || g
      FROM generate_series(1, ${HOUSEHOLDS}) g`);
    ids.push(c.id);
  }
  await db.$executeRawUnsafe(`ANALYZE "Household"; ANALYZE "RollEntry"`);
  return ids;
}

type DbStats = { commits: number; inserted: number; updated: number; blksRead: number; blksHit: number };

async function dbStats(admin: pg.Client, name: string): Promise<DbStats> {
  await admin.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await admin.query(
    `SELECT xact_commit::bigint AS commits, tup_inserted::bigint AS inserted, tup_updated::bigint AS updated,
            blks_read::bigint AS "blksRead", blks_hit::bigint AS "blksHit" FROM pg_stat_database WHERE datname = $1`,
    [name],
  );
  const r = rows[0] as Record<string, string>;
  return {
    commits: Number(r.commits),
    inserted: Number(r.inserted),
    updated: Number(r.updated),
    blksRead: Number(r.blksRead),
    blksHit: Number(r.blksHit),
  };
}

const TICK = 100; // clock ticks per second (Linux's USER_HZ)
function cpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / TICK;
  } catch {
    return 0;
  }
}

async function backendCpuMs(admin: pg.Client, name: string): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    [name],
  );
  return rows.reduce((n, r) => n + cpuMs(r.pid), 0);
}

/** The same transports with no outbox: CONCURRENCY at a time, BARE messages each. */
async function bare(transport: Transport, to: (i: number) => string) {
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < BARE) {
      const i = next++;
      await transport.send({
        id: `bare-${i}-${Date.now()}`,
        recipient: to(i),
        subject: "Nhắc cho ý kiến",
        body: "x".repeat(160),
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  await transport.close?.();
  return BARE / ((performance.now() - start) / 1000);
}

async function main() {
  const bench = await createBenchDatabase("bench_sender");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: bench.url }) });
  const admin = new pg.Client({ connectionString: bench.url });
  await admin.connect();
  const s = await sinks();
  const results: Record<string, unknown>[] = [];
  try {
    console.log(`seeding ${HOUSEHOLDS} households, ${CONSULTATIONS} consultations…`);
    const consultations = await seed(db);
    const bareSms = await bare(
      smsHttpTransport({ url: s.smsUrl, token: "", unaccented: false }, 20_000),
      (i) => `09${String(10000000 + i)}`,
    );
    const bareMail = await bare(
      smtpTransport({ url: s.smtpUrl, from: "bench@example.vn" }, 20_000, CONCURRENCY),
      (i) => `b${i}@example.vn`,
    );
    s.reset();
    console.log(`bare transports: SMS ${bareSms.toFixed(0)}/s, e-mail ${bareMail.toFixed(0)}/s`);

    for (const senders of SENDERS) {
      await db.outboxMessage.deleteMany({});
      await db.consultation.updateMany({ data: { remindersQueuedAt: null } });
      s.reset();
      const q0 = performance.now();
      let queued = 0;
      for (const id of consultations)
        queued += await queueKind(db, id, "REMINDER", { email: true, sms: true }, new Date());
      const queueMs = performance.now() - q0;
      const sendable = await db.outboxMessage.count({ where: { status: "PENDING" } });
      const byTransport = Object.fromEntries(
        (await db.outboxMessage.groupBy({ by: ["transport"], _count: { _all: true } })).map((g) => [
          g.transport,
          g._count._all,
        ]),
      );
      console.log(`queued ${queued} reminders in ${(queueMs / 1000).toFixed(1)} s (${JSON.stringify(byTransport)})`);
      const before = await dbStats(admin, bench.name);
      const load0 = loadavg()[0];
      const t0 = performance.now();
      const children: ChildProcess[] = [];
      for (let i = 0; i < senders; i++) {
        children.push(
          spawn(
            process.execPath,
            [
              ...(process.env.BENCH_SENDER_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=/tmp/sprof"] : []),
              "--import",
              "tsx",
              "scripts/sender.ts",
            ],
            {
              env: {
                ...process.env,
                DATABASE_URL: bench.url,
                SMTP_URL: s.smtpUrl,
                SMTP_FROM: "UBND phường Chợ Chùa <thongbao@example.vn>",
                SMS_GATEWAY_URL: s.smsUrl,
                SENDER_CAP_SMS: "none",
                SENDER_CAP_EMAIL: "none",
                SENDER_CONCURRENCY: String(CONCURRENCY),
                SENDER_IDLE_MS: "100",
                SENDER_ID: `bench-${i}`,
              },
              stdio: ["ignore", "ignore", "inherit"],
            },
          ),
        );
      }
      let done = 0;
      let lastLog = 0;
      let first = 0;
      // Progress from the sinks' own counters: polling the outbox would add its load to what is measured.
      for (;;) {
        const c = s.counts();
        done = c.mails + c.sms - c.duplicates;
        if (!first && done > 0) first = performance.now();
        if (performance.now() - lastLog > 5_000) {
          lastLog = performance.now();
          console.log(`  ${senders} sender(s): ${done}/${sendable} received`);
        }
        if (done >= sendable) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      // Received is not yet recorded: wait for the last marks, then check every message is SENT.
      for (;;) {
        const sent = await db.outboxMessage.count({ where: { status: "SENT" } });
        if (sent >= sendable) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const end = performance.now();
      // From the first message sent: the sender's own start (Node, tsx, Prisma) is reported apart.
      const seconds = (end - first) / 1000;
      const startSeconds = (first - t0) / 1000;
      const backendsMs = await backendCpuMs(admin, bench.name);
      const senderMs = children.reduce((n, c) => n + cpuMs(c.pid!), 0);
      for (const c of children) c.kill("SIGTERM");
      await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
      const after = await dbStats(admin, bench.name);
      const sinks = s.counts();
      const row = {
        senders,
        queued,
        queueSeconds: +(queueMs / 1000).toFixed(2),
        byTransport,
        sent: done,
        seconds: +seconds.toFixed(1),
        startSeconds: +startSeconds.toFixed(1),
        perSecond: +(done / seconds).toFixed(0),
        bareSmsPerSecond: +bareSms.toFixed(0),
        bareEmailPerSecond: +bareMail.toFixed(0),
        sinkMails: sinks.mails,
        sinkSms: sinks.sms,
        sinkDuplicates: sinks.duplicates,
        db: {
          commitsPerMessage: +((after.commits - before.commits) / done).toFixed(2),
          rowsUpdatedPerMessage: +((after.updated - before.updated) / done).toFixed(2),
          blocksReadFromDisk: after.blksRead - before.blksRead,
          backendCpuMsPerMessage: +(backendsMs / done).toFixed(3),
          backendCpuShareOfOneCore: +(backendsMs / 1000 / seconds).toFixed(2),
        },
        senderCpuMsPerMessage: +(senderMs / done).toFixed(3),
        loadAverageBefore: +load0.toFixed(2),
      };
      console.log(JSON.stringify(row));
      results.push(row);
    }
    writeFileSync(
      OUT,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          cores: cpus().length,
          households: HOUSEHOLDS,
          consultations: CONSULTATIONS,
          concurrency: CONCURRENCY,
          runs: results,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`wrote ${OUT}`);
  } finally {
    await s.close();
    await admin.end();
    await db.$disconnect();
    await bench.drop();
  }
}

await main();
