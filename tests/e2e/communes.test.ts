// Two communes in one install: a resident finds commune B on the province's list (JavaScript off,
// searching without tone marks), opens its consultation, signs in with B's household code — a code
// commune A also has — and answers. B's receipt and staff tally show it; A's tally does not.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_B, E2E_OPEN_TITLE, E2E_PASSWORD, E2E_SLUG } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The staff tally's summary line of one consultation ("1 / 3 hộ đã có ý kiến …"). */
async function tallySummary(username: string, title: string) {
  const page = await staffPage(browser, baseUrl, username);
  await page.goto(`${baseUrl}/console/consultations`);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  const text = (await page.locator(".tally-summary").first().textContent()) ?? "";
  await page.close();
  return text;
}

/** The consultation titles an official's console lists, once the list (loaded in the browser) shows `expected`. */
async function consoleTitles(username: string, expected: string) {
  const page = await staffPage(browser, baseUrl, username);
  await page.goto(`${baseUrl}/console/consultations`);
  await page.getByRole("link", { name: expected }).waitFor();
  const text = (await page.locator("main").textContent()) ?? "";
  await page.close();
  return text;
}

describe("the province's list leads a resident to their own commune", () => {
  test("find B without tone marks, answer with B's code; only B's tally counts it", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 1, name: "Lấy ý kiến Nhân dân ở cơ sở" }).waitFor();
    await page.getByRole("link", { name: /Thử Nghiệm/ }).waitFor();
    await page.getByRole("searchbox").fill("nghia hanh");
    await page.getByRole("button", { name: "Tìm" }).click();
    await page.waitForURL(/\?q=nghia/);
    expect(await page.getByRole("link", { name: /Thử Nghiệm/ }).count()).toBe(0);
    await page.getByRole("link", { name: new RegExp(E2E_B.name) }).click();
    await page.waitForURL(`${baseUrl}/${E2E_B.slug}`);
    await page.getByRole("link", { name: E2E_B.title }).click();
    await page
      .getByRole("link", { name: /Cho ý kiến trực tuyến|Hộ gia đình đăng nhập/ })
      .first()
      .click();
    await page.waitForURL(`${baseUrl}/${E2E_B.slug}/resident`);

    // D01 exists in both communes: A's PIN means nothing here.
    await page.getByLabel("Mã hộ").fill("D01");
    await page.getByLabel("Mã PIN").fill("111111");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.locator("form [role=alert]").waitFor();
    await page.getByLabel("Mã PIN").fill(E2E_B.pins.D01);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByText("Hộ D01").waitFor();
    expect(await page.getByRole("link", { name: E2E_OPEN_TITLE }).count()).toBe(0);
    await page.getByRole("link", { name: E2E_B.title }).click();
    await page.getByText("Đồng ý", { exact: true }).click();
    await page.getByRole("button", { name: "Xem lại trước khi gửi" }).click();
    await page.getByRole("button", { name: "Gửi ý kiến" }).click();
    await page.getByRole("heading", { name: "Biên nhận ý kiến" }).waitFor();
    expect(page.url()).toContain(`/${E2E_B.slug}/resident/c/`);
    const receipt = await page.locator(".receipt__code").textContent();
    expect(receipt).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    await expect(page.locator(".receipt").textContent()).resolves.toContain(`D01 — Phạm Thị D01`);

    // Signed in to B, the household is not signed in to A.
    await page.goto(`${baseUrl}/${E2E_SLUG}/resident`);
    await page.getByLabel("Mã hộ").waitFor();
    await context.close();

    expect(await tallySummary("e2e-b-official", E2E_B.title)).toMatch(/^1 \/ 3 hộ đã có ý kiến/);
    // A's officials never see B's consultation, its tally or its households.
    const inA = await consoleTitles("e2e-official", E2E_OPEN_TITLE);
    expect(inA).toContain(E2E_OPEN_TITLE);
    expect(inA).not.toContain(E2E_B.title);
  });

  test("a province leader reads the summary of both communes, then opens B read-only", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Tên đăng nhập").fill("e2e-province-leader");
    await page.getByLabel("Mật khẩu").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(`${baseUrl}/console/province`);
    await page.getByRole("heading", { level: 1, name: "Tổng hợp lấy ý kiến toàn tỉnh" }).waitFor();
    const table = page.getByRole("table", { name: "Theo từng xã, phường" });
    await expect(table.textContent()).resolves.toContain("Thử Nghiệm");
    await expect(table.textContent()).resolves.toContain(E2E_B.name);
    // The export is a real workbook.
    const xlsx = await page.request.get(
      `${baseUrl}${await page.getByRole("link", { name: "Tải bảng tổng hợp (Excel)" }).getAttribute("href")}`,
    );
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

    await page.getByRole("button", { name: `Xem số liệu của Xã ${E2E_B.name} (chỉ đọc)` }).click();
    await page.waitForURL(`${baseUrl}/console/dashboard`);
    await page.getByText(`Đang xem số liệu của Xã ${E2E_B.name}`).waitFor();
    await expect(page.locator("main").textContent()).resolves.toContain(E2E_B.title);
    await page.getByRole("link", { name: E2E_B.title }).click();
    await page.getByRole("heading", { level: 1, name: E2E_B.title }).waitFor();
    // Read-only: no lifecycle action is offered.
    expect(await page.getByRole("button", { name: /Kết thúc lấy ý kiến|Hủy/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Về tổng hợp toàn tỉnh" }).click();
    await page.waitForURL(`${baseUrl}/console/province`);
    await page.close();
  });

  test("an unknown commune is a 404, and the old address /resident leads to the list", async () => {
    const res = await fetch(`${baseUrl}/khong-co-xa-nay`);
    expect(res.status).toBe(404);
    const old = await fetch(`${baseUrl}/resident?code=D01`, { redirect: "manual" });
    expect(old.status).toBe(308);
    expect(new URL(old.headers.get("location")!).pathname).toBe("/");
  });
});
