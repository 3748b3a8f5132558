import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// For operators and monitors (JSON, not shown to residents): `replica` is null without
// DATABASE_REPLICA_URL; with one, its replay lag in seconds, or lagSeconds null when it cannot be
// reached (reads are then served by the primary: src/server/db/replica.ts).
export async function GET() {
  try {
    const db = await getDatabase();
    const [migrations, lagSeconds] = await Promise.all([db.migrationsApplied(), db.reads.lagSeconds()]);
    const replica = db.reads.configured ? { reachable: lagSeconds !== null, lagSeconds } : null;
    return Response.json({ status: "ok", database: db.kind, migrations, replica });
  } catch (e) {
    console.error("[health]", e);
    return Response.json({ status: "error", error: (e as Error).message }, { status: 503 });
  }
}
