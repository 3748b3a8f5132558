import "server-only";
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

/** The actor a session cookie's value carries, or null if it is forged, altered, expired or malformed. */
export async function actorFromToken(token: string): Promise<SessionActor | null> {
  const payload = await decode({ token, secret: getAuthSecret() }).catch(() => null);
  const actor = ZSessionActor.safeParse(payload?.actor);
  return actor.success ? actor.data : null;
}
