// Every page of every role, at a desktop (1366 × 768) and a cheap phone (360 × 740), with no serious
// or critical accessibility finding (axe-core, WCAG 2.1 A and AA). Each role opens the pages its
// permissions allow (can(), src/domain/roles.ts) with real ids, and one page it may not open: the
// refusal is a page too. Public pages are visited signed out, the household's pages as household
// D10. Failures are collected, not thrown, so one run lists every finding; the last test asserts the
// list is empty. /blank is left out: it is the empty floor `npm run page-weight` measures against,
// not a page anyone reads. /setup exists only until the install's first commune: here it is a 404.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { can, type Permission, type StaffRoleName } from "../../src/domain/roles";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { E2E_SWEEP } from "./seed-sweep";
import { E2E_DESK, E2E_PASSWORD, E2E_SLUG } from "./server";

const baseUrl = inject("baseUrl");
const ids = inject("sweep");
const VIEWPORTS = [
  { name: "1366×768", width: 1366, height: 768 },
  { name: "360×740", width: 360, height: 740 },
];
const FORBIDDEN = "Không có quyền truy cập";
const NOT_FOUND = "Không tìm thấy trang này.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * "role · url · viewport · rule id · target", one per finding. The roles are swept at the same time
 * (the machine mostly waits on the server), each into its own list, printed in the order declared.
 */
const findings: string[][] = [];
/** Pages checked, so a sweep that opened nothing cannot pass for one that found nothing. */
let visited = 0;
function findingsOf(): string[] {
  const list: string[] = [];
  findings.push(list);
  return list;
}

type Expect = "page" | "forbidden" | "any";

/**
 * Opens `path`, lets the browser's own reads finish, and runs axe at both sizes. A page the role
 * may open must not be the refusal or a 404 (else the sweep would pass over the page it means).
 */
async function check(failures: string[], page: Page, who: string, path: string, expected: Expect = "page") {
  const url = `${baseUrl}${path}`;
  visited++;
  await page.setViewportSize(VIEWPORTS[0]);
  const res = await page.goto(url);
  await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => {});
  const h1 =
    (
      await page
        .locator("h1")
        .first()
        .textContent({ timeout: 2_000 })
        .catch(() => null)
    )?.trim() ?? "";
  const status = res?.status() ?? 0;
  if (status >= 500) failures.push(`${who} · ${path} · - · http-${status} · -`);
  if (expected === "page" && (h1 === FORBIDDEN || h1 === NOT_FOUND))
    failures.push(`${who} · ${path} · - · not-opened ("${h1}") · -`);
  if (expected === "forbidden" && h1 !== FORBIDDEN) failures.push(`${who} · ${path} · - · not-refused ("${h1}") · -`);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const v of await seriousViolations(page)) {
      // "rule-id (impact): help — target, target"
      const [head, targets = "-"] = v.split(" — ");
      failures.push(`${who} · ${path} · ${viewport.name} · ${head} · ${targets}`);
    }
  }
}

async function signIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/\/console(\/province)?$/);
  return { context, page };
}

/** A province reader opens one commune read-only (the province page's form, as a person does). */
async function viewCommune(page: Page, communeId: string) {
  await page.goto(`${baseUrl}/console/province`);
  await page.locator(`form[action="/console/province/view/${communeId}"] button`).click();
  await page.waitForURL(`${baseUrl}/console/dashboard`);
}

const consultation = (id: string, sub = "") => `/console/consultations/${id}${sub}`;

/** One commune's console pages, each with the permission that opens it. */
function communePages(): [string, Permission][] {
  return [
    // The overview lists the consultations (dashboard.home reads them).
    ["/console", "consultation.read"],
    ["/console/account", "account.changePassword"],
    ["/console/dashboard", "tally.read"],
    ["/console/consultations", "consultation.read"],
    ["/console/consultations/new", "consultation.manage"],
    ["/console/postings", "consultation.read"],
    [consultation(ids.openId), "consultation.read"],
    [consultation(ids.closedId), "consultation.read"],
    [consultation(ids.draftId), "consultation.read"],
    [consultation(ids.draftId, "/edit"), "consultation.manage"],
    [consultation(ids.openId, "/entry"), "response.record"],
    [consultation(ids.openId, "/meetings"), "consultation.read"],
    [consultation(ids.openId, "/reconciliation"), "consultation.read"],
    [consultation(ids.closedId, "/records"), "record.read"],
    [consultation(ids.closedId, "/themes"), "theme.read"],
    [`/console/records/${ids.recordId}`, "record.read"],
    ["/console/households", "household.read"],
    [`/console/households/${ids.householdId}`, "household.read"],
    ["/console/households/new", "register.manage"],
    ["/console/neighbourhoods", "neighbourhood.read"],
    ["/console/register/import", "register.manage"],
    ["/console/slips", "credential.issue"],
    ["/console/audit", "audit.read"],
    ["/console/staff", "staff.read"],
  ];
}

/** The An Phú desk: its meeting (the only one seeded) and its ballot entry. */
const deskPages = (): [string, Permission][] => [
  [consultation(ids.deskConsultationId, "/meetings"), "consultation.read"],
  [consultation(ids.deskConsultationId, `/meetings/${ids.deskMeetingId}`), "consultation.read"],
  [consultation(ids.deskConsultationId, "/entry"), "response.record"],
];

/** For each commune role: the page it may not open that the sweep checks. */
const COMMUNE_ROLES: { role: StaffRoleName; refused: string; desk?: string }[] = [
  { role: "NEIGHBOURHOOD_HEAD", refused: "/console/dashboard", desk: "e2e-desk-head" },
  { role: "OFFICIAL", refused: "/console/staff", desk: "e2e-desk-official" },
  { role: "LEADER", refused: "/console/consultations/new" },
  { role: "OVERSIGHT", refused: "/console/slips" },
  { role: "ADMIN", refused: "/console/dashboard" },
];

async function sweepPages(
  failures: string[],
  page: Page,
  who: string,
  role: StaffRoleName,
  pages: [string, Permission][],
) {
  for (const [path, permission] of pages) if (can(role, permission)) await check(failures, page, who, path);
}

describe("axe: every page of every role, at 1366×768 and 360×740", () => {
  const publicFound = findingsOf();
  test.concurrent(
    "public pages, signed out",
    async () => {
      const found = publicFound;
      const context = await browser.newContext({ viewport: VIEWPORTS[0] });
      const page = await context.newPage();
      for (const path of [
        "/",
        "/?q=nghia",
        "/sign-in",
        "/verify",
        `/verify?sha256=${"0".repeat(64)}`,
        `/${E2E_SLUG}`,
        `/${E2E_SLUG}/consultations/${ids.residentOpenId}`,
        `/${E2E_SLUG}/consultations/${ids.closedId}`,
        `/${E2E_SLUG}/consultations/${ids.publishedId}`,
        `/${E2E_SLUG}/consultations/${ids.publishedId}/results`,
        `/${E2E_SLUG}/verify`,
        `/${E2E_SLUG}/resident`,
      ])
        await check(found, page, "public", path);
      await check(found, page, "public", "/setup", "any");
      // Signed out, the console is the sign-in page.
      await check(found, page, "public", "/console/consultations", "any");
      await context.close();
    },
    120_000,
  );

  const householdFound = findingsOf();
  test.concurrent(
    "household D10: home, a consultation to answer, its review, an answered one and its receipt",
    async () => {
      const found = householdFound;
      const context = await browser.newContext({ viewport: VIEWPORTS[0] });
      const page = await context.newPage();
      const who = `household ${E2E_SWEEP.household.code}`;
      const base = `/${E2E_SLUG}/resident`;
      await page.goto(`${baseUrl}${base}?code=${E2E_SWEEP.household.code}`);
      await page.getByLabel("Mã PIN").fill(E2E_SWEEP.household.pin);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await page.getByText(`Hộ ${E2E_SWEEP.household.code}`).first().waitFor();
      await check(found, page, who, base);
      await check(found, page, who, `${base}/c/${ids.residentOpenId}`);
      // The same form with every unanswered question flagged.
      await check(found, page, who, `${base}/c/${ids.residentOpenId}?check=1`);
      // The review needs a draft: answer as a household does (a draft only; nothing is sent).
      await page.goto(`${baseUrl}${base}/c/${ids.residentOpenId}`);
      await page.getByText("Đồng ý", { exact: true }).click();
      await page.getByText("Bê tông xi măng").click();
      await page.getByRole("button", { name: "Xem lại trước khi gửi" }).click();
      await page.getByRole("heading", { name: "Xem lại ý kiến" }).waitFor();
      await check(found, page, who, `${base}/c/${ids.residentOpenId}/review`);
      await check(found, page, who, `${base}/c/${ids.answeredId}`);
      await check(found, page, who, `${base}/c/${ids.answeredId}/receipt`);
      // Closed, answered on paper: what the household reads afterwards, before and after the results.
      await check(found, page, who, `${base}/c/${ids.closedId}`);
      await check(found, page, who, `${base}/c/${ids.publishedId}`);
      // Not staff: the console sends a household away.
      await check(found, page, who, "/console", "any");
      await context.close();
    },
    120_000,
  );

  for (const { role, refused, desk } of COMMUNE_ROLES) {
    const found = findingsOf();
    test.concurrent(
      `${role}: every console page it may open, and ${refused}`,
      async ({ expect }) => {
        expect(can(role, communePages().find(([p]) => p === refused)![1])).toBe(false);
        const username = `e2e-${role.toLowerCase()}`;
        const { context, page } = await signIn(username);
        await sweepPages(found, page, role, role, communePages());
        // A commune's staff may not open the province's pages.
        await check(found, page, role, refused, "forbidden");
        await context.close();
        if (desk) {
          const signedIn = await signIn(desk);
          await sweepPages(found, signedIn.page, `${role} (${E2E_DESK.name})`, role, deskPages());
          await signedIn.context.close();
        }
      },
      180_000,
    );
  }

  for (const role of ["PROVINCE_LEADER", "PROVINCE_OVERSIGHT"] as const) {
    const found = findingsOf();
    test.concurrent(
      `${role}: the province's pages, then a commune's read-only, and a page it may not open`,
      async ({ expect }) => {
        const { context, page } = await signIn(`e2e-${role.toLowerCase().replace("_", "-")}`);
        await check(found, page, role, "/console/province");
        await check(found, page, role, "/console/account");
        // Setting up communes and locking staff is the province administrator's alone.
        expect(can(role, "province.manage")).toBe(false);
        await check(found, page, role, "/console/province/communes", "forbidden");
        await viewCommune(page, ids.communeId);
        await sweepPages(found, page, `${role} (${E2E_SLUG})`, role, communePages());
        // Reading a commune, the province's readers still may not open its register of households.
        expect(can(role, "household.read")).toBe(false);
        await check(found, page, `${role} (${E2E_SLUG})`, "/console/households", "forbidden");
        await viewCommune(page, ids.deskCommuneId);
        await sweepPages(found, page, `${role} (${E2E_DESK.slug})`, role, deskPages());
        await context.close();
      },
      180_000,
    );
  }

  const adminFound = findingsOf();
  test.concurrent(
    "PROVINCE_ADMIN: the province's pages, its communes and one commune's staff, and a commune page",
    async ({ expect }) => {
      const found = adminFound;
      const { context, page } = await signIn("e2e-province-admin");
      await check(found, page, "PROVINCE_ADMIN", "/console/province");
      await check(found, page, "PROVINCE_ADMIN", "/console/province/communes");
      await check(found, page, "PROVINCE_ADMIN", `/console/province/communes?commune=${ids.communeId}`);
      await check(found, page, "PROVINCE_ADMIN", "/console/account");
      // The administrator reads no commune's consultations.
      expect(can("PROVINCE_ADMIN", "consultation.read")).toBe(false);
      await check(found, page, "PROVINCE_ADMIN", "/console/consultations", "forbidden");
      await context.close();
    },
    120_000,
  );

  // Not concurrent: it runs once every sweep above has finished.
  test("no serious or critical findings anywhere", () => {
    const failures = findings.flat();
    console.log(`axe sweep: ${visited} pages, each at ${VIEWPORTS.map((v) => v.name).join(" and ")}`);
    expect(visited).toBeGreaterThan(120);
    if (failures.length) console.log(`axe sweep: ${failures.length} finding(s)\n${failures.join("\n")}`);
    expect(failures).toEqual([]);
  });
});
