// npm run page-weight — what a browser downloads for the resident consultation page (HTML, CSS and
// JavaScript, compressed as served), with and without JavaScript, against an empty page of the same
// production build (run `npm run build` first). Starts `next start` on a throw-away
// embedded database with the demo province, signs a Chợ Chùa household in, and sums the gzipped size of every
// script the page loads. Prints a table and writes bench/results/page-weight.json.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import http from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { openDatabase } from "../src/server/db/client.ts";
import { seedDemoProvince } from "../src/server/demo/seed.ts";
import { DEMO_CHO_CHUA } from "../src/server/demo/province.ts";

const SECRET = "page-weight-secret";
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "ydan-weight-"));

async function prepare() {
  const db = await openDatabase({ kind: "embedded", dataDir: path.join(dataDir, "postgres") });
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

/** The bytes a browser receives for `url` (compressed as served, with gzip and br accepted). */
function servedBytes(url: URL, cookie: string): Promise<{ status: number; bytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie, "accept-encoding": "gzip, deflate, br" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const enc = res.headers["content-encoding"];
          const body =
            enc === "gzip"
              ? gunzipSync(raw)
              : enc === "br"
                ? brotliDecompressSync(raw)
                : enc === "deflate"
                  ? inflateSync(raw)
                  : raw;
          resolve({ status: res.statusCode ?? 0, bytes: raw.length, body });
        });
      })
      .on("error", reject);
  });
}

/**
 * What a browser downloads for a page: the HTML, its style sheets and its scripts, each as served
 * (compressed). Scripts marked noModule are the legacy-browser polyfills: a current browser skips
 * them, so they are listed apart and not counted. "Without JavaScript" is the HTML and CSS alone.
 */
async function measure(pathname: string, cookie: string) {
  const page = await servedBytes(new URL(pathname, base), cookie);
  if (page.status !== 200) throw new Error(`${pathname}: HTTP ${page.status}`);
  const html = page.body.toString("utf8");
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];
  const modern = new Set(tags.filter((m) => !/\bnoModule\b|\bnomodule\b/.test(m[0])).map((m) => m[1]));
  const legacy = new Set(tags.filter((m) => /\bnoModule\b|\bnomodule\b/.test(m[0])).map((m) => m[1]));
  const sheets = new Set(
    [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
      .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
      .filter(Boolean),
  ) as Set<string>;
  const sum = async (urls: Set<string>) => {
    let n = 0;
    for (const u of urls) n += (await servedBytes(new URL(u.replaceAll("&amp;", "&"), base), "")).bytes;
    return n;
  };
  const js = await sum(modern);
  const css = await sum(sheets);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  return {
    scripts: modern.size,
    jsGzipBytes: js,
    legacyScripts: legacy.size,
    legacyScriptBytes: await sum(legacy),
    htmlBytes: page.bytes,
    cssBytes: css,
    totalBytes: page.bytes + css + js,
    withoutJsBytes: page.bytes + css,
    inlineGzipBytes: gzipSync(inline, { level: 9 }).length,
    html: html.length,
  };
}

const { household, consultationId } = await prepare();
const server = spawn("npx", ["next", "start", "-p", String(port)], {
  env: {
    ...process.env,
    DATABASE_URL: "",
    EMBEDDED_DB_DIR: path.join(dataDir, "postgres"),
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
  console.log("page                          scripts     JS    HTML     CSS   total  no-JS total  JS above empty");
  for (const [name, m] of rows) {
    console.log(
      `${name.padEnd(28)}${String(m.scripts).padStart(9)} ${kb(m.jsGzipBytes).padStart(8)}${kb(m.htmlBytes).padStart(8)}${kb(m.cssBytes).padStart(8)}${kb(m.totalBytes).padStart(9)}${kb(m.withoutJsBytes).padStart(12)}${kb(m.jsGzipBytes - blank.jsGzipBytes).padStart(14)}`,
    );
  }
  console.log(
    `(not counted: ${blank.legacyScripts} noModule polyfill script(s), ${kb(blank.legacyScriptBytes)}, which current browsers skip)`,
  );
  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    blank,
    residentConsultation: resident,
    residentHome: receiptless,
    aboveEmptyBytes: resident.jsGzipBytes - blank.jsGzipBytes,
    goalBytes: 20 * 1024,
    /** The resident consultation page's whole transfer, against 60 KB. */
    totalGoalBytes: 60 * 1024,
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/page-weight.json", `${JSON.stringify(result, null, 2)}\n`);
  console.log(result.aboveEmptyBytes <= result.goalBytes ? "within the 20 KB goal" : "OVER the 20 KB goal");
  console.log(
    resident.totalBytes <= result.totalGoalBytes
      ? "whole transfer within 60 KB"
      : `whole transfer OVER 60 KB (${kb(resident.totalBytes)}; without JavaScript ${kb(resident.withoutJsBytes)})`,
  );
} finally {
  process.kill(-server.pid!, "SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
