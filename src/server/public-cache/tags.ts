// The public pages' data, kept in Next.js's own data cache (unstable_cache, cache tags) and dropped
// by revalidateTag in the request that changes it.
//
// Never stale, by construction:
// - a write: every staff mutation invalidates its commune's tags before its response is sent (the
//   tRPC middleware in src/server/api/trpc.ts, through the context's `invalidatePublic`); a reader
//   that read the database before the write and stores its entry after it would otherwise keep the
//   old data under a fresh date, so the invalidation first waits for the reads of those tags in flight.
// - the clock: a consultation opens, closes or is published at a scheduled moment with no write. Each
//   key carries the latest such moment at or before now (clockEpoch), read from a cached list of the
//   moments, so the key itself changes at the moment.
// - processes: Next.js keeps the tags it has invalidated in the memory of the process that did it. With
//   several `npm start` workers (WEB_CONCURRENCY > 1) each invalidation is handed to every other
//   worker through the primary, and the answer waits until each has applied it (Relay below); any
//   other way of running several processes has the cache off, as PUBLIC_DATA_CACHE=0 does.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { after } from "next/server";
import superjson, { type SuperJSONResult } from "superjson";
import { PUBLIC_ALL, clockEpoch, tagsToInvalidate } from "@/domain/public-cache";

export { PUBLIC_ALL, PUBLIC_LIST, communeTag, consultationTag, homeTag, tagsToInvalidate } from "@/domain/public-cache";

/** What the tRPC context carries (src/server/api/context.ts); tests' contexts carry none and read directly. */
export type PublicCache = {
  read: typeof cachedPublicRead;
  moments: typeof cachedMoments;
  invalidate: typeof invalidatePublic;
  /** Whether reads are kept (publicCacheEnabled); taken as on when absent. */
  enabled?: () => boolean;
};

/**
 * How `npm start` with several workers (scripts/serve-worker.mjs) hands an invalidation to the other
 * workers through its primary: resolved once each has applied it ("start": its reads of the tags in
 * flight done, the tags expired in its Next.js; "end": the invalidating request has answered).
 */
type Relay = (phase: "start" | "end", tags: string[]) => Promise<void>;
const relay = () => (globalThis as Record<symbol, unknown>)[Symbol.for("ydan.publicRelay")] as Relay | undefined;

/** Whether this process may cache: one server process, or several that relay their invalidations; not turned off. */
export function publicCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PUBLIC_DATA_CACHE?.trim() === "0") return false;
  // Set by scripts/serve.mjs for its workers.
  return Number(env.YDAN_WORKERS ?? "1") <= 1 || relay() !== undefined;
}

/**
 * What `npm start`'s page cache in front of the app (scripts/public-cache.mjs, same process) asks
 * before it keeps or serves a rendered page: `generation` moves at every invalidation, `open` counts
 * invalidations whose request has not finished (its tags are dropped as its answer is sent), and
 * `nextChange` is the first scheduled moment after `t` of any list of moments read here. A page
 * rendered while none was open and the generation stood, served before that moment, shows what the
 * database says. `received` and `answered` apply another worker's invalidation here (its two phases).
 */
export type PublicFreshness = {
  generation: number;
  open: number;
  nextChange(t: number): number;
  received(tags: string[]): Promise<void>;
  answered(): void;
};
/**
 * This process's state, on globalThis: Next.js bundles this module into each route's chunk (a page's,
 * the tRPC handler's), and an invalidation in one must see the reads in flight and the moments of
 * another, and the page cache must find one freshness.
 */
type State = {
  moments: Map<string, readonly number[]>;
  inFlight: Map<string, Set<Promise<unknown>>>;
  freshness: PublicFreshness;
};
const STATE = Symbol.for("ydan.publicCacheState");
const g = globalThis as Record<symbol, unknown>;
const state = (g[STATE] ??= newState()) as State;
const { moments, inFlight, freshness } = state;

function newState(): State {
  const moments = new Map<string, readonly number[]>();
  /** Reads of each tag now computing: an invalidation waits for them (see the head of this file). */
  const inFlight = new Map<string, Set<Promise<unknown>>>();
  const freshness: PublicFreshness = {
    generation: 0,
    open: 0,
    nextChange(t) {
      let next = Number.POSITIVE_INFINITY;
      for (const list of moments.values()) {
        const after = list.find((m) => m > t);
        if (after !== undefined && after < next) next = after;
      }
      return next;
    },
    async received(tags) {
      freshness.generation++;
      freshness.open++;
      await settleReads(tags);
    },
    answered() {
      freshness.open = Math.max(0, freshness.open - 1);
      freshness.generation++;
    },
  };
  return { moments, inFlight, freshness };
}
if (publicCacheEnabled()) g[Symbol.for("ydan.publicFreshness")] = freshness;

function track<T>(tags: readonly string[], p: Promise<T>): Promise<T> {
  for (const tag of tags) {
    let set = inFlight.get(tag);
    if (!set) inFlight.set(tag, (set = new Set()));
    set.add(p);
  }
  const done = () => {
    for (const tag of tags) {
      const set = inFlight.get(tag);
      set?.delete(p);
      if (set && !set.size) inFlight.delete(tag);
    }
  };
  p.then(done, done);
  return p;
}

export type PublicRead<T> = {
  /** What the entry is (a page's data and its arguments). */
  key: readonly string[];
  /** Its tags, PUBLIC_ALL added. */
  tags: readonly string[];
  /** The scheduled moments that change what it shows (ascending ms), itself a cached read. */
  moments: () => Promise<readonly number[]>;
  /** Reads the data as of `now`. */
  read: (now: Date) => Promise<T>;
};

/**
 * The data of a public page, from the cache when an entry of the current clock epoch is kept. The
 * value goes through superjson: Next.js stores JSON, and the pages read dates as Dates.
 */
export async function cachedPublicRead<T>(spec: PublicRead<T>, now: Date): Promise<T> {
  if (!publicCacheEnabled()) return spec.read(now);
  const tags = [PUBLIC_ALL, ...spec.tags];
  const epoch = clockEpoch(await spec.moments(), now.getTime());
  // A wrapper per call, so the read uses this request's `now`; the key does not depend on it.
  const stored = await unstable_cache(
    () =>
      track(
        tags,
        spec.read(now).then((v) => superjson.serialize(v)),
      ),
    ["public", ...spec.key, `at:${epoch}`],
    { tags },
  )();
  return superjson.deserialize<T>(stored as SuperJSONResult);
}

/** The moments of a list, cached under `tags`: they change only by a write, which drops them. */
export function cachedMoments(key: readonly string[], tags: readonly string[], read: () => Promise<number[]>) {
  const all = [PUBLIC_ALL, ...tags];
  const id = key.join("\n");
  return unstable_cache(() => track(all, read()), ["public-moments", ...key], { tags: all })().then((list) => {
    moments.set(id, list);
    return list;
  });
}

/**
 * Drops what a change made stale: a commune's public pages and the communes list, one consultation's
 * (with its commune's home and the list) when named, or everything when no commune is (a
 * province-level change). Call it from a route handler or a server action, after the write committed.
 */
export async function invalidatePublic(communeId: string | null, consultationId?: string): Promise<void> {
  if (!publicCacheEnabled()) return;
  const tags = tagsToInvalidate(communeId, consultationId);
  // Pages rendering now are not kept by the page cache, nor any until this request has answered.
  freshness.generation++;
  freshness.open++;
  const others = relay();
  after(() => {
    freshness.answered();
    void others?.("end", tags);
  });
  // The other workers drop the tags before this answer is sent, as this one does.
  await Promise.all([settleReads(tags), others?.("start", tags)]);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * Waits for this process's reads of the tags in flight, then lets them store their entries
 * (unstable_cache stores after the read resolves) and the clock move past them: an entry stored at
 * the same millisecond as the invalidation survives it.
 */
async function settleReads(tags: readonly string[]) {
  const reading = [...new Set(tags.flatMap((t) => [...(inFlight.get(t) ?? [])]))];
  await Promise.allSettled(reading);
  await new Promise((r) => setTimeout(r, 2));
}
