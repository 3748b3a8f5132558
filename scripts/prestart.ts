// Runs before `npm start`: builds the app when there is no build or the sources changed since,
// then prepares the database. On the embedded database it applies migrations and loads the demo
// province into an empty database; on a PostgreSQL server (DATABASE_URL) it only checks that the
// migrations are applied (run `npm run db:deploy`) and loads the demo only when DEMO_SEED=1.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../src/server/db/client.ts";
import { readMigrations } from "../src/server/db/migrations.ts";
import { isDatabaseEmpty, seedDemoProvince } from "../src/server/demo/seed.ts";

const WATCHED = ["src", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "tsconfig.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => (name === "generated" ? 0 : newestMtime(path.join(p, name)))));
}

function buildIfNeeded() {
  const buildId = ".next/BUILD_ID";
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...WATCHED.map(newestMtime));
  if (builtAt && builtAt >= changedAt) return;
  console.log(
    builtAt ? "[start] sources changed since the last build: building…" : "[start] first run: building the app…",
  );
  execSync("npx next build", { stdio: "inherit" });
}

/** The engine before PostgreSQL itself: its directory is left as it was, and the operator is told. */
function warnOfPglite() {
  const old = path.join(process.env.DATA_DIR || "./.data", "pglite");
  if (!process.env.DATABASE_URL && existsSync(old)) {
    console.warn(
      `[start] ${old} holds a database of the earlier embedded engine (PGlite); this version uses ` +
        `${process.env.EMBEDDED_DB_DIR || "./.data/postgres"} and leaves ${old} untouched (README: "Moving from PGlite").`,
    );
  }
}

async function prepareDatabase() {
  warnOfPglite();
  const db = await openDatabase();
  try {
    if (db.kind === "postgres") {
      const applied = await db.migrationsApplied().catch(() => 0);
      const total = readMigrations().length;
      if (applied < total) {
        throw new Error(
          `The PostgreSQL database has ${applied} of ${total} migrations applied. Run: DATABASE_URL=… npm run db:deploy`,
        );
      }
      if (process.env.DEMO_SEED !== "1") return;
    }
    if (process.env.DEMO_SEED === "0" || !(await isDatabaseEmpty(db.prisma))) return;
    console.log("[start] empty database: loading the demo province (Chợ Chùa and two more communes)…");
    const { communes } = await seedDemoProvince(db.prisma);
    console.log(
      `[start] demo province loaded: ${communes.map((c) => `${c.name} ${c.households} households`).join(", ")}.`,
    );
  } finally {
    await db.close();
  }
}

try {
  buildIfNeeded();
  await prepareDatabase();
  if (!process.env.DATABASE_URL && !process.env.AUTH_SECRET && !process.env.NEXTAUTH_SECRET) {
    console.warn(
      "[start] AUTH_SECRET is not set: a development secret in ./.data is used. Set AUTH_SECRET in production.",
    );
  }
} catch (e) {
  console.error(`[start] ${(e as Error).message}`);
  process.exit(1);
}
