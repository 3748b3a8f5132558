// Failed sign-ins are limited per account and per client address, counted over a sliding window.
// The counts come from the database (LoginAttempt), so the limit holds across restarts and instances.

export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
} as const;

export type ThrottleInput = {
  /** Failures for this account inside the window, after its last success. */
  accountFailures: readonly Date[];
  /** Failures from this client address inside the window, any account. */
  addressFailures: readonly Date[];
  now: Date;
};

export type ThrottleVerdict =
  | { allowed: true; remainingAttempts: number }
  | { allowed: false; retryAfterMinutes: number; scope: "account" | "address" };

function lockedUntil(failures: readonly Date[], max: number, windowMs: number): number | null {
  if (failures.length < max) return null;
  // The lock lifts when the oldest of the last `max` failures leaves the window.
  const sorted = [...failures].map((d) => d.getTime()).sort((a, b) => b - a);
  return sorted[max - 1] + windowMs;
}

export function evaluateThrottle(input: ThrottleInput, rules = LOGIN_THROTTLE): ThrottleVerdict {
  const now = input.now.getTime();
  const inWindow = (d: Date) => now - d.getTime() < rules.windowMs;
  const account = input.accountFailures.filter(inWindow);
  const address = input.addressFailures.filter(inWindow);
  const checks = [
    { scope: "account" as const, until: lockedUntil(account, rules.maxFailuresPerAccount, rules.windowMs) },
    { scope: "address" as const, until: lockedUntil(address, rules.maxFailuresPerAddress, rules.windowMs) },
  ];
  for (const { scope, until } of checks) {
    if (until !== null && until > now) {
      return { allowed: false, scope, retryAfterMinutes: Math.max(1, Math.ceil((until - now) / 60_000)) };
    }
  }
  return {
    allowed: true,
    remainingAttempts: Math.min(
      rules.maxFailuresPerAccount - account.length,
      rules.maxFailuresPerAddress - address.length,
    ),
  };
}
