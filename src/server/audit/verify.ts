// Integrity checks behind `npm run audit:verify`: each commune's audit chain is walked link by
// link (in batches, so a chain of millions stays in flat memory), and every finalised record is
// checked against its own digests and against the digests its finalisation wrote into the chain.
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { computeAuditHash, GENESIS_HASH } from "@/domain/audit-chain";
import type { AuditData } from "./actions";

const BATCH = 5_000;
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

export type ChainReport = {
  communeId: string;
  events: number;
  broken: null | {
    seq: number;
    id: string;
    action: string;
    entityType: string;
    entityId: string;
    problem: "sequence" | "link" | "hash";
  };
};

export async function verifyAuditChain(db: PrismaClient, communeId: string): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let expected = 1;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { communeId, seq: { gte: expected } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const e of batch) {
      const at = { seq: e.seq, id: e.id, action: e.action, entityType: e.entityType, entityId: e.entityId };
      if (e.seq !== expected) return { communeId, events: expected - 1, broken: { ...at, problem: "sequence" } };
      if (e.prevHash !== prev) return { communeId, events: expected - 1, broken: { ...at, problem: "link" } };
      if (computeAuditHash(e.prevHash, e) !== e.hash)
        return { communeId, events: expected - 1, broken: { ...at, problem: "hash" } };
      prev = e.hash;
      expected++;
    }
    if (batch.length < BATCH) break;
  }
  // The head must point at the last event: a deleted tail shows here.
  const head = await db.auditHead.findUnique({ where: { communeId } });
  if (head && (head.seq !== expected - 1 || head.hash !== prev)) {
    return {
      communeId,
      events: expected - 1,
      broken: {
        seq: head.seq,
        id: "",
        action: "(head)",
        entityType: "AuditHead",
        entityId: communeId,
        problem: "sequence",
      },
    };
  }
  return { communeId, events: expected - 1, broken: null };
}

export type RecordProblem = {
  recordId: string;
  title: string;
  number: number | null;
  year: number | null;
  docType: string;
  problem: "pdfDigest" | "contentDigest" | "notInChain" | "chainDigest";
};

/** Every finalised record: its PDF and content still hash to what was frozen, and the chain agrees. */
export async function verifyRecords(
  db: PrismaClient,
  communeId: string,
): Promise<{ records: number; problems: RecordProblem[] }> {
  const problems: RecordProblem[] = [];
  let records = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.decisionRecord.findMany({
      where: { communeId, finalisedAt: { not: null } },
      orderBy: { id: "asc" },
      take: 200,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true,
        title: true,
        number: true,
        year: true,
        docType: true,
        pdf: true,
        sha256: true,
        content: true,
        contentSha256: true,
      },
    });
    if (!batch.length) break;
    const events = await db.auditEvent.findMany({
      where: {
        communeId,
        action: "record.finalised",
        entityType: "DecisionRecord",
        entityId: { in: batch.map((r) => r.id) },
      },
      select: { entityId: true, data: true },
    });
    const frozen = new Map(events.map((e) => [e.entityId, e.data as Partial<AuditData["record.finalised"]>]));
    for (const r of batch) {
      records++;
      const at = { recordId: r.id, title: r.title, number: r.number, year: r.year, docType: r.docType };
      const chain = frozen.get(r.id);
      if (!r.pdf || sha256(r.pdf) !== r.sha256) problems.push({ ...at, problem: "pdfDigest" });
      else if (sha256(canonicalize(r.content) ?? "") !== r.contentSha256)
        problems.push({ ...at, problem: "contentDigest" });
      else if (!chain) problems.push({ ...at, problem: "notInChain" });
      else if (chain.sha256 !== r.sha256 || chain.contentSha256 !== r.contentSha256)
        problems.push({ ...at, problem: "chainDigest" });
    }
    cursor = batch[batch.length - 1].id;
  }
  return { records, problems };
}

export type FinalisationEntry = { sha256: unknown; contentSha256: unknown; intact: boolean };

/**
 * A record's "record.finalised" entry and whether it is still the one that was written: its own
 * hash recomputes from its content and its place (an edit in place), the event before it ends where
 * it begins and the one after it (or the commune's head, when it is the last) begins where it ends
 * (an edit that rewrote its hash too). A handful of rows, so the public verification page can ask;
 * the whole chain is walked by verifyAuditChain (npm run audit:verify). Null when there is none.
 */
export async function finalisationEntry(
  db: PrismaClient,
  communeId: string,
  recordId: string,
): Promise<FinalisationEntry | null> {
  const e = await db.auditEvent.findFirst({
    where: { communeId, action: "record.finalised", entityType: "DecisionRecord", entityId: recordId },
    orderBy: { seq: "asc" },
  });
  if (!e) return null;
  const data = (e.data ?? {}) as { sha256?: unknown; contentSha256?: unknown };
  const [before, after, head] = await Promise.all([
    e.seq > 1
      ? db.auditEvent.findUnique({ where: { communeId_seq: { communeId, seq: e.seq - 1 } }, select: { hash: true } })
      : null,
    db.auditEvent.findUnique({ where: { communeId_seq: { communeId, seq: e.seq + 1 } }, select: { prevHash: true } }),
    db.auditHead.findUnique({ where: { communeId }, select: { seq: true, hash: true } }),
  ]);
  const linkedBefore = e.seq === 1 ? e.prevHash === GENESIS_HASH : before?.hash === e.prevHash;
  const linkedAfter = after ? after.prevHash === e.hash : head?.seq === e.seq && head.hash === e.hash;
  const intact = computeAuditHash(e.prevHash, e) === e.hash && linkedBefore && linkedAfter;
  return { sha256: data.sha256, contentSha256: data.contentSha256, intact };
}
