// Changing one's own password over HTTP (the console's form posts staff.changeOwnPassword to
// /api/trpc): every other session of the account ends, and the browser that changed it is given a
// fresh session cookie in the same response, so it stays signed in (OWASP ASVS 4.0.3 V3.3.3).
// The account's password is put back at the end: the other browser tests sign in with it.
import { describe, expect, inject, test } from "vitest";
import { E2E_PASSWORD } from "./server";

const baseUrl = inject("baseUrl");
const USERNAME = "e2e-province-leader";
const NEW_PASSWORD = "Doi-mat-khau-2026";
const SESSION = /^(?:__Secure-)?next-auth\.session-token=/;

/** A staff sign-in through next-auth's credentials endpoint, as the sign-in form posts it: the session cookie. */
async function signIn(password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/staff`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
      origin: baseUrl,
    },
    body: new URLSearchParams({ csrfToken, username: USERNAME, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => SESSION.test(c));
  if (!session) throw new Error(`sign-in refused (${res.status}): ${await res.text()}`);
  return session.split(";")[0];
}

const me = async (cookie: string) => (await fetch(`${baseUrl}/api/trpc/session.me`, { headers: { cookie } })).status;

/** The console form's call; returns the session cookie the response sets, if any. */
async function changePassword(cookie: string, current: string, next: string) {
  const res = await fetch(`${baseUrl}/api/trpc/staff.changeOwnPassword`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: baseUrl },
    body: JSON.stringify({ json: { current, next } }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.headers
    .getSetCookie()
    .find((c) => SESSION.test(c))
    ?.split(";")[0];
}

describe("changing one's own password over HTTP", () => {
  test("ends the account's other sessions and keeps the browser that changed it signed in", async () => {
    const here = await signIn(E2E_PASSWORD);
    const there = await signIn(E2E_PASSWORD);
    expect([await me(here), await me(there)]).toEqual([200, 200]);

    const renewed = await changePassword(here, E2E_PASSWORD, NEW_PASSWORD);
    try {
      expect(renewed).toBeDefined();
      expect(await me(there)).toBe(401); // the other browser is signed out
      expect(await me(renewed!)).toBe(200); // this one carries on with its fresh cookie
      expect(await me(here)).toBe(401); // the cookie it replaced is good no longer
      expect(await me(await signIn(NEW_PASSWORD))).toBe(200);
    } finally {
      // Put the password back, with whichever session still works.
      const current = renewed && (await me(renewed)) === 200 ? renewed : await signIn(NEW_PASSWORD);
      await changePassword(current, NEW_PASSWORD, E2E_PASSWORD);
    }
  });
});
