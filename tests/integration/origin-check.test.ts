// State changes from another origin are refused (OWASP CSRF cheat sheet, "Verifying Origin With
// Standard Headers"): a multipart tRPC upload with a valid session, sent through the proxy and the
// real route handler as Next.js does, is refused with a translated 403 and writes nothing when its
// Origin is another site, the same host on another port, or absent; from the app's own origin it
// works. The route handlers refuse on their own too (a second line), and GET health checks pass.
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import type { SessionActor } from "@/server/auth/session-actor";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  createCommune,
  createConsultation,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";
import { formData, tinyPdf } from "../helpers/files";

const state = vi.hoisted(() => ({
  db: null as unknown,
  session: null as SessionActor | null,
  cookies: new Map<string, string>(),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name) } : undefined),
  }),
}));
vi.mock("@/server/db", () => ({
  getDb: async () => state.db,
  getReadDb: async () => state.db,
  getDatabase: async () => ({
    prisma: state.db,
    reads: { configured: false, lagSeconds: async () => null },
    kind: "embedded",
    migrationsApplied: async () => 0,
  }),
}));
vi.mock("@/server/auth/session", () => ({ getSessionActor: async () => state.session }));

const APP = "http://localhost:3000";
let t: TestDb;
let consultationId: string;
const { proxy } = await import("@/proxy");
const trpc = await import("@/app/api/trpc/[trpc]/route");

beforeAll(async () => {
  // The route handler runs here outside Next.js's server, which holds the public pages' data cache:
  // there is none to drop (src/server/public-cache/tags.ts), and no request scope to drop it in.
  process.env.PUBLIC_DATA_CACHE = "0";
  t = await createTestDb();
  state.db = t.db;
  const communeId = (await createCommune(t.db)).id;
  const hood = await createNeighbourhood(t.db, communeId);
  const official = await createStaff(t.db, communeId, "OFFICIAL");
  state.session = staffSession(official);
  consultationId = (await createConsultation(t.db, communeId, { status: "DRAFT", neighbourhoodIds: [hood.id] })).id;
});
afterAll(() => {
  delete process.env.PUBLIC_DATA_CACHE;
  return t.close();
});
afterEach(() => state.cookies.clear());

/** An upload as the console sends it: multipart, the session cookie, the headers under test. */
function upload(headers: Record<string, string>) {
  return new NextRequest(`${APP}/api/trpc/document.upload`, {
    method: "POST",
    headers: { host: "localhost:3000", cookie: "next-auth.session-token=x", ...headers },
    body: formData(
      { consultationId, title: "Tờ trình" },
      { bytes: tinyPdf(), name: "to-trinh.pdf", type: "application/pdf" },
    ),
  });
}

/** What Next.js does with a request: the proxy first, then — if it lets the request on — the route. */
async function serve(make: () => NextRequest, route: (r: Request) => Promise<Response>): Promise<Response> {
  const verdict = await proxy(make());
  if (verdict.headers.get("x-middleware-next") !== "1") return verdict;
  return route(make());
}

const documents = () => t.db.document.count({ where: { consultationId } });

describe("a multipart tRPC upload with a valid session", () => {
  test.each([
    ["another site", { origin: "http://attacker.invalid" }],
    ["the same host on another port", { origin: "http://localhost:4000" }],
    ["the same host over https", { origin: "https://localhost:3000" }],
    ["Origin: null", { origin: "null" }],
    ["no Origin, another site's Referer", { referer: "http://localhost:4000/x" }],
    ["neither Origin nor Referer", {}],
  ])("from %s: refused with a translated 403, nothing stored", async (_label, headers) => {
    const before = await documents();
    const res = await serve(() => upload(headers), trpc.POST);
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error.json.message).toBe(
      "Yêu cầu bị từ chối: thao tác thay đổi dữ liệu chỉ được gửi từ chính các trang của Ý Dân. Vui lòng mở lại trang rồi thử lại.",
    );
    expect(body.error.json.data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403, appCode: "foreignOrigin" });
    expect(await documents()).toBe(before);
  });

  test("the route handler refuses on its own too (if the proxy's matcher ever misses it)", async () => {
    const before = await documents();
    const res = await trpc.POST(upload({ origin: "http://attacker.invalid" }));
    expect(res.status).toBe(403);
    expect(await documents()).toBe(before);
  });

  test("the refusal is in English for an English reader", async () => {
    state.cookies.set("NEXT_LOCALE", "en");
    const res = await trpc.POST(upload({ origin: "http://localhost:4000" }));
    expect((await res.json()).error.json.message).toBe(
      "Request refused: changes can only be sent from Ý Dân's own pages. Please open the page again and retry.",
    );
  });

  test("from the app's own origin it is stored; a Referer of this origin counts when Origin is absent", async () => {
    const before = await documents();
    const res = await serve(() => upload({ origin: APP }), trpc.POST);
    expect(res.status).toBe(200);
    expect(await documents()).toBe(before + 1);
    const viaReferer = await serve(
      () => upload({ referer: `${APP}/console/consultations/${consultationId}` }),
      trpc.POST,
    );
    expect(viaReferer.status).toBe(200);
    expect(await documents()).toBe(before + 2);
  });

  test("with APP_ORIGIN configured, only that origin counts, whatever Host says", async () => {
    vi.stubEnv("APP_ORIGIN", "https://ydan.example.vn");
    try {
      const before = await documents();
      expect((await serve(() => upload({ origin: APP }), trpc.POST)).status).toBe(403);
      expect(
        (await serve(() => upload({ host: "ydan.example.vn", origin: "https://ydan.example.vn" }), trpc.POST)).status,
      ).toBe(200);
      expect(await documents()).toBe(before + 1);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("every kind of state change goes through the same rule", () => {
  const post = (path: string, headers: Record<string, string>, body?: BodyInit) =>
    new NextRequest(`${APP}${path}`, { method: "POST", headers: { host: "localhost:3000", ...headers }, body });

  test.each([
    ["a JSON tRPC mutation", "/api/trpc/document.remove"],
    ["a batched tRPC mutation", "/api/trpc/document.remove,consultation.submit?batch=1"],
    ["next-auth's sign-in", "/api/auth/callback/staff"],
    ["next-auth's sign-out", "/api/auth/signout"],
    ["slips (issues PINs)", "/api/slips"],
    ["a province reader's commune choice", "/console/province/view/abc"],
    ["a server action (no JavaScript)", "/cho-chua/resident"],
    ["a server action (fetch)", "/cho-chua/resident/c/abc"],
  ])("%s: refused from another port or without Origin, let on from the app's own", async (_label, path) => {
    for (const headers of [{ origin: "http://localhost:4000" }, {}] as Record<string, string>[]) {
      const res = await proxy(post(path, { ...headers, "next-action": "ab12" }, "{}"));
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    const batched = await proxy(post("/api/trpc/document.remove,consultation.submit?batch=1", {}, "{}"));
    expect(await batched.json()).toHaveLength(2);
    const own = await proxy(post(path, { origin: APP, "next-action": "ab12" }, "{}"));
    expect(own.headers.get("x-middleware-next")).toBe("1");
  });

  test("next-auth's route refuses another origin itself and a JSON body that does not parse", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const context = { params: Promise.resolve({ nextauth: ["callback", "staff"] }) };
    const foreign = await POST(
      post(
        "/api/auth/callback/staff",
        { origin: "http://attacker.invalid", "content-type": "application/x-www-form-urlencoded" },
        "username=a",
      ),
      context,
    );
    expect(foreign.status).toBe(403);
    const garbage = await POST(
      post("/api/auth/callback/staff", { origin: APP, "content-type": "application/json" }, '{"a":'),
      context,
    );
    expect(garbage.status).toBe(400);
    expect(await garbage.text()).toBe(
      "Dữ liệu gửi lên không đúng định dạng nên không đọc được. Vui lòng mở lại trang rồi gửi lại.",
    );
  });

  test("reads pass without Origin: a server-to-server health check, a page", async () => {
    for (const path of ["/api/health", "/cho-chua", "/api/trpc/commune.list"]) {
      const res = await proxy(new NextRequest(`${APP}${path}`, { headers: { host: "localhost:3000" } }));
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
    }
    const { GET } = await import("@/app/api/health/route");
    expect((await GET()).status).toBe(200);
  });
});
