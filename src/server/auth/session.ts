import "server-only";
// The session actor of a request, read from next-auth's own session cookie with next-auth's own
// decoder (which checks its encryption and expiry). Not through getServerSession: that re-encrypts
// and re-sends the cookie on every call, which at the peak of a consultation cost more CPU than the
// resident's answer itself (docs/PERFORMANCE.md, the intake profile). A session therefore lasts SESSION_MAX_AGE from
// sign-in rather than from the last request — for a shared commune computer, the safer of the two.
import { cookies } from "next/headers";
import type { SessionActor } from "./session-actor";
import { actorFromToken, sessionCookieName } from "./session-cookie";

export async function getSessionActor(): Promise<SessionActor | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token ? actorFromToken(token) : null;
}
