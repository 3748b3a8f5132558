// npm run audit:verify — walks every commune's audit chain and checks every finalised record
// against its digests and the chain. Prints what it checked and the first broken link or altered
// record by name; exits 1 when anything is wrong. Target: DATABASE_URL, else the embedded database.
import { openDatabase } from "../src/server/db/client.ts";
import { verifyAuditChain, verifyRecords } from "../src/server/audit/verify.ts";

const PROBLEM: Record<string, string> = {
  sequence: "a sequence number is missing or out of order (an event was deleted or inserted)",
  link: "its link to the previous event does not match (an earlier event was altered or removed)",
  hash: "its content no longer matches its hash (the event was altered)",
  pdfDigest: "the stored PDF no longer matches its SHA-256",
  contentDigest: "the stored content no longer matches its digest",
  notInChain: "no finalisation event for it in the audit chain",
  chainDigest: "its digests differ from those written into the audit chain at finalisation",
};

const db = await openDatabase();
let failed = false;
try {
  const communes = await db.prisma.commune.findMany({
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
  for (const c of communes) {
    const chain = await verifyAuditChain(db.prisma, c.id);
    const records = await verifyRecords(db.prisma, c.id);
    const label = `${c.name} (${c.code})`;
    if (chain.broken) {
      failed = true;
      const b = chain.broken;
      console.log(
        `✗ ${label}: audit chain broken at event #${b.seq} (${b.action} on ${b.entityType} ${b.entityId}): ${PROBLEM[b.problem]}`,
      );
    } else {
      console.log(`✓ ${label}: audit chain intact, ${chain.events} events`);
    }
    for (const p of records.problems) {
      failed = true;
      const number = p.number ? `${String(p.number).padStart(2, "0")}/${p.docType} (${p.year})` : p.recordId;
      console.log(`✗ ${label}: record ${number} "${p.title}": ${PROBLEM[p.problem]}`);
    }
    if (!records.problems.length) console.log(`✓ ${label}: ${records.records} finalised records match their digests`);
  }
} finally {
  await db.close();
}
process.exit(failed ? 1 : 0);
