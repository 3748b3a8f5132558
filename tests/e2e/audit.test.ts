// Oversight reads the audit log as sentences (who did what, named, with the time) and narrows it
// with the filter form, a plain GET form: the kind of action, the person, the dates. The event is
// made here, through the console's own form: the oversight member changes their password and puts
// it back (the other browser tests sign in with it). An official records a disclosure posting of the
// open consultation, and oversight narrows the log to that consultation and downloads it as XLSX.
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_OPEN_TITLE, E2E_PASSWORD } from "./server";

const baseUrl = inject("baseUrl");
const TEMPORARY = "Tam-thoi-Giam-sat-2026";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function changePassword(page: Page, current: string, next: string) {
  await page.goto(`${baseUrl}/console/account`);
  await page.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(current);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(next);
  await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(next);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await page.getByText("Đã đổi mật khẩu.").waitFor();
}

/** "YYYY-MM-DD" of a day in Vietnam time, for the filter's date inputs. */
const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

describe("the audit log for oversight", () => {
  test("reads each event as a sentence, keeps the codes behind technical details, and filters", async () => {
    const page = await staffPage(browser, baseUrl, "e2e-oversight");
    await changePassword(page, E2E_PASSWORD, TEMPORARY);
    await changePassword(page, TEMPORARY, E2E_PASSWORD);

    await page.goto(`${baseUrl}/console/audit`);
    await page.getByRole("heading", { level: 1, name: "Nhật ký hệ thống" }).waitFor();
    const filters = page.getByRole("form", { name: "Lọc nhật ký" });
    await filters.getByLabel("Thao tác").selectOption("staff.passwordChanged");
    await filters.getByLabel("Người thực hiện").fill("e2e-oversight");
    await filters.getByRole("button", { name: "Lọc" }).click();
    await page.waitForURL(/action=staff\.passwordChanged/);

    // Two events, newest first, each one sentence naming the person by role and name.
    const rows = page
      .getByRole("table", { name: /nhật ký/i })
      .getByRole("row")
      .filter({ has: page.locator("td") });
    await expect.poll(() => rows.count()).toBe(2);
    const sentences = await rows.locator(".audit-sentence").allInnerTexts();
    for (const s of sentences)
      expect(s).toMatch(
        /^Lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}, Giám sát viên Cán bộ OVERSIGHT đổi mật khẩu của mình\./,
      );
    // No code in the sentence; the code is behind the toggle.
    expect(sentences.join(" ")).not.toContain("staff.passwordChanged");
    const first = rows.first();
    await first.getByText("Chi tiết kỹ thuật").click();
    await first.locator("code", { hasText: "staff.passwordChanged" }).waitFor();

    expect(await seriousViolations(page)).toEqual([]);

    // A date range that ends before today shows none of them.
    const yesterday = vnDay(new Date(Date.now() - 86_400_000));
    await filters.getByLabel("Đến ngày").fill(yesterday);
    await filters.getByRole("button", { name: "Lọc" }).click();
    await page.waitForURL(new RegExp(`to=${yesterday}`));
    await page.getByText("Không có sự kiện nào khớp với bộ lọc.").waitFor();
  });

  test("narrows to one consultation, and downloads what it shows as XLSX rows of the same sentences", async () => {
    const official = await staffPage(browser, baseUrl, "e2e-official");
    await official.goto(`${baseUrl}/console/consultations`);
    await official.getByRole("link", { name: E2E_OPEN_TITLE }).click();
    await official.getByRole("button", { name: "Ghi nhận", exact: true }).click();
    await official.getByText("Đã ghi nhận niêm yết.").waitFor();
    await official.close();

    const page = await staffPage(browser, baseUrl, "e2e-oversight");
    await page.goto(`${baseUrl}/console/audit`);
    const rows = page
      .getByRole("table", { name: /nhật ký/i })
      .getByRole("row")
      .filter({ has: page.locator("td") });
    const unfiltered = await rows.locator(".audit-sentence").allInnerTexts();
    expect(unfiltered.some((s) => s.includes("đổi mật khẩu"))).toBe(true);

    const filters = page.getByRole("form", { name: "Lọc nhật ký" });
    await filters.getByLabel("Đợt lấy ý kiến", { exact: true }).selectOption({ label: E2E_OPEN_TITLE });
    await filters.getByRole("button", { name: "Lọc" }).click();
    await page.waitForURL(/consultationId=/);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const sentences = await rows.locator(".audit-sentence").allInnerTexts();
    expect(sentences.length).toBeLessThan(unfiltered.length);
    for (const s of sentences) expect(s).toContain(`«${E2E_OPEN_TITLE}»`);
    expect(sentences[0]).toMatch(
      new RegExp(
        `, Công chức .+ ghi nhận đã niêm yết công khai đợt lấy ý kiến «${E2E_OPEN_TITLE}» tại trụ sở UBND từ ngày`,
      ),
    );
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải XLSX" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-he-thong-thu-nghiem-\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await readFile((await download.path())!)).buffer);
    const sheet = wb.worksheets[0];
    expect(String(sheet.getCell("A2").value)).toBe(`Bộ lọc: Đợt lấy ý kiến: «${E2E_OPEN_TITLE}»`);
    expect((sheet.getRow(4).values as unknown[]).slice(1, 5)).toEqual([
      "Thời điểm",
      "Người thực hiện",
      "Vai trò",
      "Nội dung",
    ]);
    const exported: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 4) exported.push(String(row.getCell(4).value));
    });
    expect(exported).toEqual(sentences);
    await page.close();
  });
});
