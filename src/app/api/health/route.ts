import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const db = await getDatabase();
    return Response.json({ status: "ok", database: db.kind, migrations: await db.migrationsApplied() });
  } catch (e) {
    console.error("[health]", e);
    return Response.json({ status: "error", error: (e as Error).message }, { status: 503 });
  }
}
