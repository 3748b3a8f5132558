import { afterEach, describe, expect, test } from "vitest";
import { getDatabase } from "@/server/db";

describe("the database is never opened during `next build`", () => {
  const phase = process.env.NEXT_PHASE;
  afterEach(() => {
    process.env.NEXT_PHASE = phase;
  });

  test("opening it in the build phase fails loudly, naming the fix", () => {
    process.env.NEXT_PHASE = "phase-production-build";
    expect(() => getDatabase()).toThrow(/during `next build`.*force-dynamic/s);
  });
});
