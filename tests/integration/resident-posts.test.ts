// The resident flow as a browser drives it without any JavaScript: the page loaders
// (getServerSideProps) and the plain form posts (route handlers' work), on a real database. One
// voice per household holds however often the form is posted (docs/LAW.md R1: LDCCS Art 18 k1–k2,
// Art 19 k3); every post is bound to the commune its address names.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { answersPost, signInPost, signOutPost, submitPost, type PostInput } from "@/server/residents/posts";
import { consultationProps, homeProps } from "@/server/residents/pages";
import { actorFromToken, sessionCookieName } from "@/server/auth/session-cookie";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  approvalQuestion,
  createCommune,
  createHousehold,
  createNeighbourhood,
  householdSession,
} from "../helpers/factories";
import { pageContext } from "../helpers/resident-pages";
import { sessionCookie } from "@/server/auth/session-cookie";

let t: TestDb;
let commune: { id: string; slug: string };
let other: { id: string; slug: string };
let household: Awaited<ReturnType<typeof createHousehold>>;
let consultation: { id: string; questionId: string; agree: string; disagree: string };
const day = 86_400_000;

beforeAll(async () => {
  t = await createTestDb();
  commune = await createCommune(t.db);
  other = await createCommune(t.db);
  const hood = await createNeighbourhood(t.db, commune.id, "Thôn Đông");
  household = await createHousehold(t.db, hood, { code: "RP-01", pin: "482915" });
  const c = await t.db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Lấy ý kiến về đường thôn Đông",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT"],
      ruleNumerator: 1,
      ruleDenominator: 2,
      ruleInclusive: false,
      publishedAt: new Date(Date.now() - 3 * day),
      opensAt: new Date(Date.now() - 2 * day),
      openedAt: new Date(Date.now() - 2 * day),
      closesAt: new Date(Date.now() + 10 * day),
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
      questions: { create: [approvalQuestion(0, "Đồng ý?", { required: true, allowComment: true })] },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  await t.db.rollEntry.create({
    data: {
      consultationId: c.id,
      householdId: household.id,
      neighbourhoodId: hood.id,
      householdCode: household.code,
      headName: household.headName,
    },
  });
  const q = c.questions[0];
  consultation = { id: c.id, questionId: q.id, agree: q.options[0].id, disagree: q.options[1].id };
});
afterAll(() => t.close());

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
}

async function signedIn(): Promise<string> {
  return (await sessionCookie(householdSession(household))).value;
}

const post = (fields: Record<string, string | string[]>, sessionToken?: string): PostInput => ({
  form: form(fields),
  headers: new Headers(),
  sessionToken,
});

const responses = () => t.db.response.count({ where: { consultationId: consultation.id } });

describe("signing in with the household's code and PIN", () => {
  test.each([
    ["no PIN", { code: "RP-01", pin: "" }, "?e=REQUIRED"],
    ["a wrong PIN, with the attempts left", { code: "RP-01", pin: "000000" }, "?e=INVALID-"],
    ["an unknown code", { code: "XX-99", pin: "482915" }, "?e=INVALID-"],
  ])("%s: back to the form with the reason, no session", async (_label, fields, reason) => {
    const out = await signInPost(t.db, commune.slug, post(fields));
    expect(out.location.startsWith(`/${commune.slug}/resident${reason}`)).toBe(true);
    expect(out.session).toBeUndefined();
  });

  test("the right PIN: a session cookie for this household, and the page it set out for", async () => {
    const target = `/${commune.slug}/resident/c/${consultation.id}`;
    const out = await signInPost(t.db, commune.slug, post({ code: "RP-01", pin: "482915", next: target }));
    expect(out.location).toBe(target);
    expect(out.session && out.session !== "clear" && out.session.name).toBe(sessionCookieName());
    const token = out.session && out.session !== "clear" ? out.session.value : "";
    expect(await actorFromToken(token)).toMatchObject({ type: "household", id: household.id });
  });

  test("in another commune the same code and PIN open nothing", async () => {
    const out = await signInPost(t.db, other.slug, post({ code: "RP-01", pin: "482915" }));
    expect(out.location).toContain("?e=INVALID");
    expect(out.session).toBeUndefined();
  });

  test("an unknown commune sends the browser to the install's home", async () => {
    expect((await signInPost(t.db, "khong-co", post({ code: "RP-01", pin: "482915" }))).location).toBe("/");
  });

  test("signing out drops the cookie", () => {
    expect(signOutPost(commune.slug)).toEqual({ location: `/${commune.slug}/resident`, session: "clear" });
  });
});

describe("answering: form, review, send, receipt (one voice per household, LDCCS Art 18 k1–k2)", () => {
  const base = () => `/${commune.slug}/resident/c/${consultation.id}`;

  test("signed out, every post and page leads to the sign-in", async () => {
    const answers = { [`q.${consultation.questionId}`]: consultation.agree };
    expect((await answersPost(t.db, commune.slug, consultation.id, post(answers))).location).toBe(
      `/${commune.slug}/resident`,
    );
    expect((await submitPost(t.db, commune.slug, consultation.id, post({}))).location).toBe(
      `/${commune.slug}/resident`,
    );
    const { ctx } = await pageContext({ commune: commune.slug, id: consultation.id });
    expect(await consultationProps(t.db, ctx, "form")).toEqual({
      redirect: { destination: `/${commune.slug}/resident?next=${encodeURIComponent(base())}`, permanent: false },
    });
    expect(await responses()).toBe(0);
  });

  test("a session of this household posted to another commune's address counts for nothing", async () => {
    const token = await signedIn();
    const answers = { [`q.${consultation.questionId}`]: consultation.agree };
    expect((await answersPost(t.db, other.slug, consultation.id, post(answers, token))).location).toBe(
      `/${other.slug}/resident`,
    );
    expect(await t.db.responseDraft.count()).toBe(0);
  });

  test("no answer to a required question: the review sends the household back to the form, which names the question", async () => {
    const token = await signedIn();
    const out = await answersPost(
      t.db,
      commune.slug,
      consultation.id,
      post({ [`c.${consultation.questionId}`]: "Ý kiến" }, token),
    );
    expect(out.location).toBe(`${base()}/review`);
    const review = await pageContext({
      commune: commune.slug,
      id: consultation.id,
      session: householdSession(household),
    });
    expect(await consultationProps(t.db, review.ctx, "review")).toEqual({
      redirect: { destination: `${base()}?check=1`, permanent: false },
    });
    const page = await pageContext({
      commune: commune.slug,
      id: consultation.id,
      query: { check: "1" },
      session: householdSession(household),
    });
    const result = await consultationProps(t.db, page.ctx, "form");
    const props = "props" in result ? await result.props : null;
    expect(props?.found && props.errors[`answers.${consultation.questionId}`]).toBeTruthy();
    // The comment was kept: the form shows what the household wrote.
    expect(props?.found && props.view.draft?.[0].comment).toBe("Ý kiến");
  });

  test("sent twice (a double tap, a reload): one response, and the receipt shows it", async () => {
    const token = await signedIn();
    const answers = { [`q.${consultation.questionId}`]: consultation.agree };
    await answersPost(t.db, commune.slug, consultation.id, post(answers, token));
    const first = await submitPost(t.db, commune.slug, consultation.id, post({}, token));
    expect(first.location).toBe(`${base()}/receipt`);
    // The draft became the response: a second tap finds none, and the page says it was given.
    const again = await submitPost(t.db, commune.slug, consultation.id, post({}, token));
    expect(again.location).toBe(base());
    expect(await responses()).toBe(1);
    const { ctx } = await pageContext({
      commune: commune.slug,
      id: consultation.id,
      session: householdSession(household),
    });
    const result = await consultationProps(t.db, ctx, "receipt");
    const props = "props" in result ? await result.props : null;
    expect(props?.found && props.view.response?.channel).toBe("ONLINE");
    expect(props?.found && props.household.code).toBe("RP-01");
    // Props are JSON: a date arrives as its ISO string.
    expect(props?.found && typeof props.view.response?.givenAt).toBe("string");
  });

  test("a change is a revision of the same response, never a second one", async () => {
    const token = await signedIn();
    await answersPost(
      t.db,
      commune.slug,
      consultation.id,
      post({ [`q.${consultation.questionId}`]: consultation.disagree }, token),
    );
    await submitPost(t.db, commune.slug, consultation.id, post({}, token));
    expect(await responses()).toBe(1);
    const [answer] = await t.db.answer.findMany({
      where: { response: { consultationId: consultation.id } },
      include: { choices: true },
    });
    expect(answer.choices.map((c) => c.optionId)).toEqual([consultation.disagree]);
  });

  test("the home lists the consultation as answered; a link meant for another page is followed at once", async () => {
    const { ctx } = await pageContext({ commune: commune.slug, session: householdSession(household) });
    const result = await homeProps(t.db, ctx);
    const props = "props" in result ? await result.props : null;
    const listed = props?.found ? props.home?.consultations.find((c) => c.id === consultation.id) : null;
    expect(listed?.response?.channel).toBe("ONLINE");
    const next = await pageContext({
      commune: commune.slug,
      query: { next: base() },
      session: householdSession(household),
    });
    expect(await homeProps(t.db, next.ctx)).toEqual({ redirect: { destination: base(), permanent: false } });
  });

  test("a receipt for a household that has not answered online sends it to the consultation", async () => {
    const hood = await t.db.neighbourhood.findFirstOrThrow({ where: { communeId: commune.id } });
    const neighbour = await createHousehold(t.db, hood, { code: "RP-02" });
    const { ctx } = await pageContext({
      commune: commune.slug,
      id: consultation.id,
      session: householdSession(neighbour),
    });
    expect(await consultationProps(t.db, ctx, "receipt")).toEqual({
      redirect: { destination: base(), permanent: false },
    });
  });

  // The view is read in the same statement that checks the household (loadActor's rule): a session
  // that no longer holds reads nothing and is asked to sign in again.
  test.each([
    ["the household's PIN was reissued (its session version moved on)", { sessionVersion: { increment: 1 } }],
    ["the household was deactivated", { active: false }],
  ])("%s: the page asks to sign in again and shows nothing", async (_label, change) => {
    const hood = await t.db.neighbourhood.findFirstOrThrow({ where: { communeId: commune.id } });
    const gone = await createHousehold(t.db, hood, { code: `RP-${Math.random().toString(36).slice(2, 8)}` });
    const session = householdSession(gone);
    await t.db.household.update({ where: { id: gone.id }, data: change });
    const { ctx } = await pageContext({ commune: commune.slug, id: consultation.id, session });
    expect(await consultationProps(t.db, ctx, "form")).toEqual({
      redirect: { destination: `/${commune.slug}/resident?next=${encodeURIComponent(base())}`, permanent: false },
    });
  });

  test("a household session of another commune is not signed in here", async () => {
    const hood = await createNeighbourhood(t.db, other.id);
    const outsider = await createHousehold(t.db, hood, { code: "RP-X" });
    const { ctx } = await pageContext({
      commune: commune.slug,
      id: consultation.id,
      session: householdSession(outsider),
    });
    expect(await consultationProps(t.db, ctx, "form")).toMatchObject({ redirect: { permanent: false } });
  });
});
