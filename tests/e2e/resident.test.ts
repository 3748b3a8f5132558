// A household on a cheap phone (360 × 740): sign in with the slip's code and PIN, answer, review,
// submit, see the receipt — with JavaScript and without — and no serious accessibility violations
// (axe-core, checked on every page of the run with JavaScript on).
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { E2E_B_MEETING } from "./seed-resident";
import { E2E_B, E2E_OPEN_TITLE, E2E_PINS, E2E_SLUG } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** axe runs as a script in the page, so only where JavaScript is on; the pages are the same HTML. */
async function expectAccessible(page: Page, where: string, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) expect(await seriousViolations(page), where).toEqual([]);
}

async function answerOnce(javaScriptEnabled: boolean, code: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
  const page = await context.newPage();
  // The slip's QR code opens the sign-in page with the household code filled in.
  await page.goto(`${baseUrl}/${E2E_SLUG}/resident?code=${code}`);
  await expect(page.getByLabel("Mã hộ").inputValue()).resolves.toBe(code);
  await expectAccessible(page, "sign-in", javaScriptEnabled);
  await page.getByLabel("Mã PIN").fill("000000");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("form [role=alert]").textContent()).resolves.toBe(
    "Mã hộ hoặc mã PIN không đúng. Bạn còn 4 lần thử.",
  );
  await page.getByLabel("Mã PIN").fill(E2E_PINS[code]);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByText(`Hộ ${code}`).waitFor();
  await expectAccessible(page, "home", javaScriptEnabled);

  await page.getByRole("link", { name: E2E_OPEN_TITLE }).click();
  await page.getByRole("button", { name: "Xem lại trước khi gửi" }).waitFor();
  await expectAccessible(page, "consultation", javaScriptEnabled);
  // Nothing chosen: the page says which question needs an answer.
  await page.getByRole("button", { name: "Xem lại trước khi gửi" }).click();
  await page.getByText("Vui lòng trả lời câu hỏi này.").first().waitFor();
  await page.getByText("Đồng ý", { exact: true }).click();
  await page.getByText("Bê tông xi măng").click();
  await page.getByLabel("Ý kiến góp ý (nếu có)").first().fill("Đề nghị làm rãnh thoát nước hai bên đường.");
  await page.getByRole("button", { name: "Xem lại trước khi gửi" }).click();
  await page.getByRole("heading", { name: "Xem lại ý kiến" }).waitFor();
  await expectAccessible(page, "review", javaScriptEnabled);
  await expect(page.getByText("Đề nghị làm rãnh thoát nước hai bên đường.", { exact: false }).count()).resolves.toBe(1);
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await page.getByRole("heading", { name: "Biên nhận ý kiến" }).waitFor();
  await expectAccessible(page, "receipt", javaScriptEnabled);
  const receipt = await page.locator(".receipt__code").textContent();
  expect(receipt).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  // The receipt repeats what the household sent, and when, in the interface's date format (25/11/2026, 09:12).
  const receiptText = (await page.locator(".receipt").textContent()) ?? "";
  for (const sent of [
    "Hộ gia đình có đồng ý với chủ trương nâng cấp đường liên thôn không?",
    "Đồng ý",
    "Hộ chọn mặt đường nào?",
    "Bê tông xi măng",
    "Đề nghị làm rãnh thoát nước hai bên đường.",
  ])
    expect(receiptText).toContain(sent);
  const day = vietnamDay(new Date()).replaceAll("/", "\\/");
  await expect(page.locator(".receipt__time").textContent()).resolves.toMatch(new RegExp(`^${day}, \\d{2}:\\d{2}$`));
  expect(receiptText).toContain("Hộ có thể sửa ý kiến trực tuyến đến khi đợt lấy ý kiến kết thúc.");
  // Printing is the browser's own command without JavaScript; the button only where it works.
  await expect(page.getByRole("button", { name: "In biên nhận" }).count()).resolves.toBe(javaScriptEnabled ? 1 : 0);
  if (javaScriptEnabled) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // On paper: no header, buttons or links to follow, black on white; the code and the answers stay.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".receipt__actions").isVisible()).toBe(false);
    expect(await page.locator(".receipt__code").isVisible()).toBe(true);
    expect(await page.locator(".receipt .review").isVisible()).toBe(true);
    const ink = await page
      .locator(".receipt__facts dt")
      .first()
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    expect(ink).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    await page.emulateMedia({ media: "screen" });
  }
  // The list and the consultation page say when, in the interface's date format, and that it may still be changed.
  await page.getByRole("link", { name: "Về danh sách" }).click();
  const card = page.locator("li.card", { hasText: E2E_OPEN_TITLE });
  await expect(card.locator(".ok-note").textContent()).resolves.toMatch(
    new RegExp(`^Hộ đã cho ý kiến trực tuyến lúc ${day}, \\d{2}:\\d{2}\\.$`),
  );
  await card.getByRole("link", { name: E2E_OPEN_TITLE }).click();
  await page.getByRole("heading", { level: 1, name: E2E_OPEN_TITLE }).waitFor();
  await expect(page.locator("main .ok-note").textContent()).resolves.toMatch(
    new RegExp(`^Hộ đã cho ý kiến trực tuyến lúc \\d{2}:\\d{2} ngày ${day}\\. Mã biên nhận: ${receipt}\\.$`),
  );
  await page.getByText("Hộ có thể sửa ý kiến trực tuyến đến khi đợt lấy ý kiến kết thúc.").waitFor();
  await context.close();
  return receipt;
}

/** A date in the interface's format (dd/mm/yyyy), in Vietnam time, computed apart from the app's formatter. */
function vietnamDay(d: Date) {
  const local = new Date(d.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** Households no other browser test signs in with; the seed gives them the PIN every other household has. */
const OTHER_PIN = "999999";
const PHONE = { width: 360, height: 740 };
/** WCAG 2.5.5 (Target Size): 44 × 44 CSS px. */
const MIN_TARGET = 44;

/** Every box the selector matches that is smaller than a touch target, described; [] when all are large enough. */
async function smallTargets(page: Page, selector: string, dimension: "height" | "both") {
  const boxes = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        what: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`,
        w: r.width,
        h: r.height,
      };
    }),
  );
  expect(boxes.length, selector).toBeGreaterThan(0);
  return boxes
    .filter((b) => b.h < MIN_TARGET || (dimension === "both" && b.w < MIN_TARGET))
    .map((b) => `${b.what}: ${Math.round(b.w)} × ${Math.round(b.h)}`);
}

async function signIn(page: Page, code: string, pin: string) {
  await page.getByLabel("Mã hộ").fill(code);
  await page.getByLabel("Mã PIN").fill(pin);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

describe("from the public page, signed in, on the consultation's answer page", () => {
  test.each([
    ["with JavaScript", true, "D07"],
    ["with JavaScript disabled", false, "D08"],
  ])("%s", async (_label, javaScriptEnabled, code) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${E2E_SLUG}`);
    await page.getByRole("link", { name: E2E_OPEN_TITLE }).click();
    await page.getByRole("heading", { level: 1, name: E2E_OPEN_TITLE }).waitFor();
    const publicUrl = page.url();
    const answerPath = new URL(publicUrl).pathname.replace("/consultations/", "/resident/c/");
    expect(await smallTargets(page, ".site-header a, .site-header button", "both")).toEqual([]);

    await page.getByRole("link", { name: "Cho ý kiến trực tuyến" }).click();
    await page.getByLabel("Mã PIN").waitFor();
    // A wrong PIN first: the target survives the failed try.
    await signIn(page, code, "000000");
    await page.locator("form [role=alert]").waitFor();
    await signIn(page, code, OTHER_PIN);
    await page.waitForURL(`${baseUrl}${answerPath}`);
    await page.getByRole("heading", { level: 1, name: E2E_OPEN_TITLE }).waitFor();
    await page.getByRole("button", { name: "Xem lại trước khi gửi" }).waitFor();

    expect(await smallTargets(page, ".site-header a, .site-header button", "both")).toEqual([]);
    expect(await smallTargets(page, ".choice, .answer-form button, .summary summary", "height")).toEqual([]);
    // Each question's text lies inside its card, under the card's top border.
    const legends = await page.locator(".answer").evaluateAll((sets) =>
      sets.map((set) => {
        const legend = set.querySelector("legend")!.getBoundingClientRect();
        const card = set.getBoundingClientRect();
        return legend.top >= card.top + parseFloat(getComputedStyle(set).borderTopWidth);
      }),
    );
    expect(legends.length).toBeGreaterThan(0);
    expect(legends.every(Boolean), JSON.stringify(legends)).toBe(true);

    // Already signed in, the same button goes straight to the answer page.
    await page.goto(publicUrl);
    await page.getByRole("link", { name: "Cho ý kiến trực tuyến" }).click();
    await page.waitForURL(`${baseUrl}${answerPath}`);
    await context.close();
  });

  test.each([
    ["another site", "https://evil.example/"],
    ["a protocol-relative address", "//evil.example/"],
    ["a backslash", "/\\evil.example/"],
    ["another commune's resident area", `/${E2E_B.slug}/resident`],
    ["an encoded climb out of the area", `/${E2E_SLUG}/resident/%2e%2e/%2e%2e/console`],
  ])("a target outside the commune's resident area (%s) lands on the list", async (_label, target) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${E2E_SLUG}/resident?next=${encodeURIComponent(target)}`);
    expect(await page.locator("input[name=next]").count()).toBe(0);
    await signIn(page, "D09", OTHER_PIN);
    await page.waitForURL(`${baseUrl}/${E2E_SLUG}/resident`);
    await page.getByText("Hộ D09").waitFor();
    await context.close();
  });

  test("a hand-made post with a foreign target lands on the list", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${E2E_SLUG}/resident`);
    await page.locator("form.form").evaluate((form) => {
      const input = Object.assign(document.createElement("input"), {
        type: "hidden",
        name: "next",
        value: "//evil.example/",
      });
      form.append(input);
    });
    await signIn(page, "D09", OTHER_PIN);
    await page.getByText("Hộ D09").waitFor();
    expect(page.url()).toBe(`${baseUrl}/${E2E_SLUG}/resident`);
    await context.close();
  });
});

describe("resident flow at 360 × 740", () => {
  test("with JavaScript", async () => {
    await answerOnce(true, "D01");
  });

  test("with JavaScript disabled", async () => {
    await answerOnce(false, "D02");
  });
});

describe("a finished consultation the household voted on at a meeting (commune B, results published)", () => {
  test("reads as closed, gives the meeting's time, shows the answer and never offers a change", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const { code, title, time, day } = E2E_B_MEETING;
    await page.goto(`${baseUrl}/${E2E_B.slug}/resident`);
    await signIn(page, code, OTHER_PIN);
    await page.getByText(`Hộ ${code}`).waitFor();
    // The list gives the meeting's time, not when staff keyed the vote in.
    await page.getByText(`Hộ đã cho ý kiến tại cuộc họp lúc ${day}, ${time}.`).waitFor();

    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await expectAccessible(page, "finished consultation", true);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain(`Hộ đã cho ý kiến tại cuộc họp lúc ${time} ngày ${day}.`);
    // Closed first: that it never took online answers no longer matters.
    expect(text).toContain("Đợt lấy ý kiến đã kết thúc lúc");
    expect(text).not.toContain("không nhận ý kiến trực tuyến");
    expect(text).toContain("Ý kiến đã ghi nhận của hộ không thay đổi được nữa.");
    expect(text).toContain("Kết quả lấy ý kiến đã được công bố.");
    expect(text).not.toMatch(/có thể sửa|muốn thay đổi/);
    expect(await page.getByRole("button", { name: "Xem lại trước khi gửi" }).count()).toBe(0);
    await expect(page.locator(".review").textContent()).resolves.toContain("Đồng ý");
    await context.close();
  });
});
