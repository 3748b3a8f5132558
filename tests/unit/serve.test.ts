// npm start's worker count (scripts/serve.mjs): WEB_CONCURRENCY as an operator writes it.
import { describe, expect, it } from "vitest";
import { availableParallelism } from "node:os";
import { workersWanted } from "../../scripts/serve.mjs";
import { serveOptions } from "../../scripts/serve-worker.mjs";

describe("WEB_CONCURRENCY", () => {
  const cases: { label: string; value: string | undefined; workers: number }[] = [
    { label: "unset: one worker", value: undefined, workers: 1 },
    { label: "empty: one worker", value: "  ", workers: 1 },
    { label: "a whole number", value: "2", workers: 2 },
    { label: "auto: one per core", value: "auto", workers: availableParallelism() },
    { label: "AUTO in capitals", value: "AUTO", workers: availableParallelism() },
  ];
  it.each(cases)("$label", ({ value, workers }) => {
    expect(workersWanted({ WEB_CONCURRENCY: value })).toBe(workers);
  });

  it.each(["0", "-1", "1.5", "two"])("refuses %j with a message naming the variable", (value) => {
    expect(() => workersWanted({ WEB_CONCURRENCY: value })).toThrow(/WEB_CONCURRENCY.*whole number/);
  });
});

describe("npm start's arguments (scripts/serve-worker.mjs), as `next start` took them", () => {
  it.each([
    { label: "none: PORT, else 3000", argv: [], env: {}, port: 3000, hostname: undefined },
    { label: "PORT from the environment", argv: [], env: { PORT: "4000" }, port: 4000, hostname: undefined },
    { label: "-p wins over PORT", argv: ["-p", "3001"], env: { PORT: "4000" }, port: 3001, hostname: undefined },
    { label: "-p and -H", argv: ["-p", "3001", "-H", "127.0.0.1"], env: {}, port: 3001, hostname: "127.0.0.1" },
    { label: "long forms", argv: ["--port=3002", "--hostname", "0.0.0.0"], env: {}, port: 3002, hostname: "0.0.0.0" },
  ])("$label", ({ argv, env, port, hostname }) => {
    expect(serveOptions(argv, env)).toMatchObject({ port, hostname, trustedProxies: 0 });
  });

  it.each([
    ["an unknown option", ["--turbo"], {}, /invalid argument/],
    ["a port that is not a number", ["-p", "http"], {}, /port must be a whole number/],
    ["a TRUSTED_PROXIES that is not a whole number", [], { TRUSTED_PROXIES: "yes" }, /TRUSTED_PROXIES.*whole number/],
  ])("refuses %s, saying why", (_label, argv, env, message) => {
    expect(() => serveOptions(argv as string[], env as Record<string, string>)).toThrow(message);
  });
});
