import { describe, expect, test } from "vitest";
import { evaluateThrottle } from "@/domain/login-throttle";

const now = new Date("2026-11-25T09:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const times = (...m: number[]) => m.map(minutesAgo);

describe("sign-in limits (5 failures per account, 20 per address, in 15 minutes)", () => {
  test.each([
    ["no failures", times(), times(), { allowed: true, remainingAttempts: 5 }],
    ["two recent failures", times(1, 2), times(1, 2), { allowed: true, remainingAttempts: 3 }],
    ["four failures: one left", times(1, 2, 3, 4), times(1, 2, 3, 4), { allowed: true, remainingAttempts: 1 }],
    [
      "five failures, oldest 1 minute ago: locked 14 more minutes",
      times(0, 0, 0, 1, 1),
      times(),
      { allowed: false, scope: "account", retryAfterMinutes: 14 },
    ],
    [
      "five failures, oldest 14.5 minutes ago: rounds up to 1",
      times(1, 2, 3, 4, 14.5),
      times(),
      { allowed: false, scope: "account", retryAfterMinutes: 1 },
    ],
    [
      "five failures but the oldest left the window",
      times(1, 2, 3, 4, 15),
      times(),
      { allowed: true, remainingAttempts: 1 },
    ],
    ["old failures do not count", times(20, 30, 40, 50, 60), times(), { allowed: true, remainingAttempts: 5 }],
    [
      "address has 20 failures across accounts",
      times(),
      Array.from({ length: 20 }, (_, i) => minutesAgo(i / 2)),
      { allowed: false, scope: "address", retryAfterMinutes: 6 },
    ],
    [
      "address near its limit caps the remaining attempts",
      times(),
      Array.from({ length: 18 }, () => minutesAgo(1)),
      { allowed: true, remainingAttempts: 2 },
    ],
  ] as const)("%s", (_label, accountFailures, addressFailures, expected) => {
    expect(evaluateThrottle({ accountFailures, addressFailures, now })).toEqual(expected);
  });
});
