// Audit events are hash-chained per commune. Each link is
//   hash = SHA-256( prevHash "|" seq "|" SHA-256(canonical JSON of the event, RFC 8785) )
// so any edit, insertion or deletion breaks every later link. The event's own digest is computed by
// the writer before it takes its turn; the link is so simple that PostgreSQL computes it in the same
// statement that takes the turn (src/server/audit/append.ts), which keeps the per-commune lock for
// one statement and the commit, never for a round trip to the application.
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

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The event's content without its place in the chain (seq and prevHash are in the link). */
export function eventDigest(e: Omit<ChainedEvent, "seq">): string {
  // Exactly these fields: a stored row carries more (id), which must not change the hash.
  const body = canonicalize({
    communeId: e.communeId,
    actorType: e.actorType,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
  });
  return sha256(body ?? "");
}

/** One link; append.ts computes the same in SQL: sha256(convert_to(prev || '|' || seq || '|' || digest, 'UTF8')). */
export function linkHash(prevHash: string, seq: number, digest: string): string {
  return sha256(`${prevHash}|${seq}|${digest}`);
}

export function computeAuditHash(prevHash: string, e: ChainedEvent): string {
  return linkHash(prevHash, e.seq, eventDigest(e));
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
