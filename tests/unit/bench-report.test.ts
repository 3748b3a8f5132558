import { describe, expect, test } from "vitest";
import { BEGIN, END, renderPerformance, type BenchResults } from "../../scripts/bench-report.ts";

const intakeRun = (http: Record<string, unknown>, raw: Record<string, unknown>, consistent = true) => ({
  date: "2026-11-26T03:50:30.080Z",
  machine: "2 cores",
  node: "v20.20.2",
  concurrency: 64,
  results: [
    {
      target: "PostgreSQL server",
      http: {
        requests: 100,
        ok: 100,
        errors: 0,
        seconds: 15,
        perSecond: 1_200,
        p50Ms: 40,
        p99Ms: 120,
        maxMs: 130,
        ...http,
      },
      database: { effective: 100, answers: 100, expected: 100, consistent },
      raw: {
        ok: 200,
        errors: 0,
        seconds: 15,
        perSecond: 2_400,
        p50Ms: 20,
        p99Ms: 60,
        maxMs: 70,
        mode: "64 connections",
        stored: 200,
        ...raw,
      },
    },
  ],
});

const tallyRun = (tallyMs: number, bareGroupByMs: number) => ({
  date: "2026-11-26T02:40:25.918Z",
  machine: "2 cores",
  runs: 7,
  results: [{ database: "PostgreSQL server", households: 1_000_000, seedMs: 1, tallyMs, bareGroupByMs, ratio: 0 }],
});

const importRun = (totalMs: number, households = 100_000) => ({
  date: "2026-11-26T02:43:22.228Z",
  results: [
    {
      database: "PostgreSQL server",
      format: "csv",
      households,
      previewMs: 1_000,
      applyMs: totalMs - 1_000,
      totalMs,
      goalMs: 30_000,
    },
  ],
});

const pageRun = (residentBytes: number, totalBytes = residentBytes + 12 * 1024) => ({
  measuredAt: "2026-11-25T22:59:59.331Z",
  blank: { scripts: 8, jsGzipBytes: 100 * 1024, inlineGzipBytes: 1_000, html: 5_000 },
  residentConsultation: {
    scripts: 9,
    jsGzipBytes: residentBytes,
    inlineGzipBytes: 2_000,
    html: 9_000,
    totalBytes,
    withoutJsBytes: totalBytes - residentBytes,
  },
  goalBytes: 20 * 1024,
  totalGoalBytes: 60 * 1024,
});

/** The cells of the summary row whose first cell starts with `what`. */
function summaryRow(doc: string, what: string): string[] {
  const line = doc.split("\n").find((l) => l.startsWith(`| ${what}`));
  if (!line) throw new Error(`no summary row "${what}" in:\n${doc}`);
  return line.slice(2, -2).split(" | ");
}
const met = (doc: string, what: string) => summaryRow(doc, what)[4];

describe("renderPerformance: the document around the generated part", () => {
  test("a new document has a header, the markers, and an empty analysis section after them", () => {
    const doc = renderPerformance({}, null);
    expect(doc.startsWith("# Performance\n")).toBe(true);
    expect(doc).toContain("npm run bench");
    const b = doc.indexOf(BEGIN);
    const e = doc.indexOf(END);
    expect(b).toBeGreaterThan(0);
    expect(e).toBeGreaterThan(b);
    expect(doc.indexOf("## Where the time goes")).toBeGreaterThan(e);
  });

  test("text outside the markers is kept verbatim and the old figures are replaced", () => {
    const before = "# Performance\n\nIntro *by hand*.\n\n";
    const after = "\n\n## Where the time goes\n\nThe audit chain lock | 40 % of the time.\n";
    const existing = `${before}${BEGIN}\nold figures 12345\n${END}${after}`;
    const doc = renderPerformance({ tally: tallyRun(400, 300) }, existing);
    expect(doc.startsWith(before + BEGIN)).toBe(true);
    expect(doc.endsWith(END + after)).toBe(true);
    expect(doc).not.toContain("old figures 12345");
    expect(doc).toContain("| Tally of 1M households | 400.0 ms |");
  });

  test("rendering twice gives the same document", () => {
    const results: BenchResults = { intake: intakeRun({}, {}), tally: tallyRun(400, 300) };
    const once = renderPerformance(results, null);
    expect(renderPerformance(results, once)).toBe(once);
  });

  test("a document without markers keeps its text and gets the generated part appended", () => {
    const existing = "# Performance\n\nNotes by hand.";
    const doc = renderPerformance({}, existing);
    expect(doc.startsWith(`${existing}\n\n${BEGIN}`)).toBe(true);
    expect(doc.trimEnd().endsWith(END)).toBe(true);
  });

  test.each([
    ["a begin without an end", `${BEGIN}\nx`],
    ["an end before the begin", `${END}\n${BEGIN}`],
    ["two generated parts", `${BEGIN}${END}\n${BEGIN}${END}`],
  ])("%s is refused rather than guessed", (_label, existing) => {
    expect(() => renderPerformance({}, existing)).toThrow(/markers/);
  });
});

describe("renderPerformance: goals met and not met", () => {
  test.each([
    { what: "Intake rate", results: { intake: intakeRun({ perSecond: 1_000 }, {}) }, expected: "met" },
    { what: "Intake rate", results: { intake: intakeRun({ perSecond: 999 }, {}) }, expected: "not met" },
    { what: "Intake p99 latency", results: { intake: intakeRun({ p99Ms: 150 }, {}) }, expected: "met" },
    { what: "Intake p99 latency", results: { intake: intakeRun({ p99Ms: 150.1 }, {}) }, expected: "not met" },
    { what: "Intake errors", results: { intake: intakeRun({ errors: 1 }, {}) }, expected: "not met" },
    { what: "Intake errors", results: { intake: intakeRun({}, {}, false) }, expected: "not met" },
    { what: "Intake errors", results: { intake: intakeRun({}, {}) }, expected: "met" },
    { what: "Tally of 1M households", results: { tally: tallyRun(500, 400) }, expected: "met" },
    { what: "Tally of 1M households", results: { tally: tallyRun(3_003.8, 1_193.3) }, expected: "not met" },
    { what: "Tally / bare GROUP BY", results: { tally: tallyRun(450, 300) }, expected: "met" },
    { what: "Tally / bare GROUP BY", results: { tally: tallyRun(451, 300) }, expected: "not met" },
    { what: "Import of 100,000", results: { import: importRun(30_000) }, expected: "met" },
    { what: "Import of 100,000", results: { import: importRun(30_001) }, expected: "not met" },
    { what: "Resident page JS", results: { pageWeight: pageRun(120 * 1024) }, expected: "met" },
    { what: "Resident page JS", results: { pageWeight: pageRun(120 * 1024 + 1) }, expected: "not met" },
    { what: "Resident page whole transfer", results: { pageWeight: pageRun(40 * 1024, 60 * 1024) }, expected: "met" },
    {
      what: "Resident page whole transfer",
      results: { pageWeight: pageRun(40 * 1024, 60 * 1024 + 1) },
      expected: "not met",
    },
  ] satisfies { what: string; results: BenchResults; expected: string }[])(
    "$what → $expected",
    ({ what, results, expected }) => {
      expect(met(renderPerformance(results, null), what)).toBe(expected);
    },
  );

  test("an import at another size than the goal's does not answer the goal", () => {
    expect(met(renderPerformance({ import: importRun(5_000, 10_000) }, null), "Import of 100,000")).toBe(
      "not measured",
    );
  });
});

describe("renderPerformance: missing or odd result files", () => {
  test("no result files: every goal is 'not measured' and every section says so", () => {
    const doc = renderPerformance({}, null);
    for (const what of [
      "Intake rate",
      "Intake p99 latency",
      "Intake errors",
      "Tally of 1M households",
      "Tally / bare GROUP BY",
      "Import of 100,000",
      "Resident page JS",
    ]) {
      expect(summaryRow(doc, what)[1]).toBe("not measured");
      expect(met(doc, what)).toBe("not measured");
    }
    expect(doc).toContain("not measured (no bench/results/intake.json)");
    expect(doc).toContain("not measured (no bench/results/page-weight.json)");
    expect(doc).not.toContain("## Layers");
  });

  test.each([
    ["a string", "oops"],
    ["results that are not an array", { date: "2026-11-26T00:00:00Z", results: 7 }],
    ["rows with nothing in them", { results: [{}, null, 3] }],
  ])("%s renders without throwing", (_label, junk) => {
    const doc = renderPerformance({ intake: junk, tally: junk, import: junk, pageWeight: junk, layers: junk }, null);
    expect(met(doc, "Tally of 1M households")).toBe("not measured");
    expect(met(doc, "Intake rate")).toBe("not measured");
  });

  test("a skipped intake target shows why", () => {
    const doc = renderPerformance(
      {
        intake: {
          date: "2026-11-26T00:00:00Z",
          results: [{ target: "PostgreSQL server", skipped: "connect ECONNREFUSED" }],
        },
      },
      null,
    );
    expect(doc).toContain("Skipped: connect ECONNREFUSED");
    expect(met(doc, "Intake rate")).toBe("not measured");
  });
});

describe("renderPerformance: figures, ratios and dates", () => {
  test("intake: HTTP beside raw with the ratio, in the summary and the target's table", () => {
    const doc = renderPerformance({ intake: intakeRun({ perSecond: 125 }, { perSecond: 1_062 }) }, null);
    expect(summaryRow(doc, "Intake rate")).toEqual([
      "Intake rate, concurrency 64",
      "125 responses/s",
      "raw 1,062/s, HTTP / raw 0.118×",
      "≥ 1,000 responses/s",
      "not met",
      "2026-11-26 03:50 UTC",
    ]);
    expect(doc).toContain("| Responses/s | 125 | 1,062 | 0.118× | ≥ 1,000 | not met |");
    expect(doc).toContain("| p99 ms | 120.0 | 60.0 | 2.00× | ≤ 150 | met |");
  });

  test("intake: CPU per response is shown when present, with a total, and skipped when absent", () => {
    const cpu = { cpuPerResponseMs: { server: 10, database: 3, loadGenerator: 1 } };
    const doc = renderPerformance(
      { intake: intakeRun(cpu, { cpuPerResponseMs: { server: null, database: 1, loadGenerator: 0.5 } }) },
      null,
    );
    expect(doc).toContain("| CPU ms per response: app server | 10.0 | — | — | — |  |");
    expect(doc).toContain("| CPU ms per response: database | 3.0 | 1.0 | 3.00× | — |  |");
    expect(doc).toContain("| CPU ms per response: total | 14.0 | 1.5 | 9.33× | — |  |");
    expect(renderPerformance({ intake: intakeRun({}, {}) }, null)).not.toContain("CPU ms per response");
  });

  test("tally: the ratio is computed from the two timings", () => {
    const doc = renderPerformance({ tally: tallyRun(3_003.8, 1_193.3) }, null);
    expect(doc).toContain(
      "| PostgreSQL server | 1,000,000 | 3,003.8 | 1,193.3 | 2.52× | ≤ 500 ms and ≤ 1.5× | not met | 0.0 |",
    );
    expect(summaryRow(doc, "Tally / bare GROUP BY")[1]).toBe("2.52×");
  });

  test("import and page weight: seconds, kilobytes, difference and ratio", () => {
    const doc = renderPerformance({ import: importRun(10_281), pageWeight: pageRun(110 * 1024) }, null);
    expect(doc).toContain("| PostgreSQL server | csv | 100,000 | 1.0 | 9.3 | 10.3 | ≤ 30 | 0.343× | met |");
    expect(summaryRow(doc, "Resident page JS").slice(1, 5)).toEqual([
      "10.0 KB",
      "empty page 100.0 KB, resident 110.0 KB",
      "≤ 20 KB",
      "met",
    ]);
    expect(doc).toContain("Measured 2026-11-25 22:59 UTC");
  });

  test("layers: any results array becomes a table", () => {
    const doc = renderPerformance(
      {
        layers: {
          date: "2026-11-26T04:00:00Z",
          results: [{ layer: "pg", wallMsPerCall: 0.25, calls: 300, nested: { a: 1 } }],
        },
      },
      null,
    );
    expect(doc).toContain("## Layers");
    expect(doc).toContain("| layer | wallMsPerCall | calls | nested.a |");
    expect(doc).toContain("| pg | 0.250 | 300 | 1 |");
  });
});

const httpPage = (p99Ms: number, p50Ms = p99Ms / 2, extra: Record<string, unknown> = {}) => ({
  path: "/",
  ok: 100,
  errors: 0,
  perSecond: 50,
  p50Ms,
  p95Ms: p99Ms,
  p99Ms,
  htmlBytes: 10_240,
  cpuPerRequestMs: { server: 20, database: 2 },
  ...extra,
});
const provinceRun = (
  o: { summary?: [number, number]; dashboard?: [number, number]; setupMaxMs?: number; pageP99?: number } = {},
) => {
  const [sp50, sp99] = o.summary ?? [100, 200];
  const [dp50, dp99] = o.dashboard ?? [60, 120];
  const page = (key: string, province: Record<string, unknown>, oneCommune: Record<string, unknown>) => ({
    key,
    province,
    oneCommune,
  });
  return {
    date: "2026-12-01T22:00:00.000Z",
    machine: "2 cores",
    concurrency: 16,
    install: {
      province: { communes: 100, householdsPerCommune: 8_000, counts: { households: 800_000 } },
      oneCommune: { communes: 1, householdsPerCommune: 8_000 },
    },
    pages: [
      page("list", httpPage(o.pageP99 ?? 150), httpPage(50, 25, { status: 307, redirect: true })),
      page("home", httpPage(o.pageP99 ?? 150), httpPage(140)),
      page("province", httpPage(sp99, sp50), httpPage(100)),
      page("dashboard", httpPage(130, 65), httpPage(dp99, dp50)),
      page("blank", httpPage(900), httpPage(900)),
    ],
    setup: {
      province: { runs: 7, medianMs: 120, maxMs: o.setupMaxMs ?? 400, firstMs: 400 },
      oneCommune: { runs: 7, medianMs: 100, maxMs: 300 },
      cli: { wallMs: 4_800, exit: 0, reportedMs: 700 },
    },
  };
};

describe("renderPerformance: the province benchmark", () => {
  test.each([
    { what: "Province of 100: communes list p99", run: provinceRun({ pageP99: 300 }), expected: "met" },
    { what: "Province of 100: communes list p99", run: provinceRun({ pageP99: 300.1 }), expected: "not met" },
    {
      what: "Province summary / one commune's dashboard",
      run: provinceRun({ summary: [120, 240], dashboard: [60, 120] }),
      expected: "met",
    },
    {
      what: "Province summary / one commune's dashboard",
      run: provinceRun({ summary: [121, 200], dashboard: [60, 120] }),
      expected: "not met",
    },
    {
      what: "Province summary / one commune's dashboard",
      run: provinceRun({ summary: [100, 241], dashboard: [60, 120] }),
      expected: "not met",
    },
    { what: "Creating a commune", run: provinceRun({ setupMaxMs: 1_000 }), expected: "met" },
    { what: "Creating a commune", run: provinceRun({ setupMaxMs: 1_000.1 }), expected: "not met" },
  ])("$what → $expected", ({ what, run, expected }) => {
    expect(met(renderPerformance({ province: run }, null), what)).toBe(expected);
  });

  test("each page beside the same page of one commune, the ratios of the summary to the dashboard, and setup", () => {
    const doc = renderPerformance({ province: provinceRun({ summary: [150, 300], dashboard: [60, 120] }) }, null);
    expect(summaryRow(doc, "Province of 100: province summary p99")).toEqual([
      "Province of 100: province summary p99, 16 readers",
      "300.0 ms",
      "one commune 100.0 ms, 3.00×",
      "≤ 300 ms",
      "met",
      "2026-12-01 22:00 UTC",
    ]);
    expect(summaryRow(doc, "Province of 100: communes list p99")[2]).toBe("one commune (its redirect) 50.0 ms, 3.00×");
    expect(summaryRow(doc, "Province summary / one commune's dashboard")[1]).toBe("p50 2.50×, p99 2.50×");
    expect(summaryRow(doc, "Creating a commune")[1]).toBe("median 120.0 ms, max 400.0 ms");
    expect(doc).toContain("## A province of communes (`npm run bench:province`)");
    expect(doc).toContain(
      "| Province summary | 100 communes | `/` | 100 | 50.0 | 150.0 | 300.0 | 300.0 | — | 10.0 | — | 20.0 / 2.0 | 3.00× |",
    );
    expect(doc).toContain("| Communes list | one commune | `/` (307, not followed) |");
    expect(doc).toContain(
      "| Province summary ≤ 2× one commune's dashboard (p99) | 300.0 ms | 120.0 ms (dashboard, one-commune install) | 2.50× | ≤ 2× | not met |",
    );
    // The floors are shown and judged by nothing: the empty page's 900 ms does not fail the p99 goal.
    expect(doc).toContain("| Each page p99 (8 measured) | slowest 300.0 ms (`/`) |");
    expect(doc).toMatch(/\| Empty page \(floor\) \| 100 communes \|.*\| — \|  \|$/m);
    expect(doc).toContain("setUpCommune inside it, as the CLI reports: 700 ms");
  });

  test("where the summary's time goes: each statement in the call and alone, and the running sums unfolded", () => {
    const profile = {
      calls: {
        provinceSummary: { medianMs: 90, runs: 9 },
        provinceSummaryOneCommune: { medianMs: 15 },
        dashboard: { medianMs: 12 },
        dashboardOneCommune: { medianMs: 10 },
      },
      summaryQueries: [
        {
          sql: 'SELECT "consultationId" AS c, coalesce(sum(delta) FILTER (WHERE key = \'roll\'), 0)::int AS roll FROM "public"."TallyDelta" WHERE x GROUP BY 1',
          prismaMs: 45.8,
          sqlMs: 21.4,
          executionMs: 49.76,
          plan: "HashAggregate  (cost=1.00..2.00 rows=320 width=13) (actual time=49.5..49.6 rows=300 loops=1)\n  ->  Seq Scan",
        },
      ],
      unfoldedTurnouts: {
        rowsBefore: 42_240,
        rowsAfter: 1_557_600,
        compactMs: 21,
        unfoldedMs: 420,
        plan: 'Finalize GroupAggregate\n  ->  Parallel Seq Scan on "TallyDelta"  (cost=0.75..22741.75 rows=609760 width=18) (actual rows=488480 loops=3)',
      },
    };
    const doc = renderPerformance({ province: { ...provinceRun(), profile } }, null);
    expect(doc).toContain("getProvinceSummary 90.0 ms for 100 communes (15.0 ms for one)");
    expect(doc).toContain(
      '| SELECT … FROM "TallyDelta" WHERE x GROUP BY 1 | 45.8 | 21.4 | 49.8 | HashAggregate (actual time=49.5..49.6 rows=300 loops=1) |',
    );
    expect(doc).toContain(
      'TallyDelta 42,240 → 1,557,600 rows, the turnout statement 21.0 → 420.0 ms (20.00×), by Parallel Seq Scan on "TallyDelta" (actual rows=488480 loops=3)',
    );
  });

  test("no province.json: its goals are 'not measured'; odd content renders without throwing", () => {
    const doc = renderPerformance({}, null);
    for (const what of [
      "Province of 100: province summary p99",
      "Province summary / one commune's dashboard",
      "Creating a commune",
    ])
      expect(met(doc, what)).toBe("not measured");
    expect(doc).toContain("not measured (no bench/results/province.json)");
    const junk = renderPerformance(
      { province: { pages: [{ key: "province" }, null, 3], setup: 7, profile: { summaryQueries: [{}] } } },
      null,
    );
    expect(met(junk, "Province summary / one commune's dashboard")).toBe("not measured");
    expect(met(junk, "Creating a commune")).toBe("not measured");
  });
});

describe("renderPerformance: the resident's real path", () => {
  const path = (over: Record<string, unknown> = {}, http: Record<string, unknown> = {}) => ({
    label: "resident pages",
    http: {
      ok: 300,
      errors: 0,
      seconds: 15,
      perSecond: 700,
      p50Ms: 400,
      p99Ms: 900,
      cpuPerResponseMs: { server: 20, database: 3, loadGenerator: 2 },
      ...http,
    },
    warmup: { ok: 50, errors: 0 },
    steps: { "GET form": { count: 300, p50Ms: 100, p99Ms: 300, maxMs: 320 } },
    stored: { acknowledged: 350, lost: 0, doubled: 0, wrongReceipt: 0, storedUnacknowledged: 0, exactlyOnce: true },
    ...over,
  });
  const run = (resident: Record<string, unknown>) => {
    const r = intakeRun({ cpuPerResponseMs: { server: 6, database: 1.5, loadGenerator: 0.5 } }, {});
    Object.assign(r.results[0], {
      frameworkFloor: { ok: 9000, errors: 0, seconds: 10, perSecond: 900, p50Ms: 60, p99Ms: 150 },
      resident,
    });
    return { intake: r } as BenchResults;
  };

  test("no resident figures in intake.json: no section, no summary rows", () => {
    const doc = renderPerformance({ intake: intakeRun({}, {}) }, null);
    expect(doc).not.toContain("The resident's real path");
    expect(doc).not.toContain("| Resident path");
  });

  test("every goal met: rate against tRPC, CPU, p99, stored exactly once", () => {
    const doc = renderPerformance(run({ nojs: path(), js: path() }), null);
    expect(met(doc, "Resident path, JavaScript off: complete responses/s")).toBe("met");
    expect(summaryRow(doc, "Resident path, JavaScript off: complete responses/s")[2]).toBe(
      "tRPC 1,200/s (0.583×), floor 900/s",
    );
    expect(met(doc, "Resident path, JavaScript on: app CPU per complete response")).toBe("met");
    expect(met(doc, "Resident path, JavaScript on: p99 of the whole sequence")).toBe("met");
    expect(met(doc, "Resident path, JavaScript on: errors, each acknowledged response stored once")).toBe("met");
    expect(doc).toContain("JavaScript off: **met**, JavaScript on: **met**");
    expect(doc).toContain("| GET form | 100.0 | 300.0 | 100.0 | 300.0 |");
  });

  test.each([
    ["below half the tRPC rate", {}, { perSecond: 120 }, "complete responses/s"],
    [
      "too much app CPU",
      {},
      { cpuPerResponseMs: { server: 60, database: 9, loadGenerator: 4 } },
      "app CPU per complete response",
    ],
    ["p99 over 1.5 s", {}, { p99Ms: 4_000 }, "p99 of the whole sequence"],
    ["an error", {}, { errors: 1 }, "errors, each acknowledged response stored once"],
    [
      "a doubled response",
      { stored: { acknowledged: 350, lost: 0, doubled: 1, wrongReceipt: 0, exactlyOnce: false } },
      {},
      "errors, each acknowledged response stored once",
    ],
  ])("%s is not met", (_label, over, http, what) => {
    const doc = renderPerformance(run({ nojs: path(over, http) }), null);
    expect(met(doc, `Resident path, JavaScript off: ${what}`)).toBe("not met");
    expect(doc).toContain("JavaScript off: **not met**");
  });

  test("steps in the order a resident goes through them, a missing one as a dash", () => {
    const st = { count: 1, p50Ms: 1, p99Ms: 2, maxMs: 2 };
    const doc = renderPerformance(
      run({
        nojs: path({ steps: { "GET receipt": st, "GET form": st, "GET review": st } }),
        js: path({ steps: { "POST submit": st, "POST answers": st, "GET form": st } }),
      }),
      null,
    );
    const steps = doc
      .split("\n")
      .filter((l) => /^\| (GET|POST)/.test(l))
      .map((l) => l.split(" | ")[0].slice(2));
    expect(steps).toEqual(["GET form", "POST answers", "GET review", "POST submit", "GET receipt"]);
    expect(doc).toContain("| POST answers | — | — | 1.0 | 2.0 |");
  });

  test("the capture's check against Chromium is shown, a mismatch as NO", () => {
    const results = run({ nojs: path() });
    Object.assign((results.intake as { results: Record<string, unknown>[] }).results[0], {
      browserCapture: {
        documentHeaders: {},
        requests: [{ method: "GET" }, { method: "POST" }, { method: "GET" }, { method: "POST" }, { method: "GET" }],
        sameAsBrowser: { noJsAnswers: true, jsAnswers: false },
      },
    });
    const doc = renderPerformance(results, null);
    expect(doc).toContain("5 requests (GET, POST, GET, POST, GET), the same as with JavaScript off, no script.");
    expect(doc).toContain("answers with JavaScript off yes, answers with JavaScript on NO.");
  });

  test("the intake section says tRPC is not the resident's path", () => {
    expect(renderPerformance({ intake: intakeRun({}, {}) }, null)).toContain("No resident page loads a tRPC client");
  });

  test("a skipped path is said so, the other still reported", () => {
    const doc = renderPerformance(
      run({ nojs: path(), js: { label: "js", skipped: "browser capture failed: no chromium" } }),
      null,
    );
    expect(doc).toContain("JavaScript on: skipped (browser capture failed: no chromium).");
    expect(met(doc, "Resident path, JavaScript off: complete responses/s")).toBe("met");
    expect(() => summaryRow(doc, "Resident path, JavaScript on")).toThrow();
  });
});
