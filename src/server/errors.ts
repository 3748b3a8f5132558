// Domain-level errors, thrown below the transport and mapped once to tRPC codes (api/trpc.ts).
// `key` names a message under errors.* in src/i18n/messages; `issues` name fields and their own
// messages (a key under the given namespace), so forms can show each next to its field.

export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE"
  | "PRECONDITION_FAILED";

/** A string value starting with "@" is itself a message key (e.g. "@matter.FUND_MANAGEMENT"). */
export type AppErrorParams = Record<string, string | number>;
export type FieldIssue = { field: string; key: string; params?: AppErrorParams };

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly key: string,
    readonly params: AppErrorParams = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(`${code}: ${key}${issues.length ? ` (${issues.map((i) => `${i.field}: ${i.key}`).join("; ")})` : ""}`);
    this.name = "AppError";
  }

  static notFound(entity = "record") {
    return new AppError("NOT_FOUND", "notFound", { entity });
  }

  /** Bad input: every issue names its field; the message is the first issue's. */
  static invalid(issues: FieldIssue[]) {
    return new AppError("BAD_REQUEST", "invalidInput", {}, issues);
  }
}

/** Prisma's unique-violation code; meta differs between adapters, so never branch on it. */
/** The PostgreSQL error code (SQLSTATE) of a failed raw query, e.g. "23505", or null. */
export function rawSqlState(e: unknown): string | null {
  if (typeof e !== "object" || e === null || (e as { code?: unknown }).code !== "P2010") return null;
  // Prisma 7 with a driver adapter: meta.driverAdapterError.cause.originalCode.
  const meta = (e as { meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  const code = meta?.driverAdapterError?.cause?.originalCode ?? meta?.code;
  return typeof code === "string" ? code : null;
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

/**
 * Runs a write that a unique index guards (a username, a code): a writer that lost the race to
 * another gets the same field error the checks before the write give, never a server error.
 */
export async function refuseTaken<T>(
  write: () => Promise<T>,
  issues: () => FieldIssue[] | Promise<FieldIssue[]>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw AppError.invalid(await issues());
    throw e;
  }
}
