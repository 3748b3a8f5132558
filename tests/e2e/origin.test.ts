// The Origin check over real HTTP on the production build (OWASP CSRF cheat sheet, "Verifying
// Origin With Standard Headers"): with a valid staff session, a multipart tRPC upload from another
// site, from the same host on another port, or with no Origin at all is refused with a translated
// 403 and stores nothing; a sign-in post and a server action from another origin are refused too;
// reads need no Origin (health checks).
import { beforeAll, describe, expect, inject, test } from "vitest";
import { E2E_OPEN_TITLE, E2E_PASSWORD, E2E_SLUG } from "./server";

const baseUrl = inject("baseUrl");
const otherPort = `${new URL(baseUrl).protocol}//${new URL(baseUrl).hostname}:${Number(new URL(baseUrl).port) + 1}`;
const REFUSED =
  "Yêu cầu bị từ chối: thao tác thay đổi dữ liệu chỉ được gửi từ chính các trang của Ý Dân. Vui lòng mở lại trang rồi thử lại.";
const TITLE = "Tài liệu gửi từ trang lạ";
let cookie = "";
let consultationId = "";

async function csrf() {
  const res = await fetch(`${baseUrl}/api/auth/csrf`);
  return {
    jar: res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
    token: ((await res.json()) as { csrfToken: string }).csrfToken,
  };
}

function signInPost(origin: string | null, c: { jar: string; token: string }) {
  return fetch(`${baseUrl}/api/auth/callback/staff`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: c.jar, ...(origin ? { origin } : {}) },
    body: new URLSearchParams({ csrfToken: c.token, username: "e2e-official", password: E2E_PASSWORD, json: "true" }),
  });
}
const sessionOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("next-auth.session-token="));

beforeAll(async () => {
  cookie = sessionOf(await signInPost(baseUrl, await csrf()))!;
  const home = await (await fetch(`${baseUrl}/${E2E_SLUG}`)).text();
  for (const [, id] of home.matchAll(new RegExp(`/${E2E_SLUG}/consultations/([A-Za-z0-9_-]+)"`, "g"))) {
    if ((await (await fetch(`${baseUrl}/${E2E_SLUG}/consultations/${id}`)).text()).includes(E2E_OPEN_TITLE))
      consultationId = id;
  }
});

function upload(
  headers: Record<string, string>,
  bytes = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
) {
  const form = new FormData();
  form.set("consultationId", consultationId);
  form.set("title", TITLE);
  form.set("file", new Blob([bytes], { type: "application/pdf" }), "tai-lieu.pdf");
  return fetch(`${baseUrl}/api/trpc/document.upload`, { method: "POST", headers: { cookie, ...headers }, body: form });
}

describe("state changes from another origin", () => {
  test.each([
    ["another site", { origin: "http://attacker.invalid" }],
    ["the same host on another port", { origin: otherPort }],
    ["no Origin and no Referer", {}],
  ])("a multipart tRPC upload from %s: 403, translated, nothing stored", async (_label, headers) => {
    expect(consultationId).not.toBe("");
    const res = await upload(headers);
    expect(res.status).toBe(403);
    expect((await res.json()).error.json).toMatchObject({
      message: REFUSED,
      data: { httpStatus: 403, appCode: "foreignOrigin" },
    });
    const page = await (
      await fetch(`${baseUrl}/console/consultations/${consultationId}`, { headers: { cookie } })
    ).text();
    expect(page).not.toContain(TITLE);
  });

  test("from the app's own origin the upload reaches its handler (a file that is no PDF is refused there, 400)", async () => {
    const res = await upload({ origin: baseUrl }, new TextEncoder().encode("không phải PDF"));
    expect(res.status).toBe(400);
  });

  test("sign-in from another port gets no session; from the app's own it does", async () => {
    const foreign = await signInPost(otherPort, await csrf());
    expect(foreign.status).toBe(403);
    expect(sessionOf(foreign)).toBeUndefined();
    expect(sessionOf(await signInPost(baseUrl, await csrf()))).toBeDefined();
  });

  test("a resident form's post from another site is refused, and signs nobody in", async () => {
    const form = new FormData();
    form.set("code", "D01");
    form.set("pin", "111111");
    const res = await fetch(`${baseUrl}/${E2E_SLUG}/resident/sign-in`, {
      method: "POST",
      headers: { origin: "http://attacker.invalid" },
      body: form,
      redirect: "manual",
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(REFUSED);
    expect(sessionOf(res)).toBeUndefined();
  });

  test("reads need no Origin: the health check", async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
  });
});
