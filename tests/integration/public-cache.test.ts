// The public pages' cache wiring through createCaller on a real database: public reads go through the
// context's cache, every staff mutation drops its commune's entries before it answers, and the clock
// moves an entry's key at a scheduled moment with no write. The cache here is a faithful stand-in
// for Next.js's (keyed entries, tags, invalidation by tag): Next's own needs a server, and the browser
// tests (tests/e2e/results.test.ts) read through it.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PUBLIC_ALL, clockEpoch, tagsToInvalidate } from "@/domain/public-cache";
import { createCaller } from "@/server/api/root";
import type { SessionActor } from "@/server/auth/session-actor";
import type { PublicCache } from "@/server/public-cache/tags";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  createCommune,
  createConsultation,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

const HOUR = 60 * 60 * 1000;
const start = new Date("2026-12-01T08:00:00+07:00");
const clock = { now: start };

/** Entries by key, each with its tags; `computed` counts the reads that reached the database. */
function memoryCache() {
  const entries = new Map<string, { tags: string[]; value: unknown }>();
  const state = { computed: 0, invalidations: [] as (string | null)[] };
  async function get<T>(key: string, tags: string[], compute: () => Promise<T>): Promise<T> {
    const hit = entries.get(key);
    if (hit) return hit.value as T;
    const value = await compute();
    entries.set(key, { tags, value });
    return value;
  }
  const cache: PublicCache = {
    async read(spec, now) {
      const epoch = clockEpoch(await spec.moments(), now.getTime());
      return get(JSON.stringify([...spec.key, epoch]), [PUBLIC_ALL, ...spec.tags], () => {
        state.computed++;
        return spec.read(now);
      });
    },
    moments: (key, tags, read) => get(JSON.stringify(["moments", ...key]), [PUBLIC_ALL, ...tags], read),
    async invalidate(communeId, consultationId) {
      state.invalidations.push(communeId);
      const tags = tagsToInvalidate(communeId, consultationId);
      for (const [k, e] of entries) if (e.tags.some((t) => tags.includes(t))) entries.delete(k);
    },
  };
  return { cache, state };
}

let t: TestDb;
let slug: string;
let otherSlug: string;
let communeId: string;
let official: SessionActor;
const { cache, state } = memoryCache();
const caller = (session: SessionActor | null) =>
  createCaller({ db: t.db, session, locale: "vi", now: () => clock.now, publicCache: cache });

async function published(commune: string, hood: string, opensAt: Date, title: string) {
  const c = await createConsultation(t.db, commune, { status: "PUBLISHED", title, neighbourhoodIds: [hood] });
  const row = await t.db.consultation.update({
    where: { id: c.id },
    data: {
      publishedAt: new Date(start.getTime() - HOUR),
      opensAt,
      closesAt: new Date(start.getTime() + 30 * 24 * HOUR),
    },
  });
  // Written straight to the database: the approval that publishes it would invalidate so.
  await cache.invalidate(commune);
  return row;
}

const statusOn = async (s: string, id: string) =>
  (await caller(null).commune.publicConsultations({ commune: s })).find((c) => c.id === id)?.status;

beforeAll(async () => {
  t = await createTestDb();
  const commune = await createCommune(t.db, "Nghĩa Hành");
  const other = await createCommune(t.db, "Hành Thịnh");
  communeId = commune.id;
  slug = commune.slug;
  otherSlug = other.slug;
  official = staffSession(await createStaff(t.db, commune.id, "OFFICIAL"));
  await createNeighbourhood(t.db, other.id, "Thôn Đông");
});
afterAll(() => t.close());

describe("the public pages' cache", () => {
  test("a second read is served from the cache; a consultation opened by hand shows open at once", async () => {
    const hood = await createNeighbourhood(t.db, communeId, "Thôn Xuân Đình");
    const c = await published(communeId, hood.id, new Date(start.getTime() + 10 * 24 * HOUR), "Mở bằng tay");
    expect(await statusOn(slug, c.id)).toBe("PUBLISHED");
    const computed = state.computed;
    expect(await statusOn(slug, c.id)).toBe("PUBLISHED");
    expect(state.computed).toBe(computed);

    await caller(official).consultation.open({ id: c.id, reason: "Họp dân đã thống nhất mở sớm" });
    expect(state.invalidations.at(-1)).toBe(communeId);
    expect(await statusOn(slug, c.id)).toBe("OPEN");
    expect((await caller(null).commune.publicConsultation({ commune: slug, id: c.id })).status).toBe("OPEN");
  });

  test("a consultation whose opening time passes shows open with no write", async () => {
    const hood = await createNeighbourhood(t.db, communeId, "Thôn An Phú");
    const opensAt = new Date(start.getTime() + 2 * HOUR);
    const c = await published(communeId, hood.id, opensAt, "Mở theo lịch");
    clock.now = new Date(opensAt.getTime() - 1);
    expect(await statusOn(slug, c.id)).toBe("PUBLISHED");
    expect((await caller(null).commune.publicConsultation({ commune: slug, id: c.id })).status).toBe("PUBLISHED");
    const invalidations = state.invalidations.length;
    clock.now = opensAt;
    expect(await statusOn(slug, c.id)).toBe("OPEN");
    expect((await caller(null).commune.publicConsultation({ commune: slug, id: c.id })).status).toBe("OPEN");
    expect(state.invalidations.length).toBe(invalidations);
    clock.now = start;
  });

  test("one commune's write leaves another's entries in place", async () => {
    await caller(null).commune.publicConsultations({ commune: otherSlug });
    const computed = state.computed;
    const c = await createConsultation(t.db, communeId, { title: "Bản nháp" });
    await caller(official).consultation.cancel({ id: c.id, reason: "Soạn nhầm" });
    expect(state.invalidations.at(-1)).toBe(communeId);
    await caller(null).commune.publicConsultations({ commune: otherSlug });
    expect(state.computed).toBe(computed);
  });

  test("a read refused (an unpublished id) is not kept, and nothing is invalidated by reads", async () => {
    const c = await createConsultation(t.db, communeId, { title: "Chưa công bố" });
    const invalidations = state.invalidations.length;
    await expect(caller(null).commune.publicConsultation({ commune: slug, id: c.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(state.invalidations.length).toBe(invalidations);
  });
});
