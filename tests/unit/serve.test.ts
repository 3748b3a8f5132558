// npm start's worker count (scripts/serve.mjs): WEB_CONCURRENCY as an operator writes it.
import { describe, expect, it } from "vitest";
import { availableParallelism } from "node:os";
import { workersWanted } from "../../scripts/serve.mjs";

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
