// Sign-in for staff (username + password) and households (household code + PIN), with failed
// attempts limited per account and per client address. Attempts are stored in the database, and
// each account's check-and-record runs under an advisory lock, so the limit holds across restarts,
// instances and concurrent guesses.
import type { PrismaClient } from "@/generated/prisma/client";
import type { LoginKind } from "@/generated/prisma/enums";
import { evaluateThrottle, LOGIN_THROTTLE } from "@/domain/login-throttle";
import { dummyHash, verifySecret } from "./secrets";
import type { SessionActor } from "./session-actor";

export type SignInResult =
  | { ok: true; actor: SessionActor }
  | { ok: false; reason: "INVALID"; remainingAttempts: number }
  | { ok: false; reason: "LOCKED"; retryAfterMinutes: number }
  | { ok: false; reason: "INACTIVE" };

type Attempt = { kind: LoginKind; accountKey: string; secret: string; clientAddress: string; now?: Date };

export function normaliseUsername(username: string): string {
  return username.normalize("NFC").trim().toLowerCase();
}

export function normaliseHouseholdCode(code: string): string {
  return code.normalize("NFC").trim().toUpperCase();
}

type Account = { hash: string; active: boolean; actor: SessionActor } | null;

async function attemptSignIn(
  db: PrismaClient,
  attempt: Attempt,
  findAccount: (tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0]) => Promise<Account>,
): Promise<SignInResult> {
  const now = attempt.now ?? new Date();
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const { kind, accountKey, clientAddress } = attempt;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:${kind}:${accountKey}`}))`;
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { kind, accountKey, succeeded: true, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const [accountFailures, addressFailures] = await Promise.all([
      tx.loginAttempt.findMany({
        where: { kind, accountKey, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
        select: { createdAt: true },
      }),
      tx.loginAttempt.findMany({
        where: { clientAddress, succeeded: false, createdAt: { gt: since } },
        select: { createdAt: true },
      }),
    ]);
    const verdict = evaluateThrottle({
      accountFailures: accountFailures.map((a) => a.createdAt),
      addressFailures: addressFailures.map((a) => a.createdAt),
      now,
    });
    // A locked account is not even checked: guessing on during the lock learns nothing.
    if (!verdict.allowed) return { ok: false, reason: "LOCKED", retryAfterMinutes: verdict.retryAfterMinutes };

    const account = await findAccount(tx);
    const valid = await verifySecret(account?.hash ?? (await dummyHash()), attempt.secret);
    const succeeded = valid && account !== null;
    await tx.loginAttempt.create({ data: { kind, accountKey, clientAddress, succeeded, createdAt: now } });
    if (succeeded && !account.active) return { ok: false, reason: "INACTIVE" };
    if (succeeded) return { ok: true, actor: account.actor };
    const remainingAttempts = verdict.remainingAttempts - 1;
    if (remainingAttempts <= 0) {
      return { ok: false, reason: "LOCKED", retryAfterMinutes: Math.ceil(LOGIN_THROTTLE.windowMs / 60_000) };
    }
    return { ok: false, reason: "INVALID", remainingAttempts };
  });
}

export function signInStaff(
  db: PrismaClient,
  input: { username: string; password: string; clientAddress: string; now?: Date },
): Promise<SignInResult> {
  const accountKey = normaliseUsername(input.username);
  return attemptSignIn(
    db,
    { kind: "STAFF", accountKey, secret: input.password, clientAddress: input.clientAddress, now: input.now },
    async (tx) => {
      const staff = await tx.staffUser.findUnique({ where: { username: accountKey } });
      if (!staff) return null;
      // Staff sign in once, with no commune to pick: a commune's staff land in their commune, a
      // province's in their province.
      // The session carries the account's version, so a later reset, role change or deactivation
      // ends it (session-actor.ts).
      const actor: SessionActor = staff.communeId
        ? { type: "staff", id: staff.id, communeId: staff.communeId, sessionVersion: staff.sessionVersion }
        : { type: "staff", id: staff.id, provinceId: staff.provinceId!, sessionVersion: staff.sessionVersion };
      return { hash: staff.passwordHash, active: staff.active, actor };
    },
  );
}

/** The household code is unique per commune, so the commune is part of the account. */
export function signInHousehold(
  db: PrismaClient,
  input: { communeId: string; code: string; pin: string; clientAddress: string; now?: Date },
): Promise<SignInResult> {
  const code = normaliseHouseholdCode(input.code);
  return attemptSignIn(
    db,
    {
      kind: "HOUSEHOLD",
      accountKey: `${input.communeId}:${code}`,
      secret: input.pin,
      clientAddress: input.clientAddress,
      now: input.now,
    },
    async (tx) => {
      const household = await tx.household.findUnique({
        where: { communeId_code: { communeId: input.communeId, code } },
        include: { credentials: { where: { revokedAt: null }, take: 1 } },
      });
      const credential = household?.credentials[0];
      if (!household || !credential) return null;
      return {
        hash: credential.pinHash,
        active: household.active,
        actor: {
          type: "household",
          id: household.id,
          communeId: household.communeId,
          sessionVersion: household.sessionVersion,
        },
      };
    },
  );
}
