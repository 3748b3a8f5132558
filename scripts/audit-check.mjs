// CI's supply-chain check: `npm audit --omit=dev` over what the app ships, failing on a high or
// critical advisory unless README's "Accepted audit exceptions" lists it (in .ci/audit-exceptions.json,
// each with its reason). If the registry's audit service does not answer, it says so and CI goes on:
// an outage must not block a release, and must not pass for a clean report either.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SEVERE = new Set(["high", "critical"]);

/**
 * What CI does with one `npm audit --json` run: "pass", "fail" (with the advisories to fix) or
 * "unavailable" (the service gave no report). Exceptions are advisory URLs or GHSA ids.
 */
export function auditVerdict(stdout, exceptions = []) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { verdict: "unavailable", reason: "npm audit printed no report" };
  }
  if (!report || typeof report !== "object" || !report.vulnerabilities || !report.metadata) {
    return {
      verdict: "unavailable",
      reason: report?.message || report?.error?.summary || "the audit service returned an error",
    };
  }
  const accepted = new Set(exceptions.map((e) => e.id));
  const findings = [];
  for (const v of Object.values(report.vulnerabilities)) {
    for (const via of v.via ?? []) {
      if (typeof via !== "object" || !SEVERE.has(via.severity)) continue;
      const id = String(via.url ?? via.source).replace(/^https:\/\/github\.com\/advisories\//, "");
      if (accepted.has(id)) continue;
      findings.push({ id, package: via.name ?? v.name, severity: via.severity, title: via.title ?? "" });
    }
  }
  const unique = [...new Map(findings.map((f) => [`${f.id} ${f.package}`, f])).values()];
  return unique.length ? { verdict: "fail", findings: unique } : { verdict: "pass" };
}

function main() {
  const exceptions = JSON.parse(readFileSync(new URL("../.ci/audit-exceptions.json", import.meta.url), "utf8"));
  const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], {
    encoding: "utf8",
    timeout: 120_000,
  });
  const result = run.error
    ? { verdict: "unavailable", reason: run.error.message }
    : auditVerdict(run.stdout, exceptions);
  if (result.verdict === "unavailable") {
    console.log(`npm audit: the registry's audit service did not answer (${result.reason}); no report, going on.`);
    return 0;
  }
  if (result.verdict === "fail") {
    console.error(
      "npm audit: high or critical advisories in production dependencies (fix, or accept in .ci/audit-exceptions.json and README with a reason):",
    );
    for (const f of result.findings) console.error(`  ${f.severity} ${f.package}: ${f.title} (${f.id})`);
    return 1;
  }
  console.log(
    `npm audit: no high or critical advisories in production dependencies (${exceptions.length} accepted exception(s)).`,
  );
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
