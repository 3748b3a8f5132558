// Audit events are hash-chained per commune: each event's hash covers the previous hash and the
// event's canonical JSON (RFC 8785), so any edit, insertion or deletion breaks every later link.
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedEvent = {
  communeId: string;
  seq: number;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
  createdAt: Date;
};

export function computeAuditHash(prevHash: string, e: ChainedEvent): string {
  // Exactly these fields: a stored row carries more (id), which must not change the hash.
  const body = canonicalize({
    communeId: e.communeId,
    seq: e.seq,
    actorType: e.actorType,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
    prevHash,
  });
  return createHash("sha256").update(body ?? "").digest("hex");
}

/** Index of the first event whose link or hash is wrong, or null when the chain holds. */
export function findBrokenLink(events: readonly (ChainedEvent & { prevHash: string; hash: string })[]): number | null {
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.seq !== i + 1 || e.prevHash !== prev) return i;
    if (computeAuditHash(e.prevHash, e) !== e.hash) return i;
    prev = e.hash;
  }
  return null;
}
