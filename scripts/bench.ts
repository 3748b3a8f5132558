// npm run bench — every benchmark against a production build, on PostgreSQL and on the embedded
// database, then docs/PERFORMANCE.md rewritten from bench/results/*.json (scripts/bench-report.ts).
//
// Builds first when .next/BUILD_ID is missing or older than a file under src/ (BENCH_BUILD=1 forces
// it). Each benchmark runs as its own `npm run …` so that one crashing leaves the others' figures;
// BENCH_ONLY=intake,tally picks some (page-weight, import, tally, intake, province, layers). The environment
// passes through: BENCH_TARGETS, BENCH_SECONDS, BENCH_DATABASE_URL… are read by the scripts.
// `--dry-run` (or BENCH_DRY_RUN=1) prints what would run and runs nothing.
//
// Exit status: 0 when every benchmark ran, whatever its figures (a goal not met is reported in the
// document, not a failure of the run); 1 when the build, a benchmark or the report failed.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { RESULT_FILES, writeReport, type BenchResults } from "./bench-report.ts";
import { newest } from "./bench-util.ts";

type Step = { key: string; script: string; result: keyof BenchResults; needsBuild: boolean };

// Page weight and import first: short, and a broken build shows up before the long runs.
const STEPS: Step[] = [
  { key: "page-weight", script: "page-weight", result: "pageWeight", needsBuild: true },
  { key: "import", script: "bench:import", result: "import", needsBuild: false },
  { key: "tally", script: "bench:tally", result: "tally", needsBuild: false },
  { key: "intake", script: "bench:intake", result: "intake", needsBuild: true },
  // A province of 100 communes beside one commune, page by page over HTTP (about 15 minutes).
  { key: "province", script: "bench:province", result: "province", needsBuild: true },
  // Assumed to start the server like intake does; building when it is not needed only costs time.
  { key: "layers", script: "bench:layers", result: "layers", needsBuild: true },
];
const RESULTS_DIR = "bench/results";
const BUILD_ID = ".next/BUILD_ID";
const DRY_RUN = process.argv.includes("--dry-run") || process.env.BENCH_DRY_RUN === "1";

type Outcome = {
  step: string;
  status: "ran" | "goal not met (reported)" | "failed" | "skipped";
  ms: number;
  note: string;
};

// ---------------------------------------------------------------------------------------------
// What to run

function selectedSteps(scripts: Record<string, string>): { steps: Step[]; outcomes: Outcome[] } {
  const only = process.env.BENCH_ONLY?.split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = only?.filter((k) => !STEPS.some((s) => s.key === k)) ?? [];
  if (unknown.length) {
    // A typo would otherwise run nothing and still rewrite the document as if all were well.
    console.error(`BENCH_ONLY: unknown ${unknown.join(", ")} (known: ${STEPS.map((s) => s.key).join(", ")})`);
    process.exit(2);
  }
  const wanted = STEPS.filter((s) => !only || only.includes(s.key));
  const outcomes: Outcome[] = [];
  const steps = wanted.filter((s) => {
    if (scripts[s.script]) return true;
    // bench:layers is optional; a missing core script is a broken checkout and says so.
    const optional = s.key === "layers" && !only?.includes("layers");
    if (!optional)
      outcomes.push({
        step: s.key,
        status: s.key === "layers" ? "skipped" : "failed",
        ms: 0,
        note: `package.json has no "${s.script}" script`,
      });
    return false;
  });
  return { steps, outcomes };
}

function buildReason(): string | null {
  if (process.env.BENCH_BUILD === "1") return "BENCH_BUILD=1";
  if (!existsSync(BUILD_ID)) return `no production build (${BUILD_ID} is missing)`;
  const builtAt = statSync(BUILD_ID).mtimeMs;
  const changed = newest("src");
  return changed.mtimeMs > builtAt ? `${changed.file} changed since the last build` : null;
}

// ---------------------------------------------------------------------------------------------
// Running

let current: ChildProcess | null = null;
let interrupted: NodeJS.Signals | null = null;
// Ctrl-C reaches the whole foreground group by itself; a SIGTERM sent to this process alone is
// passed on, so the benchmark can stop its server and drop its throw-away database.
process.on("SIGINT", () => {
  interrupted = "SIGINT";
});
process.on("SIGTERM", () => {
  interrupted = "SIGTERM";
  current?.kill("SIGTERM");
});

type Exit = { code: number | null; signal: NodeJS.Signals | null; error?: string };

async function npmRun(script: string): Promise<Exit> {
  try {
    return await new Promise<Exit>((resolve) => {
      const child = spawn("npm", ["run", script], { stdio: "inherit", env: process.env });
      current = child;
      child.once("error", (e) => resolve({ code: null, signal: null, error: e.message }));
      child.once("exit", (code, signal) => resolve({ code, signal }));
    });
  } finally {
    current = null;
  }
}

const duration = (ms: number) =>
  ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, "0")} s`;

/**
 * bench:import and bench:intake exit 1 when their goal is not met, after writing their figures; a
 * crash writes nothing. So a non-zero exit counts as a run when the result file is new.
 */
async function runStep(step: Step): Promise<Outcome> {
  const file = path.join(RESULTS_DIR, RESULT_FILES[step.result]);
  const started = Date.now();
  console.log(`\n━━ npm run ${step.script} ━━`);
  const { code, signal, error } = await npmRun(step.script);
  const ms = Date.now() - started;
  // One second of slack: file times and Date.now() may tick differently.
  const fresh = existsSync(file) && statSync(file).mtimeMs >= started - 1_000;
  if (error) return { step: step.key, status: "failed", ms, note: `could not start: ${error}` };
  if (signal) return { step: step.key, status: "failed", ms, note: `killed by ${signal}` };
  if (code === 0)
    return { step: step.key, status: "ran", ms, note: fresh ? `wrote ${file}` : `exit 0, ${file} not rewritten` };
  if (fresh)
    return { step: step.key, status: "goal not met (reported)", ms, note: `exit ${code} after writing ${file}` };
  return { step: step.key, status: "failed", ms, note: `exit ${code}, no new ${file}` };
}

function printOutcomes(outcomes: Outcome[]) {
  console.log("\nbench runs:");
  console.table(
    outcomes.map((o) => ({
      benchmark: o.step,
      status: o.status,
      "wall time": o.ms ? duration(o.ms) : "—",
      note: o.note,
    })),
  );
}

// ---------------------------------------------------------------------------------------------

const scripts =
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
const { steps, outcomes } = selectedSteps(scripts);
const reason = steps.some((s) => s.needsBuild) ? buildReason() : null;
console.log(
  `bench: ${steps.map((s) => s.key).join(", ") || "nothing to run"} on ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
if (!steps.some((s) => s.needsBuild)) console.log("bench: no production build needed for these benchmarks");
else if (reason) console.log(`bench: building (${reason})`);
else console.log(`bench: reusing the existing build (${BUILD_ID} is newer than every file under src/)`);
for (const o of outcomes) console.log(`bench: ${o.step} ${o.status}: ${o.note}`);
if (DRY_RUN) {
  console.log(
    `bench: dry run, would run: ${[reason ? "npm run build" : null, ...steps.map((s) => `npm run ${s.script}`)].filter(Boolean).join(" → ")}`,
  );
  process.exit(0);
}

let buildFailed = false;
if (reason) {
  const started = Date.now();
  console.log("\n━━ npm run build ━━");
  const { code, signal, error } = await npmRun("build");
  buildFailed = code !== 0;
  outcomes.push({
    step: "build",
    status: buildFailed ? "failed" : "ran",
    ms: Date.now() - started,
    note: error ?? (signal ? `killed by ${signal}` : `exit ${code}`),
  });
}
for (const step of steps) {
  if (interrupted) break;
  // Measuring an old build would put figures of other code in the document.
  if (step.needsBuild && buildFailed) {
    outcomes.push({ step: step.key, status: "skipped", ms: 0, note: "the build failed" });
    continue;
  }
  outcomes.push(await runStep(step));
}
printOutcomes(outcomes);
if (interrupted) {
  console.error(`bench: interrupted (${interrupted}); docs/PERFORMANCE.md left as it was`);
  process.exit(interrupted === "SIGINT" ? 130 : 143);
}

let reportFailed = false;
try {
  const { docPath, summary } = writeReport();
  console.log(`\n${summary}\n\nbench: wrote ${docPath}`);
} catch (e) {
  reportFailed = true;
  console.error(`bench: the report failed: ${(e as Error).message}`);
}
const failed = outcomes.filter((o) => o.status === "failed");
if (failed.length) console.error(`bench: ${failed.map((o) => o.step).join(", ")} failed (see above)`);
process.exit(failed.length || reportFailed ? 1 : 0);
