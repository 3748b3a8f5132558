import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import type { SessionActor } from "./session-actor";

export async function getSessionActor(): Promise<SessionActor | null> {
  const session = (await getServerSession(authOptions)) as { actor?: SessionActor | null } | null;
  return session?.actor ?? null;
}
