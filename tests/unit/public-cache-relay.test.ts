// With several `npm start` workers, one worker's invalidation of the public pages' cache reaches the
// others before its answer is sent (scripts/serve.mjs and scripts/serve-worker.mjs
// relayPublicInvalidations): the primary and two workers, wired in memory as the cluster wires them.
import { EventEmitter } from "node:events";
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { relayPublicInvalidations as primarySide } from "../../scripts/serve.mjs";
import { relayPublicInvalidations as workerSide } from "../../scripts/serve-worker.mjs";

const { tagsManifest } = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/tags-manifest.external.js",
) as { tagsManifest: Map<string, { stale?: number; expired?: number }> };

type Relay = (phase: "start" | "end", tags: string[]) => Promise<void>;
const RELAY = Symbol.for("ydan.publicRelay");
const FRESHNESS = Symbol.for("ydan.publicFreshness");
const g = globalThis as Record<symbol, unknown>;

/** A worker process: messages it sends reach the primary as (worker, msg); the primary's reach it. */
function workerPair(primary: EventEmitter) {
  const proc = new EventEmitter() as EventEmitter & { send(msg: unknown): void };
  const worker = {
    connected: true,
    isConnected: () => true,
    send: (msg: unknown) => setImmediate(() => proc.emit("message", msg)),
  };
  proc.send = (msg) => setImmediate(() => primary.emit("message", worker, msg));
  // Each worker publishes its relay on its own globalThis; here they take turns on the one.
  workerSide(proc);
  const relay = g[RELAY] as Relay;
  return { worker, relay };
}

afterEach(() => {
  delete g[RELAY];
  delete g[FRESHNESS];
  tagsManifest.clear();
});

describe("relaying public cache invalidations between workers", () => {
  it("the sender hears back only once the other worker has expired the tags and counted the invalidation open", async () => {
    const primary = new EventEmitter() as EventEmitter & { workers: Record<string, unknown> };
    const events: string[] = [];
    let releaseRead!: () => void;
    const read = new Promise<void>((r) => (releaseRead = r));
    const freshness = {
      generation: 0,
      open: 0,
      async received() {
        events.push("received");
        await read;
        freshness.open++;
      },
      answered() {
        freshness.open--;
        events.push("answered");
      },
    };
    const a = workerPair(primary);
    const b = workerPair(primary);
    primary.workers = { 1: a.worker, 2: b.worker };
    primarySide(primary);
    g[FRESHNESS] = freshness;

    const sent = a.relay("start", ["public:c:A"]).then(() => events.push("sender answered"));
    await new Promise((r) => setTimeout(r, 20));
    // The other worker waits for its read in flight: the sender waits with it.
    expect(events).toEqual(["received"]);
    expect(tagsManifest.get("public:c:A")).toBeUndefined();
    releaseRead();
    await sent;
    expect(events).toEqual(["received", "sender answered"]);
    expect(tagsManifest.get("public:c:A")?.expired).toBeGreaterThan(0);
    expect(freshness.open).toBe(1);

    await a.relay("end", ["public:c:A"]);
    expect(freshness.open).toBe(0);
    expect(events.at(-1)).toBe("answered");
  });

  it("alone, the sender is answered at once", async () => {
    const primary = new EventEmitter() as EventEmitter & { workers: Record<string, unknown> };
    const a = workerPair(primary);
    primary.workers = { 1: a.worker };
    primarySide(primary);
    await expect(a.relay("start", ["public"])).resolves.toBeUndefined();
  });
});
