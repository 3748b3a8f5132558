import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { E2E_PASSWORD, E2E_SLUG } from "./server";
import { seriousViolations } from "./axe";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

describe("staff sign-in", () => {
  test("an official signs in and sees the console with their role's navigation", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, "e2e-official", E2E_PASSWORD);
    await page.waitForURL(`${baseUrl}/console`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Xin chào, Cán bộ OFFICIAL");
    const nav = page.getByRole("navigation", { name: "Trình đơn chính" });
    await expect(nav.getByRole("link").allTextContents()).resolves.toEqual([
      "Tổng quan",
      "Bảng điều hành",
      "Đợt lấy ý kiến",
      "Niêm yết cần gỡ",
      "Thôn, tổ dân phố",
      "Danh sách hộ",
      "Phiếu mời (mã PIN)",
    ]);
    // The consultation list is a client component fetching through tRPC.
    await nav.getByRole("link", { name: "Đợt lấy ý kiến" }).click();
    // Other browser tests share this server: the list may be empty or not, but it must load.
    await page.getByRole("table").or(page.getByText("Không có đợt lấy ý kiến nào.")).waitFor();
    await expect(page.getByText("Đang tải…").count()).resolves.toBe(0);
    await page.close();
  });

  test("oversight sees the audit log in its navigation", async () => {
    const page = await browser.newPage();
    await signIn(page, "e2e-oversight", E2E_PASSWORD);
    await page.waitForURL(`${baseUrl}/console`);
    await page.getByRole("link", { name: "Nhật ký hệ thống" }).click();
    await page.getByRole("heading", { name: "Nhật ký hệ thống" }).waitFor();
    await page.close();
  });

  test("a page oversight may not open says so under a level-one heading", async () => {
    const page = await browser.newPage();
    await signIn(page, "e2e-oversight", E2E_PASSWORD);
    await page.waitForURL(`${baseUrl}/console`);
    await page.goto(`${baseUrl}/console/consultations/new`);
    await page.getByRole("heading", { level: 1, name: "Không có quyền truy cập" }).waitFor();
    await page.getByText("Bạn không có quyền thực hiện thao tác này.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test("a wrong password says how many attempts are left, and nothing is signed in", async () => {
    const page = await browser.newPage();
    await signIn(page, "e2e-leader", "sai-mat-khau");
    // (Next's route announcer is also role="alert": pick the form's own message.)
    await expect(page.locator("form [role=alert]").textContent()).resolves.toBe(
      "Tên đăng nhập hoặc mật khẩu không đúng. Bạn còn 4 lần thử.",
    );
    await page.goto(`${baseUrl}/console`);
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.close();
  });

  test("the console is usable on a 360 px phone: no horizontal scroll", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, "e2e-admin", E2E_PASSWORD);
    await page.waitForURL(`${baseUrl}/console`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test("the English switch works without JavaScript on the public pages", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${E2E_SLUG}`);
    await expect(page.locator("h1").textContent()).resolves.toContain("Thử Nghiệm");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Tiếng Việt" }).waitFor();
    await expect(page.locator("h1").textContent()).resolves.toBe("Community consultations — Thử Nghiệm Commune");
    await context.close();
  });
});
