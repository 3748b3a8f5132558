// The first-run page's use case: while the install has no commune, whoever holds the one-time token
// (src/server/setup/token.ts) sets up the first commune. Wrong tokens count as failed sign-ins
// (LoginAttempt, kind SETUP) and are limited per client address by the sign-in rule, so the token
// cannot be guessed; once a commune exists the page does not exist (not found).
import type { PrismaClient } from "@/generated/prisma/client";
import { evaluateThrottle, LOGIN_THROTTLE } from "@/domain/login-throttle";
import { AppError } from "../errors";
import { doesAnyCommuneExist, setUpCommune, type TSetUpCommuneInput, type TSetUpCommuneResult } from "./create-commune";
import { isSetupToken, readSetupToken, removeSetupToken, type DataDirEnv } from "./token";

export type TSetupPageInput = TSetUpCommuneInput & { token: string };
export type SetupPageContext = { clientAddress: string; now: Date; env?: DataDirEnv };

const lockedFor = (minutes: number) => new AppError("TOO_MANY_REQUESTS", "tooManyRequests", { minutes });

/** Checks the token under the address's limit, recording a wrong one; throws when refused. */
async function checkSetupToken(
  db: PrismaClient,
  given: string,
  expected: string,
  { clientAddress, now }: SetupPageContext,
) {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const verdict = await db.$transaction(async (tx) => {
    // One check-and-record at a time per address, so parallel guesses cannot overrun the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:SETUP:${clientAddress}`}))`;
    const [setupFailures, addressFailures] = await Promise.all([
      tx.loginAttempt.findMany({
        where: { kind: "SETUP", clientAddress, succeeded: false, createdAt: { gt: since } },
        select: { createdAt: true },
      }),
      tx.loginAttempt.findMany({
        where: { clientAddress, succeeded: false, createdAt: { gt: since } },
        select: { createdAt: true },
      }),
    ]);
    const throttle = evaluateThrottle({
      accountFailures: setupFailures.map((a) => a.createdAt),
      addressFailures: addressFailures.map((a) => a.createdAt),
      now,
    });
    // While locked the token is not even compared: guessing on learns nothing.
    if (!throttle.allowed) return { outcome: "locked", minutes: throttle.retryAfterMinutes } as const;
    if (isSetupToken(given, expected)) return { outcome: "right" } as const;
    await tx.loginAttempt.create({
      data: { kind: "SETUP", accountKey: "setup", clientAddress, succeeded: false, createdAt: now },
    });
    return { outcome: "wrong", remaining: throttle.remainingAttempts - 1 } as const;
  });
  if (verdict.outcome === "right") return;
  if (verdict.outcome === "locked") throw lockedFor(verdict.minutes);
  if (verdict.remaining <= 0) throw lockedFor(Math.ceil(LOGIN_THROTTLE.windowMs / 60_000));
  throw AppError.invalid([
    { field: "token", key: "setup.errors.wrongToken", params: { remaining: verdict.remaining } },
  ]);
}

export async function setUpFromSetupPage(
  db: PrismaClient,
  input: TSetupPageInput,
  context: SetupPageContext,
): Promise<TSetUpCommuneResult> {
  if (await doesAnyCommuneExist(db)) throw AppError.notFound("setup");
  const expected = readSetupToken(context.env);
  if (!expected) throw AppError.invalid([{ field: "token", key: "setup.errors.noToken" }]);
  if (!input.token.trim()) throw AppError.invalid([{ field: "token", key: "setup.errors.tokenRequired" }]);
  await checkSetupToken(db, input.token, expected, context);
  const result = await setUpCommune(db, input, context.now, { firstCommuneOnly: true, via: "web" });
  removeSetupToken(context.env);
  return result;
}
