"use server";
// The resident flow's form posts. Each works without JavaScript: it does its work through the
// same server functions as the tRPC procedures, then redirects to the next page. Each is bound to
// the commune its page's address names (its slug): a household signs in inside its commune, and a
// session of another commune counts for nothing here.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AnswerInput } from "@/domain/answers";
import { RETURN_PARAM, resolveReturnPath } from "@/domain/return-path";
import type { HouseholdActor } from "@/server/auth/actor";
import { clientAddressFrom } from "@/server/auth/client-address";
import { getSessionActor } from "@/server/auth/session";
import { sessionCookie, sessionCookieName } from "@/server/auth/session-cookie";
import { signInHousehold } from "@/server/auth/sign-in";
import { getCommuneBySlug } from "@/server/communes/data";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { submitOnlineResponse } from "@/server/responses/online";
import { getDraft, saveDraft } from "@/server/responses/resident-data";
import { addressId, stripNul } from "@/server/security/input";
import { householdIn } from "./household";

// NUL carries no meaning in any field and PostgreSQL refuses it (a 500): dropped from every field.
const field = (form: FormData, name: string) => stripNul(String(form.get(name) ?? "")).slice(0, 4_000);

async function communeOf(db: Awaited<ReturnType<typeof getDb>>, slug: string) {
  const wanted = addressId(String(slug));
  const commune = wanted ? await getCommuneBySlug(db, wanted) : null;
  if (!commune) redirect("/");
  return commune;
}

export async function signInHouseholdAction(slug: string, form: FormData) {
  const db = await getDb();
  const commune = await communeOf(db, slug);
  const home = `/${commune.slug}/resident`;
  const code = field(form, "code").trim();
  const pin = field(form, "pin").trim();
  // The page the household set out for, kept through a failed try; only this commune's resident pages.
  const next = resolveReturnPath(commune.slug, field(form, RETURN_PARAM));
  const keep = next === home ? "" : `&${RETURN_PARAM}=${encodeURIComponent(next)}`;
  if (!code || !pin) redirect(`${home}?e=REQUIRED${keep}`);
  const h = await headers();
  const result = await signInHousehold(db, {
    communeId: commune.id,
    code,
    pin,
    clientAddress: clientAddressFrom(Object.fromEntries(h.entries())),
  });
  if (!result.ok) {
    const detail =
      result.reason === "INVALID"
        ? `-${result.remainingAttempts}`
        : result.reason === "LOCKED"
          ? `-${result.retryAfterMinutes}`
          : "";
    redirect(`${home}?e=${result.reason}${detail}&code=${encodeURIComponent(code.slice(0, 40))}${keep}`);
  }
  const cookie = await sessionCookie(result.actor);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect(next);
}

export async function signOutHouseholdAction(slug: string) {
  (await cookies()).delete(sessionCookieName());
  redirect(`/${encodeURIComponent(String(slug).slice(0, 80))}/resident`);
}

type Signed = { actor: HouseholdActor; db: Awaited<ReturnType<typeof getDb>>; base: string };

async function requireHousehold(slug: string): Promise<Signed> {
  const [session, db] = await Promise.all([getSessionActor(), getDb()]);
  const commune = await communeOf(db, slug);
  const base = `/${commune.slug}/resident`;
  const actor = await householdIn(db, session, commune.id);
  if (!actor) redirect(base);
  return { actor, db, base };
}

/** q.<questionId> = chosen option id(s); t.<questionId> = free text; c.<questionId> = comment. */
function answersFrom(form: FormData): AnswerInput[] {
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

export async function reviewAnswersAction(slug: string, rawId: string, form: FormData) {
  const { actor, db, base } = await requireHousehold(slug);
  const consultationId = addressId(rawId); // bound from the page, but a hand-made post can send anything
  if (!consultationId) redirect(base);
  try {
    await saveDraft(db, actor, consultationId, answersFrom(form));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") redirect(base);
    throw e;
  }
  redirect(`${base}/c/${consultationId}/review`);
}

export async function submitAnswersAction(slug: string, rawId: string) {
  const { actor, db, base } = await requireHousehold(slug);
  const consultationId = addressId(rawId);
  if (!consultationId) redirect(base);
  const answers = await getDraft(db, actor, consultationId);
  if (!answers) redirect(`${base}/c/${consultationId}`);
  try {
    await submitOnlineResponse(db, actor, { consultationId, answers }, new Date());
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // The consultation page explains closed, not yet open, answered on paper, or bad answers.
    redirect(`${base}/c/${consultationId}?check=1`);
  }
  redirect(`${base}/c/${consultationId}/receipt`);
}
