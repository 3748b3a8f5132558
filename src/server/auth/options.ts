import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db";
import { getCommuneBySlug } from "../communes/data";
import { getAuthSecret } from "./auth-secret";
import { clientAddressFrom } from "./client-address";
import { SESSION_MAX_AGE } from "./session-cookie";
import { ZSessionActor, type SessionActor } from "./session-actor";
import { signInHousehold, signInStaff, type SignInResult } from "./sign-in";

// next-auth builds absolute redirect URLs from NEXTAUTH_URL; default it to this server's port so a
// local `PORT=4000 npm start` works without configuration.
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

const ZStaffCredentials = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
// A household signs in inside its commune (its slug): codes are unique per commune only.
const ZHouseholdCredentials = z.object({
  commune: z.string().trim().min(1).max(80),
  code: z.string().trim().min(1).max(40),
  pin: z.string().trim().min(1).max(20),
});

/** next-auth passes the thrown message to the sign-in form as `error`: a code the form translates. */
function toUser(result: SignInResult) {
  if (result.ok) return { id: result.actor.id, actor: result.actor };
  if (result.reason === "INVALID") throw new Error(`INVALID:${result.remainingAttempts}`);
  if (result.reason === "LOCKED") throw new Error(`LOCKED:${result.retryAfterMinutes}`);
  throw new Error("INACTIVE");
}

type Headers = Record<string, string | string[] | undefined> | undefined;

export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "staff",
      name: "Staff",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = ZStaffCredentials.safeParse(raw);
        if (!parsed.success) throw new Error("REQUIRED");
        const db = await getDb();
        return toUser(
          await signInStaff(db, { ...parsed.data, clientAddress: clientAddressFrom(req?.headers as Headers) }),
        );
      },
    }),
    CredentialsProvider({
      id: "household",
      name: "Household",
      credentials: { commune: { type: "text" }, code: { type: "text" }, pin: { type: "password" } },
      async authorize(raw, req) {
        const parsed = ZHouseholdCredentials.safeParse(raw);
        if (!parsed.success) throw new Error("REQUIRED");
        const db = await getDb();
        const commune = await getCommuneBySlug(db, parsed.data.commune);
        if (!commune) throw new Error("INVALID:0");
        return toUser(
          await signInHousehold(db, {
            communeId: commune.id,
            code: parsed.data.code,
            pin: parsed.data.pin,
            clientAddress: clientAddressFrom(req?.headers as Headers),
          }),
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.actor = (user as unknown as { actor: SessionActor }).actor;
      return token;
    },
    session({ session, token }) {
      const actor = ZSessionActor.safeParse(token.actor);
      return { ...session, actor: actor.success ? actor.data : null };
    },
  },
};
