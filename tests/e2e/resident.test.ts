// A household on a cheap phone (360 × 740): sign in with the slip's code and PIN, answer, review,
// submit, see the receipt — with JavaScript and without — and no serious accessibility violations
// (axe-core, checked on every page of the run with JavaScript on).
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { E2E_OPEN_TITLE, E2E_PINS, E2E_SLUG } from "./server";

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
  if (javaScriptEnabled) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  await context.close();
  return receipt;
}

describe("resident flow at 360 × 740", () => {
  test("with JavaScript", async () => {
    await answerOnce(true, "D01");
  });

  test("with JavaScript disabled", async () => {
    await answerOnce(false, "D02");
  });
});
