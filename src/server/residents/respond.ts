// Turning a resident form post into its answer: read the form, run the post, answer 303 See Other.
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import type { PrismaClient } from "@/generated/prisma/client";
import { sessionCookieName } from "../auth/session-cookie";
import { originAllowed } from "../security/origin";
import { getDb } from "../db";
import type { PostInput, PostOutcome } from "./posts";

/**
 * The largest resident form: fifty questions' answers with their comments, each at most 4,000
 * characters, fit in well under 1 MB.
 */
export const RESIDENT_FORM_LIMIT_BYTES = 1024 * 1024;

function refusal(request: NextRequest, status: 400 | 403 | 413, key: "badBody" | "foreignOrigin" | "bodyTooLarge") {
  const t = getTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
  return new NextResponse(t(`errors.${key}`, { max: 1 }), {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** The body, read up to `limit` bytes (null when longer: chunked bodies say nothing of their length). */
async function bodyWithin(request: NextRequest, limit: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      await reader!.cancel();
      return null;
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Runs `post` on the request's form. The proxy does not see the resident pages' posts (src/proxy.ts),
 * so this checks their origin as the proxy would (the same rule, originAllowed) and caps the body; a foreign post, a body over the limit or one that is not a form
 * is refused in the reader's language and changes nothing. The answer is never cached (it may
 * carry a session cookie).
 */
export async function respondToPost(
  request: NextRequest,
  post: (db: PrismaClient, input: PostInput) => Promise<PostOutcome> | PostOutcome,
): Promise<Response> {
  if (!originAllowed(request)) return refusal(request, 403, "foreignOrigin");
  const body = await bodyWithin(request, RESIDENT_FORM_LIMIT_BYTES);
  if (!body) return refusal(request, 413, "bodyTooLarge");
  let form: FormData;
  try {
    const type = request.headers.get("content-type") ?? "";
    form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    return refusal(request, 400, "badBody");
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
