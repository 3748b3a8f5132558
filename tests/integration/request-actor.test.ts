// A page's layout and the page itself call several procedures in one HTTP request: the actor is read
// from the database once for that request (the context's actorOnce), and again for the next request,
// so a deactivated account is refused from the very next page.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCaller } from "@/server/api/root";
import type { Context } from "@/server/api/context";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createStaff, staffSession } from "../helpers/factories";

let t: TestDb;
let commune: Awaited<ReturnType<typeof createCommune>>;
beforeAll(async () => {
  t = await createTestDb();
  commune = await createCommune(t.db, "Chợ Chùa");
});
afterAll(() => t.close());

const requestContext = (session: Context["session"]): Context => ({
  db: t.db,
  session,
  locale: "vi",
  now: () => new Date(),
  actorOnce: new Map(),
});

describe("the actor of one HTTP request", () => {
  test("several procedures of one request share one reading of the actor", async () => {
    const leader = await createStaff(t.db, commune.id, "LEADER");
    const ctx = requestContext(staffSession(leader));
    const caller = createCaller(ctx);
    const [me, again, dashboard] = await Promise.all([
      caller.session.me(),
      caller.session.me(),
      caller.dashboard.get({ year: 2026 }),
    ]);
    expect(me).toMatchObject({ type: "staff", role: "LEADER" });
    expect(again).toEqual(me);
    expect(dashboard.rows).toEqual([]);
    expect(ctx.actorOnce!.size).toBe(1);
  });

  test("a request after the account is deactivated reads it afresh and is refused", async () => {
    const official = await createStaff(t.db, commune.id, "OFFICIAL");
    const session = staffSession(official);
    await expect(createCaller(requestContext(session)).consultation.list({})).resolves.toBeDefined();
    await t.db.staffUser.update({ where: { id: official.id }, data: { active: false } });
    await expect(createCaller(requestContext(session)).consultation.list({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
