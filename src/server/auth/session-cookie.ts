// Not marked "server-only": the resident pages (src/pages, the Pages Router) read the session in
// getServerSideProps, and that marker is refused there. The secret is read from the server's
// environment (auth-secret.ts), which a browser bundle never holds.
// Household sign-in works without JavaScript: a server action checks the code and PIN, then sets
// the same next-auth session cookie the Credentials flow would (encoded with next-auth's own JWT
// encoder and secret), so every other page reads it as usual (session.ts).
import { decode, encode } from "next-auth/jwt";
import { getAuthSecret } from "./auth-secret";
import { ZSessionActor, type SessionActor } from "./session-actor";

export const SESSION_MAX_AGE = 12 * 60 * 60;

function isSecure() {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName() {
  return isSecure() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function sessionCookie(actor: SessionActor) {
  const value = await encode({ token: { sub: actor.id, actor }, secret: getAuthSecret(), maxAge: SESSION_MAX_AGE });
  return {
    name: sessionCookieName(),
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: isSecure(), maxAge: SESSION_MAX_AGE },
  };
}

// A resident's five requests (form, answers, review, submit, receipt) carry the same cookie, and
// decrypting it derives its key afresh each time (HKDF, then the JWE). What a cookie decrypted to is
// kept by its exact value, with its expiry checked again on every use; a forged or altered value is
// a different string, which is decrypted, refused and not kept. The account itself is still re-read
// from the database on every request (loadActor), so signing out elsewhere still ends the session.
// Kept on globalThis: the resident pages (Pages Router) and their form handlers (App Router) are
// bundled apart, each with its own copy of this module, and one household's cookie is decrypted
// once for both.
const decoded = ((
  globalThis as { __ydanSessionCookies?: Map<string, { actor: SessionActor; expiresAt: number }> }
).__ydanSessionCookies ??= new Map());
const MAX_DECODED = 5_000;

/** The actor a session cookie's value carries, or null if it is forged, altered, expired or malformed. */
export async function actorFromToken(token: string): Promise<SessionActor | null> {
  const known = decoded.get(token);
  if (known) {
    if (known.expiresAt > Date.now()) return known.actor;
    decoded.delete(token);
    return null;
  }
  const payload = await decode({ token, secret: getAuthSecret() }).catch(() => null);
  const actor = ZSessionActor.safeParse(payload?.actor);
  if (!actor.success) return null;
  if (typeof payload?.exp === "number") {
    if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, { actor: actor.data, expiresAt: payload.exp * 1000 });
  }
  return actor.data;
}
