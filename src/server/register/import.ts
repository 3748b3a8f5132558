// Import of the household register: preview (nothing written) and apply (all or nothing). Apply
// recomputes the plan and refuses when it differs from the one previewed (someone changed the
// register in between), so what the administrator approved is exactly what is written. Writes go
// in batches through unnest() so 100,000 households take seconds, in one transaction.
import { createHash, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import {
  checkRows,
  neighbourhoodKey,
  planCounts,
  planImport,
  type Change,
  type ImportPlan,
  type RowIssue,
} from "@/domain/register-import";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { readRegisterFile } from "./read-file";

type Db = PrismaClient | Prisma.TransactionClient;

const BATCH = 5_000;
const MAX_ISSUES_SHOWN = 500;
const SAMPLE = 50;

async function context(db: Db, communeId: string) {
  const [hoods, existing] = await Promise.all([
    db.neighbourhood.findMany({ where: { communeId, active: true }, select: { id: true, code: true, name: true } }),
    db.household.findMany({
      where: { communeId },
      select: {
        id: true,
        code: true,
        neighbourhoodId: true,
        headName: true,
        address: true,
        members: true,
        phone: true,
        email: true,
        contactConsent: true,
        active: true,
      },
    }),
  ]);
  const byKey = new Map<string, string>();
  for (const h of hoods) byKey.set(neighbourhoodKey(h.name), h.id);
  for (const h of hoods) byKey.set(neighbourhoodKey(h.code), h.id); // a code wins over a name that happens to equal it
  return { hoods, existing, byKey };
}

function fingerprint(plan: ImportPlan) {
  const h = createHash("sha256");
  for (const c of plan.changes)
    h.update(
      `${c.kind}|${c.row.code}|${c.neighbourhoodId ?? c.row.neighbourhoodKey}|${"fields" in c ? c.fields.join(",") : ""}\n`,
    );
  for (const m of plan.missing) h.update(`missing|${m.id}\n`);
  return h.digest("hex").slice(0, 32);
}

async function analyse(db: Db, actor: StaffActor, file: File | null, allowNewNeighbourhoods: boolean) {
  const read = await readRegisterFile(file);
  const ctx = await context(db, actor.communeId);
  const { rows, issues } = checkRows(read.rows, (k) => ctx.byKey.has(k), allowNewNeighbourhoods);
  const plan = planImport(rows, ctx.existing, (k) => ctx.byKey.get(k) ?? null);
  return { read, ctx, rows, issues, plan, fileSha256: read.digest };
}

const sample = (plan: ImportPlan, kind: Change["kind"], hoodName: (id: string | null, label: string) => string) =>
  plan.changes
    .filter((c) => c.kind === kind)
    .slice(0, SAMPLE)
    .map((c) => ({
      line: c.row.line,
      code: c.row.code,
      headName: c.row.headName,
      neighbourhood: hoodName(c.neighbourhoodId, c.row.neighbourhoodLabel),
      from: "existing" in c ? hoodName(c.existing.neighbourhoodId, "") : null,
      fields: "fields" in c ? c.fields : [],
    }));

export type ImportPreview = {
  fileSha256: string;
  rows: number;
  counts: ReturnType<typeof planCounts>;
  issues: RowIssue[];
  issueCount: number;
  samples: Record<"new" | "changed" | "moved" | "reactivated", ReturnType<typeof sample>>;
  missing: { code: string; headName: string; neighbourhood: string }[];
  newNeighbourhoods: string[];
  fingerprint: string;
};

export async function previewImport(
  db: PrismaClient,
  actor: StaffActor,
  input: { file: File | null; allowNewNeighbourhoods: boolean },
): Promise<ImportPreview> {
  const a = await analyse(db, actor, input.file, input.allowNewNeighbourhoods);
  const names = new Map(a.ctx.hoods.map((h) => [h.id, h.name]));
  const hoodName = (id: string | null, label: string) => (id ? (names.get(id) ?? label) : label);
  return {
    fileSha256: a.fileSha256,
    rows: a.read.rows.length,
    counts: planCounts(a.plan),
    issues: a.issues.slice(0, MAX_ISSUES_SHOWN),
    issueCount: a.issues.length,
    samples: {
      new: sample(a.plan, "new", hoodName),
      changed: sample(a.plan, "changed", hoodName),
      moved: sample(a.plan, "moved", hoodName),
      reactivated: sample(a.plan, "reactivated", hoodName),
    },
    missing: a.plan.missing
      .slice(0, SAMPLE)
      .map((m) => ({ code: m.code, headName: m.headName, neighbourhood: names.get(m.neighbourhoodId) ?? "" })),
    newNeighbourhoods: a.plan.newNeighbourhoods,
    fingerprint: fingerprint(a.plan),
  };
}

function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function applyImport(
  db: PrismaClient,
  actor: StaffActor,
  input: { file: File | null; allowNewNeighbourhoods: boolean; fingerprint: string },
  now: Date,
) {
  return db.$transaction(
    async (tx) => {
      // One import at a time per commune: the second waits and then sees the first one's result.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`register-import:${actor.communeId}`}))`;
      const a = await analyse(tx, actor, input.file, input.allowNewNeighbourhoods);
      if (a.issues.length) throw new AppError("BAD_REQUEST", "registerHasErrors", { count: a.issues.length });
      if (fingerprint(a.plan) !== input.fingerprint) throw new AppError("CONFLICT", "registerChanged");

      // New neighbourhoods first (only when allowed), so their households can point at them.
      const created = new Map<string, string>();
      for (const label of a.plan.newNeighbourhoods) {
        const code = `N${String((await tx.neighbourhood.count({ where: { communeId: actor.communeId } })) + 1).padStart(3, "0")}`;
        const n = await tx.neighbourhood.create({
          data: {
            communeId: actor.communeId,
            code,
            name: label,
            kind: "RESIDENTIAL_GROUP",
            validFrom: now,
            names: { create: { name: label, validFrom: now } },
          },
          select: { id: true },
        });
        created.set(neighbourhoodKey(label), n.id);
      }
      const hoodOf = (c: Change) => c.neighbourhoodId ?? created.get(c.row.neighbourhoodKey)!;

      const inserts = a.plan.changes.filter((c) => c.kind === "new");
      // A row without an e-mail or consent (no such column, a blank consent cell) keeps the
      // register's: null in these arrays means "keep" (or, for a new household, none / not asked).
      const emailOf = (c: Change) => (c.row.email === undefined ? null : c.row.email);
      const keepEmail = (c: Change) => c.row.email === undefined;
      const consentOf = (c: Change) => c.row.consent ?? null;
      // Raw unnest() inserts: one statement of five arrays per batch instead of 45,000 bound values.
      for (const part of chunks(inserts)) {
        await tx.$executeRaw`
          INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, members, phone, email, "contactConsent", active, "createdAt", "updatedAt")
          SELECT u.id, ${actor.communeId}, u.nid, u.code, u.head, u.addr, u.members, u.phone, u.email, COALESCE(u.consent, 'UNKNOWN')::"ContactConsent", true, ${now}, ${now}
          FROM unnest(${part.map(() => randomUUID())}::text[], ${part.map(hoodOf)}::text[], ${part.map((c) => c.row.code)}::text[], ${part.map((c) => c.row.headName)}::text[],
                      ${part.map((c) => c.row.address)}::text[], ${part.map((c) => c.row.members)}::int[], ${part.map((c) => c.row.phone)}::text[],
                      ${part.map(emailOf)}::text[], ${part.map(consentOf)}::text[])
            AS u(id, nid, code, head, addr, members, phone, email, consent)`;
      }
      const updates = a.plan.changes.filter((c): c is Extract<Change, { existing: unknown }> => c.kind !== "new");
      for (const part of chunks(updates)) {
        await tx.$executeRaw`
          UPDATE "Household" h SET "neighbourhoodId" = u.nid, "headName" = u.head, address = u.addr, members = u.members, phone = u.phone,
                 email = CASE WHEN u.keep_email THEN h.email ELSE u.email END,
                 "contactConsent" = COALESCE(u.consent::"ContactConsent", h."contactConsent"),
                 active = true, "updatedAt" = ${now}
          FROM unnest(${part.map((c) => c.existing.id)}::text[], ${part.map(hoodOf)}::text[], ${part.map((c) => c.row.headName)}::text[],
                      ${part.map((c) => c.row.address)}::text[], ${part.map((c) => c.row.members)}::int[], ${part.map((c) => c.row.phone)}::text[],
                      ${part.map(emailOf)}::text[], ${part.map(keepEmail)}::boolean[], ${part.map(consentOf)}::text[])
            AS u(id, nid, head, addr, members, phone, email, keep_email, consent)
          WHERE h.id = u.id`;
      }
      for (const part of chunks(a.plan.missing)) {
        // As a deactivation by hand: its sessions end, and a later import that brings it back does
        // not revive them (session-actor.ts).
        await tx.household.updateMany({
          where: { id: { in: part.map((m) => m.id) } },
          data: { active: false, updatedAt: now, sessionVersion: { increment: 1 } },
        });
      }
      const counts = planCounts(a.plan);
      await appendStaffAudit(tx, actor, {
        action: "register.imported",
        entityType: "Commune",
        entityId: actor.communeId,
        data: {
          fileSha256: a.fileSha256,
          rows: a.read.rows.length,
          ...counts,
          newNeighbourhoods: a.plan.newNeighbourhoods,
        },
        now,
      });
      return { counts, rows: a.read.rows.length };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
