// Reads that may lag, on a PostgreSQL hot standby (DATABASE_REPLICA_URL); everything else on the
// primary. Nothing is routed by default: the app's client (getDb, ctx.db) is the primary's, plain.
// Only the reads that show what a later request may see a moment late (public pages, results,
// dashboards, exports, the audit browse) ask for the read client (getReadDb, ctx.readDb).
//
// The read client is the primary's client extended with @prisma/extension-read-replicas: its model
// reads (findMany, count, groupBy…) outside a transaction go to a standby; its writes, transactions
// and raw SQL stay on the primary. That default ("every read to a replica") is why it is never the
// app's client, only the read client. It also keeps the routed paths right where they write: the
// running tally folds its sums in a transaction (src/server/tallies/compute.ts), which a standby
// would refuse (PostgreSQL docs, "27.4.2 Handling Query Conflicts": a standby is read-only).
//
// A standby that is down, starting or unreachable does not fail a read: its pool hands out a primary
// connection instead, and for a few seconds asks the primary only (PostgreSQL docs, "27.4 Hot
// Standby": a standby may be restarted or promoted at any time).
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

export type AdapterOptions = ConstructorParameters<typeof PrismaPg>[1];

/** Connection failures (the server is not there, is going away or not yet accepting connections). */
export function isConnectionError(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  const code = err?.code ?? "";
  // Class 08 connection exceptions; 57P01-57P03 admin/crash shutdown and cannot_connect_now
  // (PostgreSQL docs, "Appendix A. PostgreSQL Error Codes"); Node's socket errors.
  if (/^08/.test(code) || /^57P0[1-3]$/.test(code)) return true;
  if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "ENOENT", "EPIPE"].includes(code))
    return true;
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(err?.message ?? "");
}

export type FallbackOptions = {
  /** How long after a failure the standby is left alone (reads go to the primary). */
  retryMs?: number;
  /** Called when a read falls back to the primary (logged by the app). */
  onFallback?: (e: unknown) => void;
};

/**
 * A pool of standby connections that lends a primary connection when the standby cannot be
 * reached. A `pg.Pool` (PrismaPg takes one as it is), so both of the adapter's ways in, query() and
 * connect(), fall back: a failed connection attempt, and a query whose connection dies under it
 * (only reads come here, so reading again on the primary is safe).
 */
export class FallbackPool extends pg.Pool {
  private downUntil = 0;
  constructor(
    config: pg.PoolConfig,
    private readonly primaryPool: pg.Pool,
    private readonly opts: FallbackOptions = {},
  ) {
    super({ connectionTimeoutMillis: 3000, ...config });
    // An idle standby connection killed by a standby shutdown must not crash the process.
    this.on("error", (e) => this.failed(e));
  }

  get replicaDown(): boolean {
    return Date.now() < this.downUntil;
  }

  private failed(e: unknown) {
    this.downUntil = Date.now() + (this.opts.retryMs ?? 5000);
    this.opts.onFallback?.(e);
  }

  override async connect(): Promise<pg.PoolClient> {
    if (!this.replicaDown) {
      try {
        return await super.connect();
      } catch (e) {
        if (!isConnectionError(e)) throw e;
        this.failed(e);
      }
    }
    return this.primaryPool.connect();
  }

  // Of pg's overloads the adapter uses one, query(config) awaited; so does pg's own Pool.query
  // callers here. (Typed as pg.Pool where it is handed to the adapter.)
  // @ts-expect-error the callback and stream overloads are not offered.
  override async query(config: pg.QueryConfig): Promise<pg.QueryResult> {
    const client = await this.connect();
    try {
      const result = await client.query(config);
      client.release();
      return result;
    } catch (e) {
      client.release(isConnectionError(e) ? (e as Error) : undefined);
      if (!isConnectionError(e)) throw e;
      this.failed(e);
      return this.primaryPool.query(config);
    }
  }
}

export type ReadRouting = {
  /** The client for reads that may lag: model reads on a standby, or all on the primary without one. */
  read(): PrismaClient;
  /** Seconds the standby's replay is behind (0 when it has replayed all it received); null: none. */
  lagSeconds(): Promise<number | null>;
  configured: boolean;
  close(): Promise<void>;
};

/** One client per standby URL (comma-separated), behind the extension; primaryUrl lends fallbacks. */
export function readRouting(
  primary: PrismaClient,
  primaryUrl: string,
  replicaUrls: string[],
  poolOptions: pg.PoolConfig,
  adapterOptions: AdapterOptions,
  fallback: FallbackOptions = {},
): ReadRouting {
  if (!replicaUrls.length)
    return { read: () => primary, lagSeconds: async () => null, configured: false, close: async () => {} };
  // The fallback's own small pool on the primary, so a dead standby cannot take the writes' pool.
  const primaryPool = new pg.Pool({ ...poolOptions, connectionString: primaryUrl, max: 4 });
  primaryPool.on("error", () => {});
  const pools = replicaUrls.map(
    (url) => new FallbackPool({ ...poolOptions, connectionString: url }, primaryPool, fallback),
  );
  const replicas = pools.map(
    (pool) => new PrismaClient({ adapter: new PrismaPg(pool as unknown as pg.Pool, adapterOptions) }),
  );
  const routed = primary.$extends(readReplicas({ replicas }));
  return {
    configured: true,
    // The extended client has the model API of PrismaClient and the same $transaction.
    read: () => routed as unknown as PrismaClient,
    async lagSeconds() {
      // The worst standby's: time since the last replayed commit, 0 when nothing is left to replay
      // (an idle primary writes no commits, so age alone would look like lag).
      let worst: number | null = null;
      for (const pool of pools) {
        if (pool.replicaDown) return null;
        try {
          const { rows } = await pool.query({
            text: `SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                     ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END AS lag,
                     pg_is_in_recovery() AS standby`,
          });
          if (!rows[0]?.standby) return null;
          worst = Math.max(worst ?? 0, Number(rows[0].lag ?? 0));
        } catch {
          return null;
        }
      }
      return worst;
    },
    async close() {
      await Promise.all(replicas.map((r) => r.$disconnect()));
      await Promise.all(pools.map((p) => p.end().catch(() => {})));
      await primaryPool.end().catch(() => {});
    },
  };
}
