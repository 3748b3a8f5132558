// The resident forms' route handlers check what the proxy would have: a resident page's requests
// skip the proxy (src/proxy.ts), so a post's own handler refuses another
// site's post, one without Origin or Referer, a body over its limit and one that is not a form
// (OWASP CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers"), and writes nothing.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { getTranslator } from "@/i18n/translate";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createHousehold, createNeighbourhood } from "../helpers/factories";

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => state.db }));

const APP = "http://localhost:3000";
let t: TestDb;
let slug: string;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  const commune = await createCommune(t.db);
  slug = commune.slug;
  await createHousehold(t.db, await createNeighbourhood(t.db, commune.id), { code: "RR-01", pin: "482915" });
});
afterAll(() => t.close());

const signIn = async (headers: Record<string, string>, body: BodyInit, duplex = false) => {
  const { POST } = await import("@/app/[commune]/resident/sign-in/route");
  const request = new NextRequest(`${APP}/${slug}/resident/sign-in`, {
    method: "POST",
    headers: { host: "localhost:3000", "content-type": "application/x-www-form-urlencoded", ...headers },
    body,
    ...(duplex ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
  return POST(request, { params: Promise.resolve({ commune: slug }) });
};
const RIGHT = "code=RR-01&pin=482915";
const sessionOf = (res: Response) => res.headers.getSetCookie().find((c) => c.includes("session-token"));

describe("a resident form post checks its own origin, size and body", () => {
  test("from the app's own page: 303 to the next page, with a session", async () => {
    const res = await signIn({ origin: APP }, RIGHT);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/${slug}/resident`);
    expect(sessionOf(res)).toBeDefined();
  });

  test("a Referer of the app's own when the browser sent no Origin is let on", async () => {
    expect((await signIn({ referer: `${APP}/${slug}/resident` }, RIGHT)).status).toBe(303);
  });

  test.each([
    ["another site", { origin: "http://attacker.invalid" }],
    ["another port", { origin: "http://localhost:4000" }],
    ["Origin null", { origin: "null" }],
    ["neither Origin nor Referer", {}],
  ])("%s: 403 in Vietnamese, no session", async (_label, headers) => {
    const res = await signIn(headers, RIGHT);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(getTranslator("vi")("errors.foreignOrigin"));
    expect(sessionOf(res)).toBeUndefined();
  });

  test("in English for a reader who chose English", async () => {
    const res = await signIn({ cookie: "NEXT_LOCALE=en" }, RIGHT);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(
      "Request refused: changes can only be sent from Ý Dân's own pages. Please open the page again and retry.",
    );
  });

  test("a body over 1 MB is 413, by its length or, sent in chunks, as it is read", async () => {
    const big = `${RIGHT}&c=${"x".repeat(1024 * 1024)}`;
    expect((await signIn({ origin: APP }, big)).status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new Uint8Array(100_000).fill(120));
        c.close();
      },
    });
    const res = await signIn({ origin: APP }, chunks, true);
    expect(res.status).toBe(413);
    expect(await res.text()).toBe(getTranslator("vi")("errors.bodyTooLarge", { max: 1 }));
  });

  test("a multipart body that does not parse is 400, not a 500", async () => {
    const res = await signIn({ origin: APP, "content-type": "multipart/form-data; boundary=x" }, "garbage");
    expect(res.status).toBe(400);
    expect(sessionOf(res)).toBeUndefined();
  });
});
