// CI's supply-chain step (scripts/audit-check.mjs): a high or critical advisory in what the app
// ships fails the build unless accepted with a reason; an audit service that gives no report is
// said so and does not fail the build, nor pass for a clean report.
import { describe, expect, test } from "vitest";
import { auditVerdict } from "../../scripts/audit-check.mjs";

const advisory = (severity: string, id = "GHSA-aaaa-bbbb-cccc") => ({
  source: 1,
  name: "some-lib",
  dependency: "some-lib",
  title: "Prototype pollution",
  url: `https://github.com/advisories/${id}`,
  severity,
  range: "<1.2.3",
});
const report = (...via: object[]) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: via.length
      ? {
          "some-lib": {
            name: "some-lib",
            severity: "high",
            via,
            effects: [],
            range: "<1.2.3",
            nodes: [],
            fixAvailable: true,
          },
        }
      : {},
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: via.length, critical: 0, total: via.length },
      dependencies: {},
    },
  });
// What npm 10 prints with --json when the registry refuses the bulk endpoint (seen on this network).
const refused = JSON.stringify({
  message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  statusCode: 405,
  body: "",
  error: { summary: "", detail: "" },
});

describe("auditVerdict", () => {
  test.each([
    ["a clean report passes", report(), [], "pass"],
    ["a high advisory fails", report(advisory("high")), [], "fail"],
    ["a critical advisory fails", report(advisory("critical")), [], "fail"],
    ["a moderate advisory passes (the bar is high)", report(advisory("moderate")), [], "pass"],
    [
      "an accepted high advisory passes",
      report(advisory("high")),
      [{ id: "GHSA-aaaa-bbbb-cccc", reason: "not reachable from the app" }],
      "pass",
    ],
    [
      "an exception for another advisory does not hide this one",
      report(advisory("high")),
      [{ id: "GHSA-zzzz-zzzz-zzzz", reason: "other" }],
      "fail",
    ],
    ["a refused audit endpoint is unavailable, not a pass", refused, [], "unavailable"],
    ["no output at all is unavailable", "", [], "unavailable"],
  ])("%s", (_, stdout, exceptions, verdict) => {
    expect(auditVerdict(stdout, exceptions).verdict).toBe(verdict);
  });

  test("a failure names each advisory once, with its package and severity", () => {
    expect(auditVerdict(report(advisory("high"), advisory("high")))).toEqual({
      verdict: "fail",
      findings: [{ id: "GHSA-aaaa-bbbb-cccc", package: "some-lib", severity: "high", title: "Prototype pollution" }],
    });
  });
});
