import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { authOptions } from "@/server/auth/options";
import { originAllowed } from "@/server/security/origin";

export const dynamic = "force-dynamic";

const handler = NextAuth(authOptions);

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * Sign-in and sign-out posts: from the app's own pages only (src/proxy.ts checks first; this is the
 * second line, OWASP CSRF cheat sheet, "Verifying Origin With Standard Headers"), and a JSON body
 * that does not parse is a 400 (next-auth would throw it as a 500). next-auth's own pages post
 * form-encoded bodies, which always parse.
 */
async function post(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const t = getTranslator(toLocale((await cookies()).get(LOCALE_COOKIE)?.value));
  if (!originAllowed(request)) return text(403, t("errors.foreignOrigin"));
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    const readable = await request
      .clone()
      .json()
      .then(
        () => true,
        () => false,
      );
    if (!readable) return text(400, t("errors.badBody"));
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
