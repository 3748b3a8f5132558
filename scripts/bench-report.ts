// Renders the measured part of docs/PERFORMANCE.md from bench/results/*.json (npm run bench calls it
// after the benchmarks; `npx tsx scripts/bench-report.ts` re-renders from the saved JSON alone).
// Only the text between the bench markers is generated: the analysis around it is written by hand and
// must survive every run, so it is copied through verbatim.
//
// The JSON files are written by separate scripts that change over time, so every field is read as
// unknown and a missing or odd one renders as "—" or "not measured" instead of failing the run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BEGIN = "<!-- bench:begin -->";
export const END = "<!-- bench:end -->";

export type BenchResults = {
  intake?: unknown;
  tally?: unknown;
  import?: unknown;
  pageWeight?: unknown;
  layers?: unknown;
  province?: unknown;
};

/** Where each benchmark leaves its figures, relative to bench/results/. */
export const RESULT_FILES: Record<keyof BenchResults, string> = {
  pageWeight: "page-weight.json",
  import: "import.json",
  tally: "tally.json",
  intake: "intake.json",
  layers: "layers.json",
  province: "province.json",
};

// The speed goals (2 cores, PostgreSQL). A JSON file's own goal fields win, so a script that moves
// its goal is reported against what it measured for.
const INTAKE_GOAL = { responsesPerSecond: 1_000, p99Ms: 150, errors: 0 };
const TALLY_GOAL = { households: 1_000_000, ms: 500, ratio: 1.5 };
const IMPORT_GOAL = { households: 100_000, ms: 30_000 };
const PAGE_GOAL_BYTES = 20 * 1024;
/** The resident consultation page's whole transfer, HTML, CSS and JavaScript as served. */
const TOTAL_PAGE_GOAL_BYTES = 60 * 1024;
const PROVINCE_GOAL = { p99Ms: 300, summaryToDashboard: 2, setupMs: 1_000 };
const POSTGRES = "PostgreSQL server";
const EMBEDDED = "embedded PostgreSQL";

// ---------------------------------------------------------------------------------------------
// Reading untyped JSON

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj | undefined => (isObj(v) ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const rows = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const div = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;

// ---------------------------------------------------------------------------------------------
// Formatting

const DASH = "—";
const NOT_MEASURED = "not measured";

function fixed(n: number, digits: number) {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
export const fmt = {
  count: (n: number | undefined) => (n === undefined ? DASH : fixed(Math.round(n), 0)),
  ms: (n: number | undefined) => (n === undefined ? DASH : fixed(n, 1)),
  seconds: (ms: number | undefined) => (ms === undefined ? DASH : fixed(ms / 1000, 1)),
  kb: (bytes: number | undefined) => (bytes === undefined ? DASH : fixed(bytes / 1024, 1)),
  // Small ratios (HTTP at a tenth of raw) need a third digit to be told apart.
  // Goals are round numbers: "≤ 150 ms", not "≤ 150.0 ms".
  plain: (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 }),
  ratio: (r: number | undefined) => (r === undefined ? DASH : `${fixed(r, Math.abs(r) < 1 ? 3 : 2)}×`),
  date: (iso: unknown) => {
    const d = typeof iso === "string" ? new Date(iso) : undefined;
    if (!d || Number.isNaN(d.getTime())) return "unknown date";
    const s = d.toISOString();
    return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
  },
};

type Verdict = boolean | undefined;
const verdict = (met: Verdict) => (met === undefined ? NOT_MEASURED : met ? "met" : "not met");

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll(/\r?\n/g, " ");
function table(header: string[], body: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...body.map(line)].join("\n");
}

/** "Measured 2026-11-26 03:50 UTC · 2 cores · Node v20.20.2" from the fields a result file has. */
function measuredLine(data: Obj, extra: (string | undefined)[] = []): string {
  const parts = [
    `Measured ${fmt.date(data.date ?? data.measuredAt)}`,
    str(data.machine),
    str(data.node) && `Node ${str(data.node)}`,
    ...extra,
  ];
  return `${parts.filter(Boolean).join(" · ")}.`;
}

// ---------------------------------------------------------------------------------------------
// Sections: each gives its lines of the summary table and its own part of the document.

type SummaryRow = { what: string; measured: string; beside: string; goal: string; met: Verdict; date: string };
type Section = { summary: SummaryRow[]; body: string };

const notMeasured = (what: string, goal: string): SummaryRow => ({
  what,
  measured: NOT_MEASURED,
  beside: DASH,
  goal,
  met: undefined,
  date: DASH,
});

function intakeGoal(r: Obj | undefined) {
  const g = obj(r?.goal);
  return {
    responsesPerSecond: num(g?.responsesPerSecond) ?? INTAKE_GOAL.responsesPerSecond,
    p99Ms: num(g?.p99Ms) ?? INTAKE_GOAL.p99Ms,
    errors: num(g?.errors) ?? INTAKE_GOAL.errors,
  };
}

const CPU_LABELS: Record<string, string> = {
  server: "app server",
  database: "database",
  loadGenerator: "load generator",
  total: "total",
};

/** cpuPerResponseMs as { party: ms | null }: a bare number is a total; null means not measured separately. */
function cpuParts(v: unknown): Map<string, number | null> | undefined {
  if (num(v) !== undefined) return new Map([["total", num(v)!]]);
  if (!isObj(v)) return undefined;
  const parts = new Map<string, number | null>();
  for (const [k, x] of Object.entries(v)) if (x === null || num(x) !== undefined) parts.set(k, x as number | null);
  return parts.size ? parts : undefined;
}

function sumParts(parts: Map<string, number | null> | undefined): number | undefined {
  const known = [...(parts?.values() ?? [])].filter((x): x is number => x !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}

function cpuRows(httpCpu: unknown, rawCpu: unknown): string[][] {
  const h = cpuParts(httpCpu);
  const r = cpuParts(rawCpu);
  if (!h && !r) return [];
  const keys = [...new Set([...(h?.keys() ?? []), ...(r?.keys() ?? [])])].filter((k) => k !== "total");
  const out = keys.map((k) => {
    const a = h?.get(k) ?? undefined;
    const b = r?.get(k) ?? undefined;
    return [`CPU ms per response: ${CPU_LABELS[k] ?? k}`, fmt.ms(a), fmt.ms(b), fmt.ratio(div(a, b)), DASH, ""];
  });
  // A total only adds information when there are parts to add up, or when it is all there is.
  const total = (p: typeof h) => p?.get("total") ?? (keys.length > 1 ? sumParts(p) : undefined) ?? undefined;
  const a = total(h);
  const b = total(r);
  if (a !== undefined || b !== undefined)
    out.push(["CPU ms per response: total", fmt.ms(a), fmt.ms(b), fmt.ratio(div(a, b)), DASH, ""]);
  return out;
}

/** Whether the target met the intake goal; the DB = 2xx check belongs to "zero errors" (a lost write is an error). */
function intakeMet(r: Obj) {
  const http = obj(r.http);
  const goal = intakeGoal(r);
  const rate = num(http?.perSecond);
  const p99 = num(http?.p99Ms);
  const errors = num(http?.errors);
  const consistent = obj(r.database)?.consistent;
  const rateMet = rate === undefined ? undefined : rate >= goal.responsesPerSecond;
  const p99Met = p99 === undefined ? undefined : p99 <= goal.p99Ms;
  const errorsMet = errors === undefined ? undefined : errors <= goal.errors && consistent !== false;
  const all =
    rateMet === undefined || p99Met === undefined || errorsMet === undefined
      ? undefined
      : rateMet && p99Met && errorsMet;
  return { goal, rateMet, p99Met, errorsMet, all };
}

/** GET /api/health at the same concurrency: the most Next.js answers per second on this machine. */
function frameworkFloor(f: Obj | undefined): string | undefined {
  if (!f || num(f.perSecond) === undefined) return undefined;
  const cpu = obj(f.cpuPerResponseMs);
  const server = cpu ? num(cpu.server) : undefined;
  return `Framework floor: GET /api/health (one trivial query through Prisma) at the same concurrency answered ${fmt.count(num(f.perSecond))}/s, p99 ${fmt.ms(num(f.p99Ms))} ms${server !== undefined ? `, ${fmt.ms(server)} ms of app-server CPU per request` : ""} — no request through Next.js on this machine goes faster.`;
}

function intakeTarget(r: Obj, data: Obj): string {
  const name = str(r.target) ?? "unknown target";
  if (str(r.skipped)) return `### ${name}\n\nSkipped: ${cell(str(r.skipped)!)}`;
  const http = obj(r.http) ?? {};
  const raw = obj(r.raw) ?? {};
  const db = obj(r.database) ?? {};
  const { goal, rateMet, p99Met, errorsMet, all } = intakeMet(r);
  const latency = (key: string, label: string, goalText: string, met: Verdict | null) => {
    const a = num(http[key]);
    const b = num(raw[key]);
    return [label, fmt.ms(a), fmt.ms(b), fmt.ratio(div(a, b)), goalText, met === null ? "" : verdict(met)];
  };
  const consistent = db.consistent === true ? "yes" : db.consistent === false ? "NO" : DASH;
  const body = [
    [
      "Responses/s",
      fmt.count(num(http.perSecond)),
      fmt.count(num(raw.perSecond)),
      fmt.ratio(div(num(http.perSecond), num(raw.perSecond))),
      `≥ ${fmt.count(goal.responsesPerSecond)}`,
      verdict(rateMet),
    ],
    latency("p50Ms", "p50 ms", DASH, null),
    latency("p99Ms", "p99 ms", `≤ ${fmt.plain(goal.p99Ms)}`, p99Met),
    latency("maxMs", "max ms", DASH, null),
    [
      "Responses in the run",
      `${fmt.count(num(http.ok))} in ${fmt.ms(num(http.seconds))} s`,
      `${fmt.count(num(raw.ok))} in ${fmt.ms(num(raw.seconds))} s`,
      DASH,
      DASH,
      "",
    ],
    [
      "Errors",
      fmt.count(num(http.errors)),
      fmt.count(num(raw.errors)),
      DASH,
      fmt.count(goal.errors),
      verdict(errorsMet),
    ],
    [
      "Consistency (DB = 2xx)",
      `${consistent} (${fmt.count(num(db.effective))} stored, ${fmt.count(num(db.expected))} answered 2xx)`,
      `${fmt.count(num(raw.stored))} stored of ${fmt.count(num(raw.ok))}`,
      DASH,
      "DB = 2xx",
      db.consistent === undefined ? NOT_MEASURED : verdict(db.consistent === true),
    ],
    ...cpuRows(http.cpuPerResponseMs ?? r.cpuPerResponseMs, raw.cpuPerResponseMs),
  ];
  const notes = [
    `Raw database: the same writes (response, answer, choice in one transaction) sent straight to the database, ${str(raw.mode) ?? "mode not recorded"}.`,
    num(r.prismaPool) !== undefined ? `Prisma pool: ${num(r.prismaPool)} connections.` : undefined,
    frameworkFloor(obj(r.frameworkFloor)),
    ...cpuNotes(http.cpuPerResponseMs ?? r.cpuPerResponseMs, data),
    isObj(r.serverConnections) && Object.keys(r.serverConnections).length
      ? `Server's database connections, mean over the run: ${Object.entries(r.serverConnections)
          .map(([k, v]) => `${k} ${typeof v === "number" ? fixed(v, 1) : String(v)}`)
          .join(", ")}.`
      : undefined,
    http.exhausted === true || raw.exhausted === true
      ? "Note: households ran out before the time was up; the rate is a lower bound."
      : undefined,
    ...firstErrors(r),
  ].filter((s): s is string => Boolean(s));
  const goalText = `≥ ${fmt.count(goal.responsesPerSecond)} responses/s, p99 ≤ ${fmt.plain(goal.p99Ms)} ms, ${fmt.count(goal.errors)} errors, DB = 2xx`;
  return [
    `### ${name}`,
    table(["Figure", "HTTP (next start)", "Raw database", "HTTP / raw", "Goal", "Met"], body),
    `Goal (${goalText}): **${verdict(all)}**.`,
    notes.map((n) => `- ${n}`).join("\n"),
  ].join("\n\n");
}

/** "2 cores allow at most N responses/s at this CPU cost": the ceiling a CPU-bound server cannot pass. */
function cpuNotes(httpCpu: unknown, data: Obj): string[] {
  const parts = cpuParts(httpCpu);
  const total = parts?.get("total") ?? sumParts(parts);
  const cores = Number(/(\d+)\s*cores?/.exec(str(data.machine) ?? "")?.[1]);
  const out: string[] = [];
  if (parts?.get("database") === null)
    out.push("CPU of the database: not measured separately (the processes of its server could not be told apart).");
  if (total !== undefined && total !== null && total > 0 && cores > 0) {
    out.push(
      `At ${fmt.ms(total)} ms of CPU per response (all parties), ${cores} cores allow at most ${fmt.count((cores * 1000) / total)} responses/s.`,
    );
  }
  return out;
}

function firstErrors(r: Obj): string[] {
  const raw = obj(r.raw);
  const samples = [
    ...(Array.isArray(r.httpErrorBodies) ? r.httpErrorBodies : []),
    ...(Array.isArray(r.serverErrors) ? r.serverErrors : []),
    ...(Array.isArray(raw?.errorBodies) ? raw.errorBodies : []),
  ];
  return samples.slice(0, 3).map((e) => `First error: \`${String(e).slice(0, 200).replaceAll("`", "'")}\``);
}

function intakeSection(data: Obj | undefined): Section {
  const heading = "## Response intake over HTTP (`npm run bench:intake`)";
  const what = (concurrency: string) => ({
    rate: `Intake rate, concurrency ${concurrency}`,
    p99: "Intake p99 latency",
    errors: "Intake errors (DB = 2xx)",
  });
  if (!data) {
    const w = what("64");
    return {
      summary: [
        notMeasured(w.rate, `≥ ${fmt.count(INTAKE_GOAL.responsesPerSecond)} responses/s`),
        notMeasured(w.p99, `≤ ${fmt.plain(INTAKE_GOAL.p99Ms)} ms`),
        notMeasured(w.errors, "0"),
      ],
      body: `${heading}\n\n${NOT_MEASURED} (no bench/results/intake.json).`,
    };
  }
  const results = rows(data.results);
  const w = what(num(data.concurrency) !== undefined ? fmt.count(num(data.concurrency)) : "?");
  const date = fmt.date(data.date);
  const pg = results.find((r) => r.target === POSTGRES && !r.skipped);
  const goal = intakeGoal(pg);
  let summary: SummaryRow[];
  if (!pg) {
    summary = [
      notMeasured(w.rate, `≥ ${fmt.count(goal.responsesPerSecond)} responses/s`),
      notMeasured(w.p99, `≤ ${fmt.plain(goal.p99Ms)} ms`),
      notMeasured(w.errors, fmt.count(goal.errors)),
    ];
  } else {
    const http = obj(pg.http) ?? {};
    const raw = obj(pg.raw) ?? {};
    const met = intakeMet(pg);
    const consistent = obj(pg.database)?.consistent;
    summary = [
      {
        what: w.rate,
        measured: `${fmt.count(num(http.perSecond))} responses/s`,
        beside: `raw ${fmt.count(num(raw.perSecond))}/s, HTTP / raw ${fmt.ratio(div(num(http.perSecond), num(raw.perSecond)))}`,
        goal: `≥ ${fmt.count(goal.responsesPerSecond)} responses/s`,
        met: met.rateMet,
        date,
      },
      {
        what: w.p99,
        measured: `${fmt.ms(num(http.p99Ms))} ms`,
        beside: `raw ${fmt.ms(num(raw.p99Ms))} ms, HTTP / raw ${fmt.ratio(div(num(http.p99Ms), num(raw.p99Ms)))}`,
        goal: `≤ ${fmt.plain(goal.p99Ms)} ms`,
        met: met.p99Met,
        date,
      },
      {
        what: w.errors,
        measured: `${fmt.count(num(http.errors))}, DB = 2xx ${consistent === true ? "yes" : consistent === false ? "NO" : DASH}`,
        beside: `raw ${fmt.count(num(raw.errors))}`,
        goal: fmt.count(goal.errors),
        met: met.errorsMet,
        date,
      },
    ];
  }
  const load = (k: string) =>
    Array.isArray(data[k])
      ? (data[k] as unknown[]).map((x) => (num(x) === undefined ? String(x) : fixed(num(x)!, 2))).join(" / ")
      : undefined;
  const busy = Array.isArray(data.loadAverageAtStart) && (num(data.loadAverageAtStart[0]) ?? 0) > 0.5;
  const run = [
    num(data.households) !== undefined ? `${fmt.count(num(data.households))} households` : undefined,
    num(data.seconds) !== undefined
      ? `${num(data.seconds)} s measured after a ${num(data.warmupSeconds) ?? "?"} s warm-up`
      : undefined,
    num(data.concurrency) !== undefined ? `${num(data.concurrency)} requests in flight` : undefined,
    str(data.buildId) ? `build ${str(data.buildId)}` : undefined,
  ].filter(Boolean);
  const seen = new Set(results.map((r) => r.target));
  const missing = [POSTGRES, EMBEDDED]
    .filter((t) => !seen.has(t))
    .map((t) => `### ${t}\n\n${NOT_MEASURED} in this run (BENCH_TARGETS).`);
  const body = [
    heading,
    measuredLine(data, [
      load("loadAverageAtStart") &&
        `load average ${load("loadAverageAtStart")} at start, ${load("loadAverageAtEnd") ?? DASH} at end`,
    ]),
    run.length ? `Run: ${run.join(", ")}.` : undefined,
    "What is sent: the tRPC mutation `response.submitOnline`, one POST per response — the staff console's and an API client's path. No resident page loads a tRPC client: residents answer through the pages' plain form posts, measured in the same run in the next section.",
    busy
      ? "Note: other work was running when this run started (load average above 0.5): the figures are lower than an idle machine would give."
      : undefined,
    ...results.map((r) => intakeTarget(r, data)),
    ...missing,
  ].filter(Boolean);
  return { summary, body: body.join("\n\n") };
}

const RESIDENT_GOAL = { ratioToTrpc: 0.5, appCpuMsPerResponse: 25, p99SequenceMs: 1_500, errors: 0 };
const RESIDENT_PATHS: [string, string][] = [
  ["nojs", "JavaScript off"],
  ["js", "JavaScript on"],
];

function residentGoal(p: Obj | undefined) {
  const g = obj(p?.goal);
  return {
    ratioToTrpc: num(g?.ratioToTrpc) ?? RESIDENT_GOAL.ratioToTrpc,
    appCpuMsPerResponse: num(g?.appCpuMsPerResponse) ?? RESIDENT_GOAL.appCpuMsPerResponse,
    p99SequenceMs: num(g?.p99SequenceMs) ?? RESIDENT_GOAL.p99SequenceMs,
    errors: num(g?.errors) ?? RESIDENT_GOAL.errors,
  };
}

/** One resident path's verdicts; the stored check belongs to "zero errors", as the intake's DB = 2xx. */
function residentMet(p: Obj, trpcPerSecond: number | undefined) {
  const goal = residentGoal(p);
  const http = obj(p.http);
  const ratio = num(p.ratioToTrpc) ?? div(num(http?.perSecond), trpcPerSecond);
  const cpu = num(obj(http?.cpuPerResponseMs)?.server);
  const p99 = num(http?.p99Ms);
  const errors = num(http?.errors);
  const warmupErrors = num(obj(p.warmup)?.errors) ?? 0;
  const once = obj(p.stored)?.exactlyOnce;
  const ratioMet = ratio === undefined ? undefined : ratio >= goal.ratioToTrpc;
  const cpuMet = cpu === undefined ? undefined : cpu <= goal.appCpuMsPerResponse;
  const p99Met = p99 === undefined ? undefined : p99 <= goal.p99SequenceMs;
  const errorsMet =
    errors === undefined || typeof once !== "boolean" ? undefined : errors + warmupErrors <= goal.errors && once;
  const parts = [ratioMet, cpuMet, p99Met, errorsMet];
  const all = parts.some((x) => x === undefined) ? undefined : parts.every(Boolean);
  return { goal, ratio, cpu, ratioMet, cpuMet, p99Met, errorsMet, all };
}

const REPLAY_LABELS: Record<string, string> = {
  noJsAnswers: "answers with JavaScript off",
  jsAnswers: "answers with JavaScript on",
};

/** " Checked against Chromium's requests of the run: …" from the run's check, or nothing. */
function sameAsBrowserNote(checks: Obj | undefined): string {
  if (!checks) return "";
  const parts = Object.entries(checks).map(
    ([k, v]) => `${REPLAY_LABELS[k] ?? k} ${v === true ? "yes" : v === false ? "NO" : String(v)}`,
  );
  return parts.length ? ` Checked against Chromium's requests of the run (boundary aside): ${parts.join(", ")}.` : "";
}

/** The resident's real path — the pages' form posts — beside tRPC and the floor, from intake.json. */
function residentSection(data: Obj | undefined): Section | undefined {
  const pg = rows(data?.results).find((r) => r.target === POSTGRES && !r.skipped);
  const resident = obj(pg?.resident);
  if (!data || !pg || !resident) return undefined;
  const heading = "## The resident's real path: pages and their form posts (`npm run bench:intake`)";
  const date = fmt.date(data.date);
  const trpc = obj(pg.http) ?? {};
  const floor = obj(pg.frameworkFloor) ?? {};
  const trpcRate = num(trpc.perSecond);
  const floorRate = num(floor.perSecond);
  const present = RESIDENT_PATHS.filter(([k]) => obj(resident[k]));
  const summary: SummaryRow[] = [];
  const notes: string[] = [];
  for (const [k, name] of present) {
    const p = obj(resident[k])!;
    if (str(p.skipped)) {
      notes.push(`${name}: skipped (${cell(str(p.skipped)!)}).`);
      continue;
    }
    const http = obj(p.http) ?? {};
    const m = residentMet(p, trpcRate);
    const st = obj(p.stored) ?? {};
    summary.push(
      {
        what: `Resident path, ${name}: complete responses/s`,
        measured: `${fmt.count(num(http.perSecond))}/s`,
        beside: `tRPC ${fmt.count(trpcRate)}/s (${fmt.ratio(m.ratio)}), floor ${fmt.count(floorRate)}/s`,
        goal: `≥ ${fmt.plain(m.goal.ratioToTrpc)}× tRPC`,
        met: m.ratioMet,
        date,
      },
      {
        what: `Resident path, ${name}: app CPU per complete response`,
        measured: `${fmt.ms(m.cpu)} ms`,
        beside: `tRPC ${fmt.ms(num(obj(trpc.cpuPerResponseMs)?.server))} ms`,
        goal: `≤ ${fmt.plain(m.goal.appCpuMsPerResponse)} ms`,
        met: m.cpuMet,
        date,
      },
      {
        what: `Resident path, ${name}: p99 of the whole sequence`,
        measured: `${fmt.ms(num(http.p99Ms))} ms`,
        beside: `tRPC one request ${fmt.ms(num(trpc.p99Ms))} ms`,
        goal: `≤ ${fmt.count(m.goal.p99SequenceMs)} ms`,
        met: m.p99Met,
        date,
      },
      {
        what: `Resident path, ${name}: errors, each acknowledged response stored once`,
        measured: `${fmt.count(num(http.errors))} errors, ${fmt.count(num(st.lost))} lost, ${fmt.count(num(st.doubled))} doubled`,
        beside: `${fmt.count(num(st.acknowledged))} acknowledged`,
        goal: "0, stored exactly once",
        met: m.errorsMet,
        date,
      },
    );
  }
  const ran = present.filter(([k]) => !str(obj(resident[k])!.skipped));
  const col = (f: (p: Obj, http: Obj) => string) =>
    ran.map(([k]) => f(obj(resident[k])!, obj(obj(resident[k])!.http) ?? {}));
  const cpuOf = (o: Obj, key: string) => num(obj(o.cpuPerResponseMs)?.[key]);
  const head = ["Figure", ...ran.map(([, n]) => n), "tRPC submitOnline", "Floor GET /api/health", "Goal"];
  const body = [
    [
      "Complete responses/s",
      ...col((_, h) => fmt.count(num(h.perSecond))),
      fmt.count(trpcRate),
      fmt.count(floorRate),
      DASH,
    ],
    [
      "× tRPC",
      ...col((p, h) => fmt.ratio(num(p.ratioToTrpc) ?? div(num(h.perSecond), trpcRate))),
      fmt.ratio(1),
      fmt.ratio(div(floorRate, trpcRate)),
      `≥ ${fmt.plain(RESIDENT_GOAL.ratioToTrpc)}×`,
    ],
    [
      "× floor",
      ...col((_, h) => fmt.ratio(div(num(h.perSecond), floorRate))),
      fmt.ratio(div(trpcRate, floorRate)),
      fmt.ratio(1),
      DASH,
    ],
    [
      "p50 ms (whole sequence)",
      ...col((_, h) => fmt.ms(num(h.p50Ms))),
      fmt.ms(num(trpc.p50Ms)),
      fmt.ms(num(floor.p50Ms)),
      DASH,
    ],
    [
      "p99 ms (whole sequence)",
      ...col((_, h) => fmt.ms(num(h.p99Ms))),
      fmt.ms(num(trpc.p99Ms)),
      fmt.ms(num(floor.p99Ms)),
      `≤ ${fmt.count(RESIDENT_GOAL.p99SequenceMs)}`,
    ],
    [
      "Complete in the run",
      ...col((_, h) => `${fmt.count(num(h.ok))} in ${fmt.ms(num(h.seconds))} s`),
      `${fmt.count(num(trpc.ok))} in ${fmt.ms(num(trpc.seconds))} s`,
      `${fmt.count(num(floor.ok))} in ${fmt.ms(num(floor.seconds))} s`,
      DASH,
    ],
    [
      "Errors (run + warm-up)",
      ...col((p, h) => fmt.count((num(h.errors) ?? NaN) + (num(obj(p.warmup)?.errors) ?? 0))),
      fmt.count(num(trpc.errors)),
      fmt.count(num(floor.errors)),
      "0",
    ],
    [
      "Acknowledged: lost / doubled / other receipt",
      ...col((p) => {
        const st = obj(p.stored) ?? {};
        return `${fmt.count(num(st.acknowledged))}: ${fmt.count(num(st.lost))} / ${fmt.count(num(st.doubled))} / ${fmt.count(num(st.wrongReceipt))}`;
      }),
      (() => {
        const st = obj(obj(pg.database)?.trpc) ?? {};
        return `${fmt.count(num(st.acknowledged))}: ${fmt.count(num(st.lost))} / ${fmt.count(num(st.doubled))} / ${fmt.count(num(st.wrongReceipt))}`;
      })(),
      DASH,
      "0 / 0 / 0",
    ],
    ...(["server", "database", "loadGenerator"] as const).map((key) => [
      `CPU ms per complete response: ${CPU_LABELS[key]}`,
      ...col((_, h) => fmt.ms(cpuOf(h, key))),
      fmt.ms(cpuOf(trpc, key)),
      fmt.ms(cpuOf(floor, key)),
      key === "server" ? `≤ ${fmt.plain(RESIDENT_GOAL.appCpuMsPerResponse)}` : DASH,
    ]),
  ];
  // In the order a resident goes through them; a step this list does not know comes last.
  const ORDER = ["GET form", "POST answers", "GET review", "POST submit", "GET receipt"];
  const rank = (step: string) => (ORDER.includes(step) ? ORDER.indexOf(step) : ORDER.length);
  const stepNames = [...new Set(ran.flatMap(([k]) => Object.keys(obj(obj(resident[k])!.steps) ?? {})))].sort(
    (a, b) => rank(a) - rank(b),
  );
  const stepTable = stepNames.length
    ? table(
        ["Step", ...ran.flatMap(([, n]) => [`${n} p50 ms`, `${n} p99 ms`])],
        stepNames.map((step) => [
          step,
          ...ran.flatMap(([k]) => {
            const st = obj(obj(obj(resident[k])!.steps)?.[step]);
            return st ? [fmt.ms(num(st.p50Ms)), fmt.ms(num(st.p99Ms))] : [DASH, DASH];
          }),
        ]),
      )
    : undefined;
  const verdicts = present
    .filter(([k]) => !str(obj(resident[k])!.skipped))
    .map(([k, name]) => `${name}: **${verdict(residentMet(obj(resident[k])!, trpcRate).all)}**`);
  const goalText = `≥ ${fmt.plain(RESIDENT_GOAL.ratioToTrpc)}× the tRPC rate in complete responses, ≤ ${fmt.plain(RESIDENT_GOAL.appCpuMsPerResponse)} ms of app-server CPU per complete response, p99 of the whole sequence ≤ ${fmt.count(RESIDENT_GOAL.p99SequenceMs)} ms at ${fmt.count(num(data.concurrency))} in flight, 0 errors, each acknowledged response stored exactly once`;
  const capture = obj(pg.browserCapture);
  return {
    summary,
    body: [
      heading,
      measuredLine(data),
      "What a resident's browser does: GET the consultation form → POST the answers → 303 → GET the review → POST submit → 303 → GET the receipt. The resident pages are Pages Router pages served without Next.js's client runtime, so a browser sends these same five requests with JavaScript on or off: the form's own fields (the chosen radio, the comment) posted as its enctype says (urlencoded) to its action, a route handler, and each 303 followed by a GET of the page. At the start of the run Debian's Chromium answers once each way; the bench checks that with JavaScript on it sent no script or server action request and the same requests as with it off, and replays Chromium's own document headers on the JavaScript-on path. Each sequence is a different household's first response; a response counts as acknowledged when the receipt shows its code, and is then looked up in the database.",
      `Goal (${goalText}): ${verdicts.join(", ") || NOT_MEASURED}.`,
      table(head, body),
      stepTable,
      capture && Array.isArray(capture.requests)
        ? `- Chromium with JavaScript on, as captured: ${capture.requests.length} requests (${(capture.requests as unknown[]).map((r) => str(obj(r)?.method) ?? "?").join(", ")}), the same as with JavaScript off, no script.${sameAsBrowserNote(obj(capture.sameAsBrowser))}`
        : undefined,
      ...notes.map((n) => `- ${n}`),
    ]
      .filter(Boolean)
      .join("\n\n"),
  };
}

function tallySection(data: Obj | undefined): Section {
  const heading = "## Tally latency (`npm run bench:tally`)";
  const what = { ms: "Tally of 1M households", ratio: "Tally / bare GROUP BY, 1M households" };
  if (!data) {
    return {
      summary: [
        notMeasured(what.ms, `≤ ${fmt.count(TALLY_GOAL.ms)} ms`),
        notMeasured(what.ratio, `≤ ${`${fmt.plain(TALLY_GOAL.ratio)}×`}`),
      ],
      body: `${heading}\n\n${NOT_MEASURED} (no bench/results/tally.json).`,
    };
  }
  const date = fmt.date(data.date);
  const results = rows(data.results);
  const isGoalRow = (r: Obj) => r.database === POSTGRES && r.households === TALLY_GOAL.households;
  const ratioOf = (r: Obj) => div(num(r.tallyMs), num(r.bareGroupByMs)) ?? num(r.ratio);
  const goalText = `≤ ${fmt.count(TALLY_GOAL.ms)} ms and ≤ ${`${fmt.plain(TALLY_GOAL.ratio)}×`}`;
  const body = results.map((r) => {
    const ms = num(r.tallyMs);
    const ratio = ratioOf(r);
    const met = isGoalRow(r)
      ? ms === undefined || ratio === undefined
        ? undefined
        : ms <= TALLY_GOAL.ms && ratio <= TALLY_GOAL.ratio
      : null;
    return [
      str(r.database) ?? DASH,
      fmt.count(num(r.households)),
      fmt.ms(ms),
      fmt.ms(num(r.bareGroupByMs)),
      fmt.ratio(ratio),
      met === null ? DASH : goalText,
      met === null ? "" : verdict(met),
      fmt.seconds(num(r.seedMs)),
    ];
  });
  const million = results.find(isGoalRow);
  const ms = num(million?.tallyMs);
  const ratio = million && ratioOf(million);
  const summary: SummaryRow[] = million
    ? [
        {
          what: what.ms,
          measured: `${fmt.ms(ms)} ms`,
          beside: `bare GROUP BY ${fmt.ms(num(million.bareGroupByMs))} ms`,
          goal: `≤ ${fmt.count(TALLY_GOAL.ms)} ms`,
          met: ms === undefined ? undefined : ms <= TALLY_GOAL.ms,
          date,
        },
        {
          what: what.ratio,
          measured: fmt.ratio(ratio),
          beside: `${fmt.ms(ms)} ms / ${fmt.ms(num(million.bareGroupByMs))} ms`,
          goal: `≤ ${`${fmt.plain(TALLY_GOAL.ratio)}×`}`,
          met: ratio === undefined ? undefined : ratio <= TALLY_GOAL.ratio,
          date,
        },
      ]
    : [
        notMeasured(what.ms, `≤ ${fmt.count(TALLY_GOAL.ms)} ms`),
        notMeasured(what.ratio, `≤ ${`${fmt.plain(TALLY_GOAL.ratio)}×`}`),
      ];
  const runs = num(data.runs);
  return {
    summary,
    body: [
      heading,
      measuredLine(data, [runs !== undefined ? `median of ${runs} runs after a warm-up` : undefined]),
      "Tally: computeTally, what the staff page and the closing transaction call. Bare GROUP BY: one count of choices per neighbourhood over the same rows, the least the database can do. The goal applies to 1M households on PostgreSQL.",
      results.length
        ? table(
            ["Database", "Households", "Tally ms", "Bare GROUP BY ms", "Tally / bare", "Goal", "Met", "Seed s"],
            body,
          )
        : "No results in the file.",
    ].join("\n\n"),
  };
}

function importSection(data: Obj | undefined): Section {
  const heading = "## Register import (`npm run bench:import`)";
  const what = `Import of ${fmt.count(IMPORT_GOAL.households)} households`;
  const goalOf = (r: Obj) => num(r.goalMs) ?? IMPORT_GOAL.ms;
  if (!data)
    return {
      summary: [notMeasured(what, `≤ ${fmt.plain(IMPORT_GOAL.ms / 1000)} s`)],
      body: `${heading}\n\n${NOT_MEASURED} (no bench/results/import.json).`,
    };
  const date = fmt.date(data.date);
  const results = rows(data.results);
  const totalOf = (r: Obj) =>
    num(r.totalMs) ??
    (num(r.previewMs) !== undefined && num(r.applyMs) !== undefined ? num(r.previewMs)! + num(r.applyMs)! : undefined);
  // The goal is stated for 100,000 households: a run at another size (BENCH_HOUSEHOLDS) does not answer it.
  const metOf = (r: Obj) => {
    const total = totalOf(r);
    return r.households !== IMPORT_GOAL.households || total === undefined ? undefined : total <= goalOf(r);
  };
  const body = results.map((r) => {
    const total = totalOf(r);
    const met = metOf(r);
    const metText =
      met === undefined && total !== undefined
        ? `n/a (goal is for ${fmt.count(IMPORT_GOAL.households)})`
        : verdict(met);
    return [
      str(r.database) ?? DASH,
      str(r.format) ?? DASH,
      fmt.count(num(r.households)),
      fmt.seconds(num(r.previewMs)),
      fmt.seconds(num(r.applyMs)),
      fmt.seconds(total),
      `≤ ${fmt.plain(goalOf(r) / 1000)}`,
      fmt.ratio(div(total, goalOf(r))),
      metText,
      fmt.seconds(num(r.reimportPreviewMs)),
      fmt.count(num(r.unchangedOnReimport)),
    ];
  });
  // The summary answers for PostgreSQL with its slowest format: the goal holds only if every format meets it.
  const pg = results.filter(
    (r) => r.database === POSTGRES && r.households === IMPORT_GOAL.households && totalOf(r) !== undefined,
  );
  const slowest = pg.sort((a, b) => totalOf(b)! - totalOf(a)!)[0];
  const summary: SummaryRow[] = slowest
    ? [
        {
          what: `${what} (slowest format)`,
          measured: `${fmt.seconds(totalOf(slowest))} s (${str(slowest.format) ?? "?"})`,
          beside:
            pg.length > 1
              ? pg
                  .slice(1)
                  .map((r) => `${str(r.format) ?? "?"} ${fmt.seconds(totalOf(r))} s`)
                  .join(", ")
              : DASH,
          goal: `≤ ${fmt.plain(goalOf(slowest) / 1000)} s`,
          met: metOf(slowest),
          date,
        },
      ]
    : [notMeasured(what, `≤ ${fmt.plain(IMPORT_GOAL.ms / 1000)} s`)];
  return {
    summary,
    body: [
      heading,
      measuredLine(data),
      "Preview + apply through the functions the administrator's import page calls; each database parses a file of its own. Re-import: a preview of the same file again, every row compared and found unchanged.",
      results.length
        ? table(
            [
              "Database",
              "Format",
              "Households",
              "Preview s",
              "Apply s",
              "Total s",
              "Goal s",
              "Total / goal",
              "Met",
              "Re-import preview s",
              "Unchanged on re-import",
            ],
            body,
          )
        : "No results in the file.",
    ].join("\n\n"),
  };
}

function pageWeightSection(data: Obj | undefined): Section {
  const heading = "## Resident page weight (`npm run page-weight`)";
  const what = "Resident page JS above an empty page";
  if (!data)
    return {
      summary: [notMeasured(what, `≤ ${fmt.plain(PAGE_GOAL_BYTES / 1024)} KB`)],
      body: `${heading}\n\n${NOT_MEASURED} (no bench/results/page-weight.json).`,
    };
  const goalBytes = num(data.goalBytes) ?? PAGE_GOAL_BYTES;
  const blank = obj(data.blank);
  const empty = num(blank?.jsGzipBytes);
  const pages: [string, Obj | undefined, boolean][] = [
    ["Empty page (/blank)", blank, false],
    ["Resident consultation page", obj(data.residentConsultation), true],
    ["Resident home", obj(data.residentHome), false],
  ];
  const body = pages
    .filter(([, p]) => p)
    .map(([name, p, judged]) => {
      const js = num(p!.jsGzipBytes);
      const above = p === blank || js === undefined || empty === undefined ? undefined : js - empty;
      const met = judged ? (above === undefined ? undefined : above <= goalBytes) : null;
      return [
        name,
        fmt.count(num(p!.scripts)),
        fmt.kb(js),
        p === blank ? DASH : fmt.kb(above),
        p === blank ? DASH : fmt.ratio(div(js, empty)),
        judged ? `≤ ${fmt.plain(goalBytes / 1024)}` : DASH,
        met === null ? "" : verdict(met),
        fmt.kb(num(p!.totalBytes)),
        fmt.kb(num(p!.withoutJsBytes)),
        fmt.kb(num(p!.inlineGzipBytes)),
        fmt.count(num(p!.html)),
      ];
    });
  const resident = num(obj(data.residentConsultation)?.jsGzipBytes);
  const above = resident === undefined || empty === undefined ? num(data.aboveEmptyBytes) : resident - empty;
  const date = fmt.date(data.date ?? data.measuredAt);
  const totalGoal = num(data.totalGoalBytes) ?? TOTAL_PAGE_GOAL_BYTES;
  const residentPage = obj(data.residentConsultation);
  const total = num(residentPage?.totalBytes);
  const transfer = "Resident page whole transfer";
  return {
    summary: [
      total === undefined
        ? notMeasured(transfer, `≤ ${fmt.plain(totalGoal / 1024)} KB`)
        : {
            what: transfer,
            measured: `${fmt.kb(total)} KB`,
            beside: `without JavaScript ${fmt.kb(num(residentPage?.withoutJsBytes))} KB`,
            goal: `≤ ${fmt.plain(totalGoal / 1024)} KB`,
            met: total <= totalGoal,
            date,
          },
      above === undefined
        ? notMeasured(what, `≤ ${fmt.plain(goalBytes / 1024)} KB`)
        : {
            what,
            measured: `${fmt.kb(above)} KB`,
            beside: `empty page ${fmt.kb(empty)} KB, resident ${fmt.kb(resident)} KB`,
            goal: `≤ ${fmt.plain(goalBytes / 1024)} KB`,
            met: above <= goalBytes,
            date,
          },
    ],
    body: [
      heading,
      measuredLine(data),
      "JS: the size as served (compressed) of every external script each page loads, on the production build; the noModule polyfills current browsers skip are not counted. Total: the HTML, its style sheets and its scripts as served; without JS: the HTML and style sheets alone. Inline scripts (the server-rendered payload, part of the HTML) are also shown apart.",
      body.length
        ? table(
            [
              "Page",
              "Scripts",
              "JS gzip KB",
              "Above empty KB",
              "JS / empty",
              "Goal KB",
              "Met",
              "Total as served KB",
              "Without JS KB",
              "Inline script gzip KB",
              "HTML characters",
            ],
            body,
          )
        : "No pages in the file.",
    ].join("\n\n"),
  };
}

/** The load average as "1.00 / 1.15 / 1.54", from an array of numbers. */
function loadText(v: unknown): string | undefined {
  return Array.isArray(v) && v.length
    ? v.map((x) => (num(x) === undefined ? String(x) : fixed(num(x)!, 2))).join(" / ")
    : undefined;
}

const PROVINCE_PAGES: Record<string, string> = {
  list: "Communes list",
  home: "A commune's public home",
  province: "Province summary",
  dashboard: "A commune's dashboard",
  blank: "Empty page (floor)",
  health: "GET /api/health (floor)",
  listUncached: "Communes list, public cache off",
  homeUncached: "A commune's public home, public cache off",
};

/** The first line of a plan without its cost estimate: "Seq Scan on "TallyDelta" (actual time=… rows=… loops=1)". */
function planTop(plan: string | undefined): string {
  const first = plan?.split("\n")[0]?.trim();
  if (!first) return DASH;
  if (first.startsWith("EXPLAIN failed")) return first.slice(0, 120);
  return first.replace(/\s*\(cost=[^)]*\)/, "").replace(/\s+/g, " ");
}

/** A statement in a few words, from Prisma's SQL: what it reads (FROM …) rather than its column list. */
function statementText(sql: string | undefined): string {
  if (!sql) return DASH;
  const flat = sql
    .replace(/"public"\./g, "")
    .replace(/\s+/g, " ")
    .trim();
  const from = flat.indexOf(" FROM ");
  const short = from > 40 ? `${flat.slice(0, flat.indexOf(" ") + 1)}… ${flat.slice(from + 1)}` : flat;
  return short.length > 140 ? `${short.slice(0, 139)}…` : short;
}
/** Sub-millisecond timings need their hundredths. */
const fineMs = (n: number | undefined) => (n === undefined ? DASH : fixed(n, n < 10 ? 2 : 1));

/** The turnout statement over running sums left unfolded, as answers arriving one at a time leave them. */
function unfoldedText(u: Obj | undefined): string | undefined {
  if (!u) return undefined;
  if (str(u.error) || str(u.skipped)) return `Running sums unfolded: not measured (${str(u.error) ?? str(u.skipped)}).`;
  const scan = str(u.plan)
    ?.split("\n")
    .find((l) => /Scan on "TallyDelta"/.test(l));
  return (
    `Running sums unfolded — one row per response and per choice, as answers sent one at a time leave them until a tally reading folds them (the summary reads without folding): ` +
    `TallyDelta ${fmt.count(num(u.rowsBefore))} → ${fmt.count(num(u.rowsAfter))} rows, the turnout statement ${fineMs(num(u.compactMs))} → ${fineMs(num(u.unfoldedMs))} ms (${fmt.ratio(div(num(u.unfoldedMs), num(u.compactMs)))})` +
    `${
      scan
        ? `, by ${scan
            .replace(/\s*\(cost=[^)]*\)/, "")
            .replace(/->/, "")
            .replace(/\s+/g, " ")
            .trim()}`
        : ""
    }; measured in a transaction rolled back.`
  );
}

function provinceSection(data: Obj | undefined): Section {
  const heading = "## A province of communes (`npm run bench:province`)";
  const goal = { ...PROVINCE_GOAL, ...(obj(data?.goal) ?? {}) } as typeof PROVINCE_GOAL;
  const p99Goal = `≤ ${fmt.count(num(goal.p99Ms))} ms`;
  const ratioGoal = `≤ ${fmt.plain(num(goal.summaryToDashboard) ?? PROVINCE_GOAL.summaryToDashboard)}×`;
  const setupGoal = `≤ ${fmt.plain((num(goal.setupMs) ?? PROVINCE_GOAL.setupMs) / 1000)} s`;
  const judgedKeys = ["list", "home", "province", "dashboard"];
  const what = {
    page: (key: string, communes: string, readers: string) =>
      `Province of ${communes}: ${(PROVINCE_PAGES[key] ?? key).toLowerCase()} p99, ${readers} readers`,
    ratio: "Province summary / one commune's dashboard",
    setup: "Creating a commune (setUpCommune)",
  };
  if (!data) {
    return {
      summary: [
        ...judgedKeys.map((k) => notMeasured(what.page(k, "100", "16"), p99Goal)),
        notMeasured(what.ratio, ratioGoal),
        notMeasured(what.setup, setupGoal),
      ],
      body: `${heading}\n\n${NOT_MEASURED} (no bench/results/province.json).`,
    };
  }
  const date = fmt.date(data.date);
  const install = obj(data.install) ?? {};
  const big = obj(install.province) ?? {};
  const small = obj(install.oneCommune) ?? {};
  const communes = num(big.communes);
  const perCommune = num(big.householdsPerCommune);
  const communesText = communes === undefined ? "?" : fmt.count(communes);
  const concurrency = num(data.concurrency);
  const pages = rows(data.pages);
  const pageOf = (key: string) => pages.find((p) => p.key === key);
  const side = (p: Obj | undefined, s: "province" | "oneCommune") => obj(p?.[s]);
  const p99Of = (r: Obj | undefined) => num(r?.p99Ms);
  const pageMet = (r: Obj | undefined) => (p99Of(r) === undefined ? undefined : p99Of(r)! <= goal.p99Ms);
  const w = (key: string) => what.page(key, communesText, concurrency === undefined ? "?" : fmt.count(concurrency));

  const summary: SummaryRow[] = judgedKeys.map((key) => {
    const p = pageOf(key);
    const a = side(p, "province");
    const b = side(p, "oneCommune");
    if (p99Of(a) === undefined)
      return { ...notMeasured(w(key), p99Goal), measured: str(a?.error) ? `failed: ${str(a?.error)}` : NOT_MEASURED };
    const redirect = b?.redirect === true ? " (its redirect)" : "";
    return {
      what: w(key),
      measured: `${fmt.ms(p99Of(a))} ms`,
      beside: `one commune${redirect} ${fmt.ms(p99Of(b))} ms, ${fmt.ratio(div(p99Of(a), p99Of(b)))}${
        p99Of(side(pageOf(`${key}Uncached`), "province")) === undefined
          ? ""
          : `; public cache off: ${fmt.ms(p99Of(side(pageOf(`${key}Uncached`), "province")))} ms (one commune ${fmt.ms(p99Of(side(pageOf(`${key}Uncached`), "oneCommune")))} ms)`
      }`,
      goal: p99Goal,
      met: pageMet(a),
      date,
    };
  });
  const summaryPage = side(pageOf("province"), "province");
  const dashboardOne = side(pageOf("dashboard"), "oneCommune");
  const rel = (k: string) => div(num(summaryPage?.[k]), num(dashboardOne?.[k]));
  const ratios = { p50: rel("p50Ms"), p99: rel("p99Ms") };
  const ratioMet =
    ratios.p50 === undefined || ratios.p99 === undefined
      ? undefined
      : ratios.p50 <= goal.summaryToDashboard && ratios.p99 <= goal.summaryToDashboard;
  summary.push({
    what: what.ratio,
    measured: `p50 ${fmt.ratio(ratios.p50)}, p99 ${fmt.ratio(ratios.p99)}`,
    beside: `summary of ${communesText} p50 ${fmt.ms(num(summaryPage?.p50Ms))} / p99 ${fmt.ms(num(summaryPage?.p99Ms))} ms; dashboard of one commune ${fmt.ms(num(dashboardOne?.p50Ms))} / ${fmt.ms(num(dashboardOne?.p99Ms))} ms`,
    goal: ratioGoal,
    met: ratioMet,
    date,
  });
  const setup = obj(data.setup) ?? {};
  const setUp = obj(setup.province) ?? {};
  const setUpOne = obj(setup.oneCommune) ?? {};
  const cli = obj(setup.cli) ?? {};
  const setupMet = num(setUp.maxMs) === undefined ? undefined : num(setUp.maxMs)! <= goal.setupMs;
  summary.push({
    what: what.setup,
    measured:
      num(setUp.maxMs) === undefined
        ? str(setUp.error)
          ? `failed: ${str(setUp.error)}`
          : NOT_MEASURED
        : `median ${fmt.ms(num(setUp.medianMs))} ms, max ${fmt.ms(num(setUp.maxMs))} ms`,
    beside:
      num(cli.wallMs) !== undefined
        ? `\`npm run setup\` end to end ${fmt.seconds(num(cli.wallMs))} s (tsx start-up included)`
        : DASH,
    goal: setupGoal,
    met: setupMet,
    date,
  });

  // Pages: each beside the same page of the one-commune install.
  const pageRow = (p: Obj, s: "province" | "oneCommune"): string[] => {
    const r = side(p, s);
    const judged = judgedKeys.includes(String(p.key));
    const install = s === "province" ? `${communesText} communes` : "one commune";
    if (!r || num(r.p99Ms) === undefined)
      return [
        PROVINCE_PAGES[String(p.key)] ?? String(p.key),
        install,
        `\`${str(r?.path) ?? "?"}\``,
        str(r?.error) ? `failed: ${str(r?.error)}` : NOT_MEASURED,
        DASH,
        DASH,
        DASH,
        DASH,
        DASH,
        DASH,
        DASH,
        DASH,
        DASH,
        DASH,
        judged ? p99Goal : DASH,
        judged ? NOT_MEASURED : "",
      ];
    const cpu = obj(r.cpuPerRequestMs);
    const alone = obj(r.oneReader);
    const other = side(p, s === "province" ? "oneCommune" : "province");
    const address = `\`${str(r.path) ?? "?"}\`${r.redirect === true ? ` (${fmt.count(num(r.status))}, not followed)` : ""}`;
    return [
      PROVINCE_PAGES[String(p.key)] ?? String(p.key),
      install,
      address,
      `${fmt.count(num(r.ok))}${num(r.errors) ? ` (${fmt.count(num(r.errors))} errors)` : ""}`,
      fmt.ms(num(r.perSecond)),
      fmt.ms(num(r.p50Ms)),
      fmt.ms(num(r.p95Ms)),
      fmt.ms(num(r.p99Ms)),
      fmt.ms(num(alone?.p50Ms)),
      fmt.kb(num(r.htmlBytes)),
      num(r.cacheHits) === undefined || !num(r.requests)
        ? DASH
        : `${fmt.plain(Math.round((num(r.cacheHits)! / num(r.requests)!) * 1000) / 10)} %`,
      `${fmt.ms(num(cpu?.server))} / ${fmt.ms(num(cpu?.database))}`,
      s === "province" ? fmt.ratio(div(num(r.p99Ms), num(other?.p99Ms))) : DASH,
      loadText(r.loadAverage) ?? DASH,
      judged ? p99Goal : DASH,
      judged ? verdict(pageMet(r)) : "",
    ];
  };
  const pageTable = pages.length
    ? table(
        [
          "Page",
          "Install",
          "Address",
          "Requests",
          "Req/s",
          "p50 ms",
          "p95 ms",
          "p99 ms",
          "One reader p50 ms",
          "HTML KB",
          "From the cache",
          "CPU ms/request app / PostgreSQL",
          "p99 / one commune",
          "Load average",
          "Goal p99",
          "Met",
        ],
        pages.flatMap((p) => [pageRow(p, "province"), pageRow(p, "oneCommune")]),
      )
    : "No pages in the file.";

  const judged = pages.filter((p) => judgedKeys.includes(String(p.key)));
  const everyP99 = judged.flatMap((p) => [side(p, "province"), side(p, "oneCommune")]);
  const slowest = everyP99.filter((r) => p99Of(r) !== undefined).sort((a, b) => p99Of(b)! - p99Of(a)!)[0];
  const allMet =
    everyP99.length && everyP99.every((r) => pageMet(r) !== undefined) ? everyP99.every((r) => pageMet(r)) : undefined;
  const ratioRow = (k: "p50" | "p99") => [
    `Province summary ≤ ${fmt.plain(goal.summaryToDashboard)}× one commune's dashboard (${k})`,
    `${fmt.ms(num(summaryPage?.[`${k}Ms`]))} ms`,
    `${fmt.ms(num(dashboardOne?.[`${k}Ms`]))} ms (dashboard, one-commune install)`,
    fmt.ratio(ratios[k]),
    ratioGoal,
    verdict(ratios[k] === undefined ? undefined : ratios[k]! <= goal.summaryToDashboard),
  ];
  const dashboardBig = side(pageOf("dashboard"), "province");
  const goalTable = table(
    ["Goal", "Measured", "Compared with", "Ratio", "Goal", "Met"],
    [
      [
        `Each page p99 (${judged.length * 2} measured)`,
        slowest ? `slowest ${fmt.ms(p99Of(slowest))} ms (\`${str(slowest.path) ?? "?"}\`)` : NOT_MEASURED,
        "the same page in the one-commune install (table above)",
        DASH,
        p99Goal,
        verdict(allMet),
      ],
      ratioRow("p50"),
      ratioRow("p99"),
      [
        "Province summary beside the dashboard of a commune of the province (p50)",
        `${fmt.ms(num(summaryPage?.p50Ms))} ms`,
        `${fmt.ms(num(dashboardBig?.p50Ms))} ms (dashboard, province install)`,
        fmt.ratio(div(num(summaryPage?.p50Ms), num(dashboardBig?.p50Ms))),
        DASH,
        "",
      ],
      [
        `setUpCommune in the province of ${communesText} (${fmt.count(num(setUp.runs))} runs)`,
        num(setUp.maxMs) === undefined
          ? (str(setUp.error) ?? NOT_MEASURED)
          : `median ${fmt.ms(num(setUp.medianMs))} ms, max ${fmt.ms(num(setUp.maxMs))} ms, first ${fmt.ms(num(setUp.firstMs))} ms`,
        num(setUpOne.medianMs) === undefined
          ? DASH
          : `one-commune install: median ${fmt.ms(num(setUpOne.medianMs))} ms, max ${fmt.ms(num(setUpOne.maxMs))} ms`,
        fmt.ratio(div(num(setUp.medianMs), num(setUpOne.medianMs))),
        setupGoal,
        verdict(setupMet),
      ],
      [
        "`npx tsx scripts/setup.ts` end to end, once",
        str(cli.skipped)
          ? `skipped: ${str(cli.skipped)}`
          : `${fmt.seconds(num(cli.wallMs))} s${num(cli.exit) !== undefined && cli.exit !== 0 ? ` (exit ${String(cli.exit)})` : ""}`,
        num(cli.reportedMs) !== undefined
          ? `setUpCommune inside it, as the CLI reports: ${fmt.count(num(cli.reportedMs))} ms`
          : DASH,
        DASH,
        "— (tsx start-up included)",
        "",
      ],
    ],
  );

  // Where the summary's time goes: the functions behind the pages, in-process, and each statement.
  const prof = obj(data.profile);
  const calls = obj(prof?.calls) ?? {};
  const call = (k: string) => fmt.ms(num(obj(calls[k])?.medianMs));
  const queries = rows(prof?.summaryQueries);
  const profileText = prof
    ? [
        `In-process, no HTTP (median of ${fmt.count(num(obj(calls.provinceSummary)?.runs))} calls): getProvinceSummary ${call("provinceSummary")} ms for ${communesText} communes (${call("provinceSummaryOneCommune")} ms for one); getDashboard ${call("dashboardOneCommune")} ms in the one-commune install, ${call("dashboard")} ms for a commune of the province.`,
        queries.length
          ? table(
              [
                "Statement of one province summary (Prisma's SQL)",
                "In the call ms",
                "Alone ms",
                "EXPLAIN ANALYZE ms",
                "Plan (top node)",
              ],
              queries.map((q) => [
                statementText(str(q.sql)),
                fmt.ms(num(q.prismaMs)),
                fineMs(num(q.sqlMs)),
                fineMs(num(q.executionMs)),
                planTop(str(q.plan)),
              ]),
            )
          : undefined,
        queries.length
          ? "In the call: as Prisma timed it inside getProvinceSummary (two of the statements run side by side). Alone: the same SQL and parameters sent again, median of 5. EXPLAIN ANALYZE times every row, which inflates its own figure."
          : undefined,
        unfoldedText(obj(prof.unfoldedTurnouts)),
      ]
        .filter(Boolean)
        .join("\n\n")
    : undefined;

  const counts = obj(big.counts) ?? {};
  const seedMs = obj(big.seedMs) ?? {};
  const smallSeed = obj(small.seedMs) ?? {};
  const closed = num(counts["status CLOSED"]);
  const run = [
    communes !== undefined && perCommune !== undefined
      ? `${communesText} communes × ${fmt.count(perCommune)} households (${fmt.count(num(counts.households) ?? communes * perCommune)})`
      : undefined,
    num(big.neighbourhoodsPerCommune) !== undefined
      ? `${fmt.count(num(big.neighbourhoodsPerCommune))} thôn each`
      : undefined,
    num(big.openPerCommune) !== undefined
      ? `${fmt.count(num(big.openPerCommune))} open consultations per commune`
      : undefined,
    closed !== undefined ? `${fmt.count(closed)} closed with results unpublished` : undefined,
    num(counts.rollEntries) !== undefined ? `${fmt.count(num(counts.rollEntries))} roll entries` : undefined,
    num(counts.responses) !== undefined ? `${fmt.count(num(counts.responses))} responses` : undefined,
    num(seedMs.total) !== undefined
      ? `seeded in ${fmt.seconds(num(seedMs.total))} s (one commune: ${fmt.seconds(num(smallSeed.total))} s)`
      : undefined,
  ].filter(Boolean);
  const load = [
    loadText(data.loadAverageAtStart) &&
      `load average ${loadText(data.loadAverageAtStart)} at start, ${loadText(data.loadAverageAtEnd) ?? DASH} at end`,
  ];
  const busy = Array.isArray(data.loadAverageAtStart) && (num(data.loadAverageAtStart[0]) ?? 0) > 0.5;
  const measuring = [
    concurrency !== undefined
      ? `${concurrency} readers, each sending its next GET when the last one is answered`
      : undefined,
    num(data.requestsPerReader) !== undefined
      ? `${fmt.count(num(data.requestsPerReader))} requests each`
      : num(data.seconds) !== undefined
        ? `${num(data.seconds)} s per page after a ${num(data.warmupSeconds) ?? "?"} s warm-up`
        : undefined,
    num(data.warmupStaggerMs) !== undefined
      ? `each page on fresh connections, its readers joining ${num(data.warmupStaggerMs)} ms apart during the warm-up`
      : undefined,
    "then one reader alone for the service time without a queue",
    num(data.workers) !== undefined
      ? `the server as \`npm start\` runs it with ${fmt.count(num(data.workers))} worker process${num(data.workers) === 1 ? "" : "es"} (WEB_CONCURRENCY=${num(data.workers)}), Prisma pool ${num(data.prismaPool) ?? "?"} each`
      : undefined,
    str(data.buildId) ? `build ${str(data.buildId)}` : undefined,
  ].filter(Boolean);
  const notes = [
    judged.some((p) => side(p, "oneCommune")?.redirect === true)
      ? "In the one-commune install `/` redirects to the commune's page: it is measured as that redirect (not followed), beside the list of the province install; the commune's own page is the next row."
      : undefined,
    "Beside each page: the same page of an install holding one commune of the same size and shape, measured in the same run (one server at a time). CPU per request: the app server's process tree and every PostgreSQL process on the machine, over the run.",
    num(data.publicCacheMs) !== undefined
      ? `The public pages (the list, a commune's home) are served as \`npm start\` serves them, through its micro-cache (PUBLIC_CACHE_MS=${fmt.count(num(data.publicCacheMs))}: rendered at most once a ${num(data.publicCacheMs) === 1000 ? "second" : `${fmt.count(num(data.publicCacheMs))} ms`} for visitors without a session; "From the cache" counts the answers it gave). The rows "public cache off" measure the same pages on a server with PUBLIC_CACHE_MS=0, every request rendered: what a search with a new query or a signed-in visitor costs. The console pages are never cached.`
      : undefined,
    str(data.staleBuild)
      ? `Note: ${str(data.staleBuild)} had changed since the build; the pages measured are the build's.`
      : undefined,
    str(obj(data.embedded)?.skipped)
      ? `Embedded database: not measured — ${str(obj(data.embedded)?.skipped)}.`
      : undefined,
  ].filter((s): s is string => Boolean(s));

  return {
    summary,
    body: [
      heading,
      measuredLine(data, load),
      run.length ? `Install: ${run.join(", ")}.` : undefined,
      measuring.length ? `Run: ${measuring.join(", ")}.` : undefined,
      busy
        ? "Note: other work was running when this run started (load average above 0.5): the figures are lower than an idle machine would give."
        : undefined,
      pageTable,
      goalTable,
      notes.map((n) => `- ${n}`).join("\n"),
      profileText,
    ]
      .filter(Boolean)
      .join("\n\n"),
  };
}

/** One level of nesting becomes "outer.inner" columns; deeper values are shown as JSON. */
function flatten(o: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (isObj(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = v2;
    else out[k] = v;
  }
  return out;
}

function genericCell(key: string, v: unknown): string {
  if (v === null || v === undefined) return DASH;
  if (typeof v === "boolean") return v ? "yes" : "no";
  // Sub-millisecond figures (per-call costs) would all read 0.1 at one decimal.
  if (typeof v === "number") return Number.isInteger(v) ? fmt.count(v) : fixed(v, Math.abs(v) < 10 ? 3 : 1);
  if (typeof v === "string") return /date|At$/.test(key) && !Number.isNaN(Date.parse(v)) ? fmt.date(v) : v;
  const json = JSON.stringify(v);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function layersSection(data: Obj | undefined): Section | undefined {
  if (!data) return undefined;
  const heading = "## Layers (`npm run bench:layers`)";
  const results = rows(data.results).map(flatten);
  const columns = [...new Set(results.flatMap((r) => Object.keys(r)))];
  return {
    summary: [],
    body: [
      heading,
      measuredLine(data),
      ...(str(data.note) ? [`Note: ${str(data.note)}.`] : []),
      results.length
        ? table(
            columns,
            results.map((r) => columns.map((c) => genericCell(c, r[c]))),
          )
        : "No results array in bench/results/layers.json.",
    ].join("\n\n"),
  };
}

// ---------------------------------------------------------------------------------------------
// The document

function sections(results: BenchResults): Section[] {
  return [
    intakeSection(obj(results.intake)),
    residentSection(obj(results.intake)),
    tallySection(obj(results.tally)),
    importSection(obj(results.import)),
    pageWeightSection(obj(results.pageWeight)),
    provinceSection(obj(results.province)),
    layersSection(obj(results.layers)),
  ].filter((s): s is Section => s !== undefined);
}

/** One line per speed goal: what, the figure, what it is measured beside, the goal, met or not. */
export function renderSummary(results: BenchResults): string {
  const all = sections(results).flatMap((s) => s.summary);
  return table(
    ["What (PostgreSQL)", "Measured", "Beside it", "Goal", "Met", "Measured on"],
    all.map((r) => [r.what, r.measured, r.beside, r.goal, verdict(r.met), r.date]),
  );
}

function generated(results: BenchResults): string {
  const parts = sections(results);
  return [
    BEGIN,
    "<!-- Generated by scripts/bench-report.ts from bench/results/*.json: edits between these markers are overwritten. -->",
    "## Summary",
    "Speed goals on 2 cores against a PostgreSQL server; each benchmark's section below gives every figure with the figure it is compared with. A goal not met is reported, not hidden.",
    renderSummary(results),
    ...parts.map((s) => s.body),
    END,
  ].join("\n\n");
}

const NEW_DOC_HEAD = `# Performance

Run \`npm run bench\` to build the app if the sources changed, run every benchmark against that production build on PostgreSQL and on the embedded database, and regenerate the figures between the markers below (\`npx tsx scripts/bench-report.ts\` regenerates them from bench/results/*.json alone).
`;

const count = (s: string, sub: string) => s.split(sub).length - 1;

/**
 * The document with its generated part replaced by the current figures; every character outside
 * the markers is kept. Markers that are not one begin followed by one end are refused: guessing
 * which text is generated could delete the hand-written analysis.
 */
export function renderPerformance(results: BenchResults, existingDoc: string | null): string {
  const block = generated(results);
  if (existingDoc === null) return `${NEW_DOC_HEAD}\n${block}\n\n## Where the time goes\n`;
  const begins = count(existingDoc, BEGIN);
  const ends = count(existingDoc, END);
  if (begins === 0 && ends === 0) return `${existingDoc}${existingDoc.endsWith("\n") ? "" : "\n"}\n${block}\n`;
  const b = existingDoc.indexOf(BEGIN);
  const e = existingDoc.indexOf(END);
  if (begins !== 1 || ends !== 1 || e < b) {
    throw new Error(
      `the document must hold exactly one ${BEGIN} followed by one ${END} (found ${begins} and ${ends}); fix the markers by hand`,
    );
  }
  return existingDoc.slice(0, b) + block + existingDoc.slice(e + END.length);
}

// ---------------------------------------------------------------------------------------------
// Files

/** The result files that exist; one that cannot be parsed is reported and treated as not measured. */
export function readResults(dir = "bench/results"): BenchResults {
  const out: BenchResults = {};
  for (const [key, file] of Object.entries(RESULT_FILES) as [keyof BenchResults, string][]) {
    const p = path.join(dir, file);
    if (!existsSync(p)) continue;
    try {
      out[key] = JSON.parse(readFileSync(p, "utf8"));
    } catch (e) {
      console.warn(`bench-report: ${p} is not valid JSON (${(e as Error).message}); shown as not measured`);
    }
  }
  return out;
}

/** Reads the results, rewrites the document and returns the summary table (for the console). */
export function writeReport(opts: { resultsDir?: string; docPath?: string } = {}): {
  docPath: string;
  summary: string;
} {
  const docPath = opts.docPath ?? "docs/PERFORMANCE.md";
  const results = readResults(opts.resultsDir);
  const existing = existsSync(docPath) ? readFileSync(docPath, "utf8") : null;
  const doc = renderPerformance(results, existing);
  mkdirSync(path.dirname(docPath), { recursive: true });
  writeFileSync(docPath, doc);
  return { docPath, summary: renderSummary(results) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { docPath, summary } = writeReport();
    console.log(`${summary}\n\nwrote ${docPath}`);
  } catch (e) {
    console.error(`bench-report: ${(e as Error).message}`);
    process.exit(1);
  }
}
