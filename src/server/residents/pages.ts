// What the resident pages (src/pages/[commune]/resident/**) read before they render: the commune
// their address names, the household signed in to it, and its view of a consultation. Each page's
// getServerSideProps calls one of these; every legal check lives in the functions they call
// (getResidentConsultation, validateAnswers), exactly as for the tRPC procedures.
import type { GetServerSidePropsContext, GetServerSidePropsResult } from "next";
import { validateAnswers, type AnswerInput, type QuestionSpec } from "@/domain/answers";
import { resolveReturnPath, residentHome, signInHref } from "@/domain/return-path";
import type { PrismaClient } from "@/generated/prisma/client";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import type { HouseholdActor } from "../auth/actor";
import { actorFromToken, sessionCookieName } from "../auth/session-cookie";
import { getCommuneBySlug, type PublicCommune } from "../communes/data";
import { hostServesCommune, parseCommuneHosts } from "../communes/hosts";
import { AppError } from "../errors";
import { getResidentConsultationForSession } from "../responses/resident-data";
import { addressId } from "../security/input";
import { householdIn } from "./household";
import { getResidentHome } from "./data";

/** A value as it reaches a page's props: JSON, so a date is its ISO string. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/** getServerSideProps' props must be JSON (Next.js checks it in development): dates become strings. */
export const toJson = <T>(value: T): Json<T> => JSON.parse(JSON.stringify(value)) as Json<T>;

/** What every resident page shows around its content: the language, the commune and the sign-out button. */
export type Shell = { locale: Locale; slug: string; communeName: string; signedIn: boolean };

/** A page's props: its shell and its own, or "not found" (the page then renders that, with a 404). */
export type PageProps<P> = ({ found: true; locale: Locale; shell: Shell } & P) | { found: false; locale: Locale };

type Ctx = GetServerSidePropsContext<{ commune?: string; id?: string }>;
type Result<P> = GetServerSidePropsResult<PageProps<P>>;

const to = <P>(destination: string): Result<P> => ({ redirect: { destination, permanent: false } });

function notFound<P>(ctx: Ctx, locale: Locale): Result<P> {
  ctx.res.statusCode = 404;
  return { props: { found: false, locale } };
}

/** "Xã Chợ Chùa" in Vietnamese, "Chợ Chùa Commune" in English (as communeDisplayName). */
function displayName(commune: PublicCommune, locale: Locale) {
  const kind = getTranslator(locale)(`communeKind.${commune.kind}`);
  return locale === "vi" ? `${kind} ${commune.name}` : `${commune.name} ${kind}`;
}

const HOSTS = parseCommuneHosts(process.env.COMMUNE_HOSTS);

type Request = {
  db: PrismaClient;
  locale: Locale;
  commune: PublicCommune;
  actor: HouseholdActor | null;
  base: string;
};

/** The commune the address names, if this host serves it. */
function communeOfAddress(db: PrismaClient, ctx: Ctx): Promise<PublicCommune | null> | null {
  // A slug is letters, digits and "-": anything else names no commune and never reaches the database.
  const slug = addressId(ctx.params?.commune);
  return slug && hostServesCommune(HOSTS, ctx.req.headers.host, slug) ? getCommuneBySlug(db, slug) : null;
}

/** The household session of this commune the request carries (decrypted, not yet checked), or null. */
async function householdSession(ctx: Ctx, communeId: string) {
  const token = ctx.req.cookies[sessionCookieName()];
  const session = token ? await actorFromToken(token) : null;
  return session?.type === "household" && "communeId" in session && session.communeId === communeId ? session : null;
}

/** The commune of the address (null: not found) and the household signed in to it. */
async function residentRequest(db: PrismaClient, ctx: Ctx): Promise<{ locale: Locale; request: Request | null }> {
  const locale = toLocale(ctx.req.cookies[LOCALE_COOKIE]);
  const commune = await communeOfAddress(db, ctx);
  if (!commune) return { locale, request: null };
  const session = await householdSession(ctx, commune.id);
  const actor = await householdIn(db, session, commune.id);
  return { locale, request: { db, locale, commune, actor, base: residentHome(commune.slug) } };
}

const shellOf = (r: Request): Shell => ({
  locale: r.locale,
  slug: r.commune.slug,
  communeName: displayName(r.commune, r.locale),
  signedIn: r.actor !== null,
});

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export type SignInProps = { error: string | null; code: string | null; next: string | null };
type Home = Json<Awaited<ReturnType<typeof getResidentHome>>>;
export type HomeProps = { signIn: SignInProps; home: null } | { signIn: null; home: Home };

/** The resident home: the sign-in form, or the household's consultations. */
export async function homeProps(db: PrismaClient, ctx: Ctx): Promise<Result<HomeProps>> {
  const { locale, request: r } = await residentRequest(db, ctx);
  if (!r) return notFound(ctx, locale);
  const next = resolveReturnPath(r.commune.slug, ctx.query.next);
  const target = next === r.base ? null : next;
  if (!r.actor) {
    const signIn = {
      error: one(ctx.query.e)?.slice(0, 40) ?? null,
      code: one(ctx.query.code)?.slice(0, 40) ?? null,
      next: target,
    };
    return { props: { found: true, locale, shell: shellOf(r), signIn, home: null } };
  }
  // Already signed in: the page the link was for, without asking again.
  if (target) return to(target);
  const home = toJson(await getResidentHome(r.db, r.actor, new Date()));
  return { props: { found: true, locale, shell: shellOf(r), signIn: null, home } };
}

type View = Json<NonNullable<Awaited<ReturnType<typeof getResidentConsultationForSession>>>["view"]>;
export type ConsultationProps = { view: View; base: string; errors: Record<string, string> };
export type ReceiptProps = ConsultationProps & { household: { code: string; headName: string } };

/** The draft's problems, translated, keyed by field ("answers.<questionId>[.comment]"). */
function draftIssues(locale: Locale, questions: QuestionSpec[], draft: AnswerInput[] | null) {
  if (!draft) return {};
  const t = getTranslator(locale);
  const out: Record<string, string> = {};
  for (const issue of validateAnswers(questions, draft).issues)
    out[issue.field] ??= t(`answer.${issue.code}` as never, issue.params as never);
  return out;
}

/**
 * One consultation as the signed-in household sees it, for its form (`form`), its review step or
 * its receipt. Signed out, the household signs in and comes back here; a consultation it may not
 * see is "not found", as for anyone else.
 */
export async function consultationProps(
  db: PrismaClient,
  ctx: Ctx,
  step: "form" | "review" | "receipt",
): Promise<Result<ReceiptProps>> {
  const locale = toLocale(ctx.req.cookies[LOCALE_COOKIE]);
  const commune = await communeOfAddress(db, ctx);
  if (!commune) return notFound(ctx, locale);
  const base = residentHome(commune.slug);
  // Only the app's own ids reach the database: NUL or a malformed escape would fail there (a 500).
  const id = addressId(ctx.params?.id);
  const signIn = to<ReceiptProps>(id ? signInHref(commune.slug, `${base}/c/${id}`) : base);
  const session = await householdSession(ctx, commune.id);
  if (!session) return signIn;
  if (!id) return notFound(ctx, locale);
  // The household is checked (loadActor's rule) in the same statement that reads its view.
  let found;
  try {
    found = await getResidentConsultationForSession(db, session, id, new Date());
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST") return notFound(ctx, locale);
    if (e.code === "FORBIDDEN") return to(base);
    throw e;
  }
  // The session no longer holds (signed out elsewhere, a PIN reissued, the household deactivated).
  if (!found) return signIn;
  const { actor, view } = found;
  const r: Request = { db, locale, commune, actor, base };
  const page = `${base}/c/${id}`;
  const questions = view.consultation.questions;
  let errors: Record<string, string> = {};
  if (step === "form" && ctx.query.check) errors = draftIssues(locale, questions, view.draft);
  if (step === "review") {
    if (view.state !== "open" || !view.draft) return to(page);
    if (Object.keys(draftIssues(locale, questions, view.draft)).length) return to(`${page}?check=1`);
  }
  if (step === "receipt" && (!view.response || view.response.channel !== "ONLINE")) return to(page);
  const household = { code: actor.code, headName: actor.headName };
  return {
    props: { found: true, locale, shell: shellOf(r), view: toJson(view), base: r.base, errors, household },
  };
}
