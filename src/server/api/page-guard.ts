import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";

/** Server pages call procedures through the server caller; auth failures become navigation. */
export async function orNavigate<T>(load: () => Promise<T>): Promise<T | { forbidden: true }> {
  try {
    return await load();
  } catch (e) {
    // Pages call procedures (TRPCError) and data functions directly (AppError, e.g. a resident's
    // consultation): both mean the same navigation. Bad input from the address is a 404 too, never
    // a 500 (an id that names nothing, of another commune, or malformed).
    const code = e instanceof TRPCError || e instanceof AppError ? e.code : null;
    if (code === "UNAUTHORIZED") redirect("/sign-in");
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    if (code === "FORBIDDEN") return { forbidden: true };
    throw e;
  }
}

export function isForbidden(value: unknown): value is { forbidden: true } {
  return typeof value === "object" && value !== null && (value as { forbidden?: unknown }).forbidden === true;
}
