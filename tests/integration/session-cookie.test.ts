// Session cookie flags: HttpOnly and SameSite=Lax always; Secure, with the __Secure- name,
// whenever the app is served over HTTPS (production).
import { afterEach, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import { getAuthSecret } from "@/server/auth/auth-secret";
import { actorFromToken, sessionCookie } from "@/server/auth/session-cookie";

const actor = { type: "household" as const, id: "h1", communeId: "c1", sessionVersion: 0 };
const before = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = before;
});

describe("the session cookie", () => {
  test.each([
    ["production over HTTPS", "https://ydan.example.vn", { name: "__Secure-next-auth.session-token", secure: true }],
    ["local HTTP", "http://localhost:3000", { name: "next-auth.session-token", secure: false }],
  ])("%s", async (_label, url, expected) => {
    process.env.NEXTAUTH_URL = url;
    const c = await sessionCookie(actor);
    expect(c.name).toBe(expected.name);
    expect(c.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: expected.secure,
      maxAge: 12 * 60 * 60,
    });
    expect(c.value.split(".")).toHaveLength(5); // an encrypted JWE, not readable claims
  });

  test("reading it back gives the actor; a forged, altered, expired or foreign token gives no one", async () => {
    const { value } = await sessionCookie(actor);
    expect(await actorFromToken(value)).toEqual(actor);
    const altered = value.slice(0, -4) + (value.endsWith("AAAA") ? "BBBB" : "AAAA");
    const expired = await encode({ token: { sub: actor.id, actor }, secret: getAuthSecret(), maxAge: -60 });
    const otherSecret = await encode({
      token: { sub: actor.id, actor },
      secret: "another-secret-0123456789abcdef0123",
      maxAge: 600,
    });
    const noActor = await encode({ token: { sub: actor.id }, secret: getAuthSecret(), maxAge: 600 });
    for (const token of [altered, expired, otherSecret, noActor, "not-a-token"])
      expect(await actorFromToken(token)).toBeNull();
  });
});
