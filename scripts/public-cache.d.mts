import type { IncomingMessage, ServerResponse } from "node:http";

/** First path segments the app itself uses; kept equal to RESERVED_SLUGS (plus Next.js's own). */
export const APP_SEGMENTS: Set<string>;
/** PUBLIC_CACHE_MS as a whole number of milliseconds 0–60000 (default 1,000). */
export function cacheMsFrom(env: Record<string, string | undefined>): number;
/** Whether an address's path is one of the public pages. */
export function isPublicPath(pathname: string): boolean;
/** The cache key of a request, or null when it must go to the app. */
export function cacheKeyOf(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null;
export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
/** The app's data cache freshness (src/server/public-cache/tags.ts PublicFreshness). */
export type Freshness = { generation: number; open: number; nextChange(t: number): number };
export function createPublicCache(options: {
  ttlMs: number;
  now?: () => number;
  /** Defaults to the app's, published on globalThis once its data cache has loaded. */
  freshness?: () => Freshness | undefined;
}): {
  readonly size: number;
  serve(req: IncomingMessage, res: ServerResponse, handle: Handler): Promise<unknown>;
};
