// Calling a resident page's getServerSideProps (src/server/residents/pages.ts) as Next.js would:
// the address's parameters and query, the request's cookies, and a response whose status it sets.
import type { GetServerSidePropsContext } from "next";
import type { SessionActor } from "@/server/auth/session-actor";
import { sessionCookie } from "@/server/auth/session-cookie";

export type PageRequest = {
  commune: string;
  id?: string;
  query?: Record<string, string>;
  session?: SessionActor | null;
  locale?: string;
  host?: string;
};

export async function pageContext(r: PageRequest) {
  const cookies: Record<string, string> = {};
  if (r.session) {
    const c = await sessionCookie(r.session);
    cookies[c.name] = c.value;
  }
  if (r.locale) cookies.NEXT_LOCALE = r.locale;
  const res = { statusCode: 200 };
  const ctx = {
    params: { commune: r.commune, ...(r.id === undefined ? {} : { id: r.id }) },
    query: r.query ?? {},
    req: { cookies, headers: { host: r.host ?? "localhost:3000" } },
    res,
  } as unknown as GetServerSidePropsContext<{ commune: string; id: string }>;
  return { ctx, res };
}
