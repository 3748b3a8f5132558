import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";

/** Server pages call procedures through the server caller; auth failures become navigation. */
export async function orNavigate<T>(load: () => Promise<T>): Promise<T | { forbidden: true }> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof TRPCError) {
      if (e.code === "UNAUTHORIZED") redirect("/sign-in");
      if (e.code === "NOT_FOUND") notFound();
      if (e.code === "FORBIDDEN") return { forbidden: true };
    }
    throw e;
  }
}

export function isForbidden(value: unknown): value is { forbidden: true } {
  return typeof value === "object" && value !== null && (value as { forbidden?: unknown }).forbidden === true;
}
