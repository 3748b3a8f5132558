// npm run page-weight — gzipped JavaScript of the resident consultation page against an empty page
// of the same production build (run `npm run build` first). Starts `next start` on a throw-away
// embedded database with the demo province, signs a Chợ Chùa household in, and sums the gzipped size of every
// script the page loads. Prints a table and writes bench/results/page-weight.json.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { openDatabase } from "../src/server/db/client.ts";
import { seedDemoProvince } from "../src/server/demo/seed.ts";
import { DEMO_CHO_CHUA } from "../src/server/demo/province.ts";

const SECRET = "page-weight-secret";
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "ydan-weight-"));

async function prepare() {
  const db = await openDatabase({ kind: "embedded", dataDir: path.join(dataDir, "pglite") });
  try {
    await seedDemoProvince(db.prisma);
    // Household codes repeat across the demo's communes: both are looked up inside Chợ Chùa.
    const commune = await db.prisma.commune.findUniqueOrThrow({ where: { slug: DEMO_CHO_CHUA.slug } });
    const household = await db.prisma.household.findUniqueOrThrow({
      where: { communeId_code: { communeId: commune.id, code: "H00001" } },
    });
    const open = await db.prisma.consultation.findFirstOrThrow({ where: { communeId: commune.id, status: "OPEN" } });
    return { household, consultationId: open.id };
  } finally {
    await db.close();
  }
}

async function measure(pathname: string, cookie: string) {
  const res = await fetch(`${base}${pathname}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${pathname}: HTTP ${res.status}`);
  const html = await res.text();
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  let files = 0;
  for (const src of new Set(srcs)) {
    const js = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    files += gzipSync(js, { level: 9 }).length;
  }
  return {
    scripts: new Set(srcs).size,
    jsGzipBytes: files,
    inlineGzipBytes: gzipSync(inline, { level: 9 }).length,
    html: html.length,
  };
}

const { household, consultationId } = await prepare();
const server = spawn("npx", ["next", "start", "-p", String(port)], {
  env: {
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATA_DIR: dataDir,
    AUTH_SECRET: SECRET,
    NEXTAUTH_URL: base,
  },
  stdio: "ignore",
  detached: true,
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 240) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  const actor = {
    type: "household",
    id: household.id,
    communeId: household.communeId,
    sessionVersion: household.sessionVersion,
  };
  const cookie = `next-auth.session-token=${await encode({ token: { sub: household.id, actor }, secret: SECRET })}`;
  const blank = await measure("/blank", "");
  const resident = await measure(`/${DEMO_CHO_CHUA.slug}/resident/c/${consultationId}`, cookie);
  const receiptless = await measure(`/${DEMO_CHO_CHUA.slug}/resident`, cookie);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [
    ["empty page (/blank)", blank],
    ["resident consultation page", resident],
    ["resident home", receiptless],
  ] as const;
  console.log("page                          scripts  JS (gzip)   above empty");
  for (const [name, m] of rows) {
    console.log(
      `${name.padEnd(30)}${String(m.scripts).padStart(7)}  ${kb(m.jsGzipBytes).padStart(9)}   ${kb(m.jsGzipBytes - blank.jsGzipBytes).padStart(9)}`,
    );
  }
  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    blank,
    residentConsultation: resident,
    residentHome: receiptless,
    aboveEmptyBytes: resident.jsGzipBytes - blank.jsGzipBytes,
    goalBytes: 20 * 1024,
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/page-weight.json", `${JSON.stringify(result, null, 2)}\n`);
  console.log(result.aboveEmptyBytes <= result.goalBytes ? "within the 20 KB goal" : "OVER the 20 KB goal");
} finally {
  process.kill(-server.pid!, "SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
