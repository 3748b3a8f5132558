import { describe, expect, test } from "vitest";
import { computeAuditHash, findBrokenLink, GENESIS_HASH, type ChainedEvent } from "@/domain/audit-chain";

function chain(n: number) {
  const events = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const event: ChainedEvent = {
      communeId: "c1",
      seq,
      actorType: "STAFF",
      actorId: "s1",
      actorLabel: "Lê Thị Hà",
      action: "consultation.created",
      entityType: "Consultation",
      entityId: `k${seq}`,
      data: { title: `Lấy ý kiến ${seq}`, nested: { b: 1, a: 2 } },
      createdAt: new Date(Date.UTC(2026, 10, 25, 9, 0, seq)),
    };
    const hash = computeAuditHash(prev, event);
    events.push({ ...event, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe("audit hash chain", () => {
  test("an untouched chain holds", () => {
    expect(findBrokenLink(chain(5))).toBeNull();
  });

  test("the hash does not depend on key order (canonical JSON)", () => {
    const [e] = chain(1);
    const { prevHash, hash, ...event } = e;
    expect(computeAuditHash(prevHash, { ...event, data: { nested: { a: 2, b: 1 }, title: "Lấy ý kiến 1" } })).toBe(
      hash,
    );
  });

  test.each([
    ["edited data", (c: ReturnType<typeof chain>) => (c[2].data = { title: "sửa" }), 2],
    ["edited actor", (c: ReturnType<typeof chain>) => (c[1].actorLabel = "Người khác"), 1],
    ["deleted event", (c: ReturnType<typeof chain>) => c.splice(3, 1), 3],
    ["reordered events", (c: ReturnType<typeof chain>) => c.reverse(), 0],
  ])("reports the first broken link: %s", (_label, tamper, index) => {
    const events = chain(6);
    tamper(events);
    expect(findBrokenLink(events)).toBe(index);
  });
});
