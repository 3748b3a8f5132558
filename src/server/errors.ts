// Domain-level errors, thrown below the transport and mapped once to tRPC codes (api/trpc.ts).
// `key` names a message in src/i18n/messages (errors.*); `params` fill it.

export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED";

export type AppErrorParams = Record<string, string | number>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly key: string,
    readonly params: AppErrorParams = {},
  ) {
    super(`${code}: ${key}`);
    this.name = "AppError";
  }

  static notFound(entity = "record") {
    return new AppError("NOT_FOUND", "notFound", { entity });
  }
}

/** Prisma's unique-violation code; meta differs between adapters, so never branch on it. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
