// Bad ids and bytes from users get a 400 or a 404 with a translated message, never a 500: a
// resident opening an unknown or another commune's consultation (the page's loader), a household
// search holding NUL (PostgreSQL refuses U+0000 in text), and an export address of %00%ff.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { SessionActor } from "@/server/auth/session-actor";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createStaff,
  householdSession,
  staffSession,
} from "../helpers/factories";
import { pageContext } from "../helpers/resident-pages";

const state = vi.hoisted(() => ({ db: null as unknown, session: null as SessionActor | null, auth: null as unknown }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("@/server/db", () => ({ getDb: async () => state.db, getReadDb: async () => state.db }));
vi.mock("@/server/auth/session", () => ({ getSessionActor: async () => state.session }));
vi.mock("@/server/api/route-auth", () => ({ staffWithPermission: async () => state.auth }));

let t: TestDb;
let commune: { id: string; slug: string };
let other: { id: string; slug: string };
let ownConsultation: string;
let otherConsultation: string;
let official: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  commune = await createCommune(t.db);
  other = await createCommune(t.db);
  const hood = await createNeighbourhood(t.db, commune.id);
  const otherHood = await createNeighbourhood(t.db, other.id);
  const household = await createHousehold(t.db, { id: hood.id, communeId: commune.id });
  official = await createStaff(t.db, commune.id, "OFFICIAL");
  state.session = householdSession(household);
  ownConsultation = (await createConsultation(t.db, commune.id, { status: "OPEN", neighbourhoodIds: [hood.id] })).id;
  otherConsultation = (await createConsultation(t.db, other.id, { status: "OPEN", neighbourhoodIds: [otherHood.id] }))
    .id;
  const day = 86_400_000;
  const schedule = {
    publishedAt: new Date(Date.now() - 2 * day),
    opensAt: new Date(Date.now() - 2 * day),
    openedAt: new Date(Date.now() - 2 * day),
    closesAt: new Date(Date.now() + 20 * day),
  };
  await t.db.consultation.updateMany({ where: { id: { in: [ownConsultation, otherConsultation] } }, data: schedule });
});
afterAll(() => t.close());

/** notFound() throws Next.js's own 404 signal; anything else would render as a 500. */
async function navigation(load: () => Promise<unknown>): Promise<string> {
  try {
    await load();
    return "rendered";
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    return `error: ${(e as Error).message}`;
  }
}

/** What the resident's consultation page (getServerSideProps) answers for this id: rendered, 404 or a redirect. */
async function residentPage(id: string): Promise<string> {
  const { consultationProps } = await import("@/server/residents/pages");
  const { ctx, res } = await pageContext({ commune: commune.slug, id, session: state.session });
  const result = await consultationProps(t.db, ctx, "form");
  if ("redirect" in result) return "redirect";
  if (!("props" in result)) return "other";
  const props = await result.props;
  return props.found && res.statusCode === 200 ? "rendered" : res.statusCode === 404 ? "404" : "other";
}

describe("the resident's consultation page: unknown or another commune's id is a 404", () => {
  test.each([
    ["an unknown id", () => "ckunknown000000000000000"],
    ["another commune's consultation", () => otherConsultation],
    ["an id of NUL and a malformed escape", () => "\u0000%ff"],
    ["a very long id", () => "x".repeat(3000)],
  ])("%s", async (_label, id) => {
    expect(await residentPage(id())).toBe("404");
  });

  test("the household's own consultation still renders", async () => {
    expect(await residentPage(ownConsultation)).toBe("rendered");
  });

  test("a commune slug that cannot be decoded is a 404, not a URIError", async () => {
    const { pageCommune } = await import("@/server/communes/page-commune");
    expect(await navigation(() => pageCommune("%ff"))).toBe("404");
    expect(await navigation(() => pageCommune("a\u0000"))).toBe("404");
    const { homeProps } = await import("@/server/residents/pages");
    for (const slug of ["%ff", "a\u0000"]) {
      const { ctx, res } = await pageContext({ commune: slug });
      const result = await homeProps(t.db, ctx);
      expect("props" in result && (await result.props).found).toBe(false);
      expect(res.statusCode).toBe(404);
    }
  });
});

describe("household.search with NUL", () => {
  test.each([
    ["vi", "Dữ liệu gửi lên có ký tự không hợp lệ (ký tự NUL). Vui lòng xóa ký tự đó rồi gửi lại."],
    ["en", "The data sent contains a character that is not allowed (NUL). Please remove it and send again."],
  ] as const)("a translated 400 (%s), the database never asked", async (locale, message) => {
    const err = await callerAs(t.db, staffSession(official), locale)
      .household.search({ q: "Nguyễn\u0000" })
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    const { getHTTPStatusCodeFromError } = await import("@trpc/server/http");
    expect(getHTTPStatusCodeFromError(err)).toBe(400);
    const { getTranslator } = await import("@/i18n/translate");
    expect(getTranslator(locale)("errors.nulCharacter")).toBe(message);
  });

  test("over HTTP through the tRPC handler: 400 with the message", async () => {
    state.session = staffSession(official);
    const { GET } = await import("@/app/api/trpc/[trpc]/route");
    const input = encodeURIComponent(JSON.stringify({ json: { q: "a\u0000" } }));
    const res = await GET(new Request(`http://localhost:3000/api/trpc/household.search?input=${input}`));
    expect(res.status).toBe(400);
    expect((await res.json()).error.json.message).toBe(
      "Dữ liệu gửi lên có ký tự không hợp lệ (ký tự NUL). Vui lòng xóa ký tự đó rồi gửi lại.",
    );
  });

  test("multipart input with NUL in a file name is refused the same way", async () => {
    const form = new FormData();
    form.set("consultationId", ownConsultation);
    form.set("title", "Tờ trình");
    form.set("file", new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "a\u0000.pdf"));
    const err = await callerAs(t.db, staffSession(official))
      .document.upload(form)
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
  });
});

describe("/api/consultations/%00%ff/export", () => {
  test.each(["\u0000\ufffd", "%00%ff", "x".repeat(65), "../../etc"])(
    "id %j: 404 with the translated message",
    async (id) => {
      state.auth = { actor: { communeId: commune.id }, db: t.db };
      const { GET } = await import("@/app/api/consultations/[id]/export/route");
      const res = await GET(new Request(`http://localhost:3000/api/consultations/x/export`), {
        params: Promise.resolve({ id }),
      });
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("Không tìm thấy dữ liệu yêu cầu.");
    },
  );

  test("the address itself is refused by the proxy with 400 before any handler", async () => {
    const { proxy } = await import("@/proxy");
    const res = await proxy(
      new NextRequest("http://localhost:3000/api/consultations/%00%ff/export", { headers: { host: "localhost:3000" } }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toBe("Địa chỉ trang không hợp lệ. Vui lòng kiểm tra lại đường dẫn.");
  });
});
