// Turning a resident form post into its answer: read the form, run the post, answer 303 See Other.
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import type { PrismaClient } from "@/generated/prisma/client";
import { sessionCookieName } from "../auth/session-cookie";
import { getDb } from "../db";
import type { PostInput, PostOutcome } from "./posts";

/**
 * Runs `post` on the request's form. A body that is not a form is a 400 in the reader's language,
 * and changes nothing; the answer is never cached (it may carry a session cookie).
 */
export async function respondToPost(
  request: NextRequest,
  post: (db: PrismaClient, input: PostInput) => Promise<PostOutcome> | PostOutcome,
): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    const t = getTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
    return new NextResponse(t("errors.badBody"), {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const outcome = await post(await getDb(), {
    form,
    headers: request.headers,
    sessionToken: request.cookies.get(sessionCookieName())?.value,
  });
  // A relative Location (RFC 9110 §10.2.2): on a commune's own host the browser stays on it.
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: outcome.location, "cache-control": "no-store" },
  });
  if (outcome.session === "clear") response.cookies.delete(sessionCookieName());
  else if (outcome.session) response.cookies.set(outcome.session.name, outcome.session.value, outcome.session.options);
  return response;
}
