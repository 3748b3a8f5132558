// The resident flow's form posts: sign in, save the answers, submit them, sign out. Each is a plain
// HTML form (no JavaScript on the resident pages at all), posted to a route handler that does its
// work through the same server functions as the tRPC procedures and answers 303 See Other with the
// next page (RFC 9110 §15.4.4: the browser follows with a GET, so a reload never posts twice).
// Each is bound to the commune its address names: a household signs in inside its commune, and a
// session of another commune counts for nothing here.
import type { PrismaClient } from "@/generated/prisma/client";
import type { AnswerInput } from "@/domain/answers";
import { RETURN_PARAM, resolveReturnPath } from "@/domain/return-path";
import type { HouseholdActor } from "../auth/actor";
import { clientAddressFrom } from "../auth/client-address";
import { sessionCookie } from "../auth/session-cookie";
import { signInHousehold } from "../auth/sign-in";
import { getCommuneBySlug } from "../communes/data";
import { AppError } from "../errors";
import { submitOnlineResponse } from "../responses/online";
import { getDraft, saveDraft } from "../responses/resident-data";
import { addressId, stripNul } from "../security/input";
import { householdOfCookie } from "./household";

/** Where the browser goes next, and the session cookie to set (signed in) or drop (signed out). */
export type PostOutcome = {
  location: string;
  session?: Awaited<ReturnType<typeof sessionCookie>> | "clear";
};

/** What a post brings: its form, its headers (for the client address) and its session cookie's value. */
export type PostInput = { form: FormData; headers: Headers; sessionToken: string | undefined };

// NUL carries no meaning in any field and PostgreSQL refuses it (a 500): dropped from every field.
const field = (form: FormData, name: string) => stripNul(String(form.get(name) ?? "")).slice(0, 4_000);

const go = (location: string): PostOutcome => ({ location });

async function communeOf(db: PrismaClient, slug: string) {
  const wanted = addressId(slug);
  return wanted ? getCommuneBySlug(db, wanted) : null;
}

export async function signInPost(db: PrismaClient, slug: string, { form, headers }: PostInput): Promise<PostOutcome> {
  const commune = await communeOf(db, slug);
  if (!commune) return go("/");
  const home = `/${commune.slug}/resident`;
  const code = field(form, "code").trim();
  const pin = field(form, "pin").trim();
  // The page the household set out for, kept through a failed try; only this commune's resident pages.
  const next = resolveReturnPath(commune.slug, field(form, RETURN_PARAM));
  const keep = next === home ? "" : `&${RETURN_PARAM}=${encodeURIComponent(next)}`;
  if (!code || !pin) return go(`${home}?e=REQUIRED${keep}`);
  const result = await signInHousehold(db, {
    communeId: commune.id,
    code,
    pin,
    clientAddress: clientAddressFrom(Object.fromEntries(headers.entries())),
  });
  if (!result.ok) {
    const detail =
      result.reason === "INVALID"
        ? `-${result.remainingAttempts}`
        : result.reason === "LOCKED"
          ? `-${result.retryAfterMinutes}`
          : "";
    return go(`${home}?e=${result.reason}${detail}&code=${encodeURIComponent(code.slice(0, 40))}${keep}`);
  }
  return { location: next, session: await sessionCookie(result.actor) };
}

export function signOutPost(slug: string): PostOutcome {
  return { location: `/${encodeURIComponent(slug.slice(0, 80))}/resident`, session: "clear" };
}

/**
 * The household signed in to this commune and the consultation the address names, with the pages'
 * base address; or where to send the browser (the install's home, or the sign-in).
 */
async function signedInAt(
  db: PrismaClient,
  slug: string,
  rawId: string,
  sessionToken: string | undefined,
): Promise<
  { ok: true; actor: HouseholdActor; base: string; consultationId: string } | { ok: false; away: PostOutcome }
> {
  const commune = await communeOf(db, slug);
  if (!commune) return { ok: false, away: go("/") };
  const base = `/${commune.slug}/resident`;
  const actor = await householdOfCookie(db, sessionToken, commune.id);
  // The id comes from the address, which a hand-made post can make anything.
  const consultationId = addressId(rawId);
  if (!actor || !consultationId) return { ok: false, away: go(base) };
  return { ok: true, actor, base, consultationId };
}

/** q.<questionId> = chosen option id(s); t.<questionId> = free text; c.<questionId> = comment. */
export function answersFrom(form: FormData): AnswerInput[] {
  const ids = new Set<string>();
  for (const key of form.keys()) {
    const m = /^[qtc]\.([A-Za-z0-9_-]{1,64})$/.exec(key); // the app's own ids only
    if (m) ids.add(m[1]);
  }
  return [...ids].map((questionId) => ({
    questionId,
    optionIds: form
      .getAll(`q.${questionId}`)
      .map((v) => stripNul(String(v)))
      .slice(0, 50),
    text: field(form, `t.${questionId}`),
    comment: field(form, `c.${questionId}`),
  }));
}

/** The answers form: kept as the household's draft, then the review page. */
export async function answersPost(
  db: PrismaClient,
  slug: string,
  rawId: string,
  input: PostInput,
): Promise<PostOutcome> {
  const who = await signedInAt(db, slug, rawId, input.sessionToken);
  if (!who.ok) return who.away;
  const { consultationId } = who;
  try {
    await saveDraft(db, who.actor, consultationId, answersFrom(input.form));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return go(who.base);
    throw e;
  }
  return go(`${who.base}/c/${consultationId}/review`);
}

/** The review page's "send": the draft becomes the household's one response (or its revision). */
export async function submitPost(
  db: PrismaClient,
  slug: string,
  rawId: string,
  input: PostInput,
): Promise<PostOutcome> {
  const who = await signedInAt(db, slug, rawId, input.sessionToken);
  if (!who.ok) return who.away;
  const { consultationId } = who;
  const answers = await getDraft(db, who.actor, consultationId);
  if (!answers) return go(`${who.base}/c/${consultationId}`);
  try {
    await submitOnlineResponse(db, who.actor, { consultationId, answers }, new Date());
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // The consultation page explains closed, not yet open, answered on paper, or bad answers.
    return go(`${who.base}/c/${consultationId}?check=1`);
  }
  return go(`${who.base}/c/${consultationId}/receipt`);
}
