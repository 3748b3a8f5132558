// The sender: plans what is due, claims batches per transport and sends them, a few at a time.
// It runs beside the web server (`npm start`) or alone (`npm run sender`); any number may run.
//
// Its name is held as a PostgreSQL session advisory lock for as long as it lives: a sender that was
// killed loses the lock with its connection, so the next one to take the name knows that rows
// claimed under it belong to no living process and takes them back at once.
import { hostname } from "node:os";
import pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client";
import { claimBatch, markFailed, markSent, releaseOwn, type Claimed } from "./claim";
import { configuredTransports, type SenderConfig } from "./config";
import { queueDue } from "./queue";
import { TransportError, type Transport } from "./transports/types";

export type SenderStats = { sent: number; failed: number; retried: number; batches: number };

export type Sender = {
  name: string;
  stats: SenderStats;
  /** One pass: plan, then claim and send until nothing is due. Resolves with how many were handled. */
  drain(): Promise<number>;
  /** Runs passes until stop(); between empty passes it waits config.idleMs. */
  run(): Promise<void>;
  stop(): Promise<void>;
};

async function takeName(url: string, wanted: string | undefined) {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  const base = wanted || `sender@${hostname()}`;
  for (let i = 1; i <= 64; i++) {
    const name = i === 1 ? base : `${base}#${i}`;
    const { rows } = await lock.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS ok", [
      `ydan.sender.${name}`,
    ]);
    if (rows[0]?.ok) return { name, lock };
  }
  await lock.end();
  throw new Error("no free sender name");
}

export async function startSender(
  db: PrismaClient,
  o: {
    url: string;
    config: SenderConfig;
    transports: Transport[];
    name?: string;
    log?: (line: string) => void;
    clock?: () => Date;
  },
): Promise<Sender> {
  const now = o.clock ?? (() => new Date());
  const log = o.log ?? ((line: string) => console.log(`[sender] ${line}`));
  const { name, lock } = await takeName(o.url, o.name);
  const taken = await releaseOwn(db, name, now());
  if (taken) log(`${name}: took back ${taken} message(s) a previous run was sending`);
  const stats: SenderStats = { sent: 0, failed: 0, retried: 0, batches: 0 };
  const enabled = configuredTransports(o.config);
  let stopping = false;
  let wake: (() => void) | null = null;
  let lastPlan = 0;

  async function sendOne(t: Transport, m: Claimed) {
    try {
      const { ref } = await t.send({ id: m.id, recipient: m.recipient, subject: m.subject, body: m.body });
      await markSent(db, name, m.id, ref, now());
      stats.sent++;
    } catch (e) {
      const te = e instanceof TransportError ? e : new TransportError((e as Error).message ?? String(e), true);
      await markFailed(db, {
        sender: name,
        id: m.id,
        attempts: m.attempts,
        error: te.message,
        retryable: te.retryable,
        retryBaseMs: o.config.retryBaseMs,
        now: now(),
      });
      if (te.retryable) stats.retried++;
      else stats.failed++;
    }
  }

  async function drainTransport(t: Transport): Promise<number> {
    let handled = 0;
    while (!stopping) {
      const batch = await claimBatch(db, {
        sender: name,
        transport: t.kind,
        limit: o.config.batch,
        leaseMs: o.config.leaseMs,
        cap: o.config.caps[t.kind],
        now: now(),
      });
      if (!batch.length) break;
      stats.batches++;
      let next = 0;
      const lane = async () => {
        while (next < batch.length) await sendOne(t, batch[next++]!);
      };
      await Promise.all(Array.from({ length: Math.min(o.config.concurrency, batch.length) }, lane));
      handled += batch.length;
    }
    return handled;
  }

  async function drain() {
    // Planning is cheap but not free: at most every 30 s, and only by one sender at a time.
    if (Date.now() - lastPlan > 30_000) {
      lastPlan = Date.now();
      try {
        const queued = await queueDue(db, enabled, now());
        for (const q of queued) if (q.added) log(`queued ${q.added} ${q.kind.toLowerCase()} message(s) for ${q.id}`);
      } catch (e) {
        log(`planning failed: ${(e as Error).message}`);
      }
    }
    // Each transport at its own pace: a slow SMTP server does not hold the SMS back.
    const handled = await Promise.all(o.transports.map(drainTransport));
    return handled.reduce((a, b) => a + b, 0);
  }

  let running: Promise<void> | null = null;
  return {
    name,
    stats,
    drain,
    run() {
      running ??= (async () => {
        while (!stopping) {
          let handled = 0;
          try {
            handled = await drain();
          } catch (e) {
            log(`pass failed: ${(e as Error).message}`);
          }
          if (!handled && !stopping)
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, o.config.idleMs).unref();
            });
        }
      })();
      return running;
    },
    async stop() {
      stopping = true;
      wake?.();
      await running;
      for (const t of o.transports) await t.close?.();
      await lock.end().catch(() => {});
    },
  };
}
