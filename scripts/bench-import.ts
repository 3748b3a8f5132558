// npm run bench:import — imports a register of 100,000 households (100 neighbourhoods, XLSX and
// CSV) through the same preview and apply functions the administrator's page calls, on the embedded
// database and, when BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) answers,
// on a PostgreSQL server in a throw-away database. Goal: ≤ 30 s for 100,000 households.
// Prints a table and writes bench/results/import.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { applyImport, previewImport } from "../src/server/register/import.ts";
import { openDatabase, type Database } from "../src/server/db/client.ts";
import type { StaffActor } from "../src/server/auth/actor.ts";
import { createBenchDatabase } from "./bench-db.ts";

const N = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const HOODS = 100;
const GOAL_MS = 30_000;
const HEADER = ["Thôn/Tổ dân phố", "Mã hộ", "Chủ hộ", "Địa chỉ", "Số nhân khẩu", "Số điện thoại"];
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const GIVEN = [
  "Văn An",
  "Thị Bình",
  "Văn Cường",
  "Thị Dung",
  "Văn Em",
  "Thị Giang",
  "Minh Hải",
  "Thị Hoa",
  "Quốc Hùng",
  "Thị Lan",
];

/** `variant` changes one address so each database gets a file of its own (and parses it itself). */
function rows(variant: string): string[][] {
  return Array.from({ length: N }, (_, i) => [
    `Tổ dân phố ${(i % HOODS) + 1}`,
    `B${String(i + 1).padStart(6, "0")}`,
    `${SURNAMES[i % 10]} ${GIVEN[Math.floor(i / 10) % 10]}`,
    i === 0 ? `Số 1, ${variant}` : `Số ${(i % 300) + 1}, đường ${(i % 40) + 1}`,
    String((i % 6) + 1),
    i % 3 ? `09${String(10_000_000 + i).slice(-8)}` : "",
  ]);
}

function csvFile(data: string[][]) {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return new File([`\uFEFF${[HEADER, ...data].map((r) => r.map(esc).join(",")).join("\r\n")}\r\n`], "ds-ho.csv", {
    type: "text/csv",
  });
}

async function xlsxFile(data: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách hộ");
  ws.addRow(HEADER);
  for (const r of data) ws.addRow([r[0], r[1], r[2], r[3], Number(r[4]), r[5]]);
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], "ds-ho.xlsx");
}

async function prepare(db: Database): Promise<StaffActor> {
  const province = await db.prisma.province.create({ data: { code: `B${Date.now()}`, name: "Quảng Ngãi" } });
  const commune = await db.prisma.commune.create({
    data: {
      code: `BENCH-${Date.now()}`,
      slug: `bench-import-${Date.now()}`,
      name: "Đo Tải",
      kind: "COMMUNE",
      provinceId: province.id,
    },
  });
  await db.prisma.neighbourhood.createMany({
    data: Array.from({ length: HOODS }, (_, i) => ({
      communeId: commune.id,
      code: `T${i + 1}`,
      name: `Tổ dân phố ${i + 1}`,
      kind: "RESIDENTIAL_GROUP" as const,
    })),
  });
  const admin = await db.prisma.staffUser.create({
    data: {
      communeId: commune.id,
      username: `bench-${Date.now()}`,
      fullName: "Quản trị đo tải",
      role: "ADMIN",
      passwordHash: "x",
    },
  });
  return {
    type: "staff",
    id: admin.id,
    communeId: commune.id,
    role: "ADMIN",
    provinceId: null,
    neighbourhoodId: null,
    fullName: admin.fullName,
  };
}

async function run(label: string, db: Database, file: File) {
  const actor = await prepare(db);
  const form = { file, allowNewNeighbourhoods: false };
  let t = performance.now();
  const preview = await previewImport(db.prisma, actor, form);
  const previewMs = performance.now() - t;
  if (preview.issueCount)
    throw new Error(`${label}: ${preview.issueCount} issues, first: ${JSON.stringify(preview.issues[0])}`);
  t = performance.now();
  const applied = await applyImport(db.prisma, actor, { ...form, fingerprint: preview.fingerprint }, new Date());
  const applyMs = performance.now() - t;
  const stored = await db.prisma.household.count({ where: { communeId: actor.communeId } });
  if (stored !== N || applied.counts.new !== N) throw new Error(`${label}: stored ${stored}, expected ${N}`);
  // A second import of the same file: every row compared, nothing to write.
  t = performance.now();
  const again = await previewImport(db.prisma, actor, form);
  const reimportPreviewMs = performance.now() - t;
  return {
    label,
    households: N,
    previewMs: Math.round(previewMs),
    applyMs: Math.round(applyMs),
    totalMs: Math.round(previewMs + applyMs),
    reimportPreviewMs: Math.round(reimportPreviewMs),
    unchangedOnReimport: again.counts.unchanged,
    goalMs: GOAL_MS,
    met: previewMs + applyMs <= GOAL_MS,
  };
}

const filesFor = async (variant: string) => {
  const data = rows(variant);
  return { csv: csvFile(data), xlsx: await xlsxFile(data) };
};
const results = [];
const dir = mkdtempSync(path.join(tmpdir(), "ydan-bench-import-"));
try {
  for (const [format, file] of Object.entries(await filesFor("embedded"))) {
    const db = await openDatabase({ kind: "embedded", dataDir: path.join(dir, `postgres-${format}`) });
    try {
      results.push({ database: "embedded PostgreSQL", format, ...(await run(`embedded ${format}`, db, file)) });
    } finally {
      await db.close();
    }
  }
  try {
    const server = await createBenchDatabase("ydan_bench");
    try {
      for (const [format, file] of Object.entries(await filesFor("postgres"))) {
        const db = await openDatabase({ kind: "postgres", url: server.url });
        try {
          results.push({ database: "PostgreSQL server", format, ...(await run(`postgres ${format}`, db, file)) });
        } finally {
          await db.close();
        }
      }
    } finally {
      await server.drop();
    }
  } catch (e) {
    console.warn(`PostgreSQL skipped: ${(e as Error).message}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.table(
  results.map((r) => ({
    database: r.database,
    format: r.format,
    households: r.households,
    "preview s": r.previewMs / 1000,
    "apply s": r.applyMs / 1000,
    "total s": r.totalMs / 1000,
    "re-import preview s": r.reimportPreviewMs / 1000,
    "≤ 30 s": r.met ? "yes" : "NO",
  })),
);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/import.json",
  `${JSON.stringify({ date: new Date().toISOString(), machine: "2 cores", results }, null, 2)}\n`,
);
process.exit(results.every((r) => r.met) ? 0 : 1);
