"use server";
// The resident flow's form posts. Each works without JavaScript: it does its work through the
// same server functions as the tRPC procedures, then redirects to the next page.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AnswerInput } from "@/domain/answers";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { clientAddressFrom } from "@/server/auth/client-address";
import { getSessionActor } from "@/server/auth/session";
import { sessionCookie, sessionCookieName } from "@/server/auth/session-cookie";
import { signInHousehold } from "@/server/auth/sign-in";
import { getDefaultCommune } from "@/server/communes/data";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { submitOnlineResponse } from "@/server/responses/online";
import { saveDraft } from "@/server/responses/resident-data";

const field = (form: FormData, name: string) => String(form.get(name) ?? "").slice(0, 4_000);

export async function signInHouseholdAction(form: FormData) {
  const code = field(form, "code").trim();
  const pin = field(form, "pin").trim();
  if (!code || !pin) redirect("/resident?e=REQUIRED");
  const db = await getDb();
  const commune = await getDefaultCommune(db);
  if (!commune) redirect("/resident?e=FAILED");
  const h = await headers();
  const result = await signInHousehold(db, {
    communeId: commune.id,
    code,
    pin,
    clientAddress: clientAddressFrom(Object.fromEntries(h.entries())),
  });
  if (!result.ok) {
    const detail = result.reason === "INVALID" ? `-${result.remainingAttempts}` : result.reason === "LOCKED" ? `-${result.retryAfterMinutes}` : "";
    redirect(`/resident?e=${result.reason}${detail}&code=${encodeURIComponent(code.slice(0, 40))}`);
  }
  const cookie = await sessionCookie(result.actor);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect("/resident");
}

export async function signOutHouseholdAction() {
  (await cookies()).delete(sessionCookieName());
  redirect("/resident");
}

async function requireHousehold(): Promise<{ actor: HouseholdActor; db: Awaited<ReturnType<typeof getDb>> }> {
  const [session, db] = await Promise.all([getSessionActor(), getDb()]);
  const actor = session?.type === "household" ? await loadActor(db, session) : null;
  if (!actor || actor.type !== "household") redirect("/resident");
  return { actor, db };
}

/** q.<questionId> = chosen option id(s); t.<questionId> = free text; c.<questionId> = comment. */
function answersFrom(form: FormData): AnswerInput[] {
  const ids = new Set<string>();
  for (const key of form.keys()) {
    const m = /^[qtc]\.(.{1,64})$/.exec(key);
    if (m) ids.add(m[1]);
  }
  return [...ids].map((questionId) => ({
    questionId,
    optionIds: form.getAll(`q.${questionId}`).map(String).slice(0, 50),
    text: field(form, `t.${questionId}`),
    comment: field(form, `c.${questionId}`),
  }));
}

export async function reviewAnswersAction(consultationId: string, form: FormData) {
  const { actor, db } = await requireHousehold();
  try {
    await saveDraft(db, actor, consultationId, answersFrom(form));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") redirect("/resident");
    throw e;
  }
  redirect(`/resident/c/${consultationId}/review`);
}

export async function submitAnswersAction(consultationId: string) {
  const { actor, db } = await requireHousehold();
  const draft = await db.responseDraft.findUnique({ where: { consultationId_householdId: { consultationId, householdId: actor.id } } });
  if (!draft) redirect(`/resident/c/${consultationId}`);
  try {
    await submitOnlineResponse(db, actor, { consultationId, answers: draft.answers as AnswerInput[] }, new Date());
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // The consultation page explains closed, not yet open, answered on paper, or bad answers.
    redirect(`/resident/c/${consultationId}?check=1`);
  }
  redirect(`/resident/c/${consultationId}/receipt`);
}
