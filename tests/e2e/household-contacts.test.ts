// Households' contacts in the console (Law 91/2025/QH15 on personal data protection): an
// administrator records a household's e-mail and its refusal of messages with the form; the page
// shows them to the administrator, and each opening of the page is one audit event (the title and
// the page share one read); oversight sees only that the household has an e-mail, and reads the
// views in the log. Only the e-mail and the answer are edited: the register import test re-imports
// these households without those columns, which keeps them.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";

const baseUrl = inject("baseUrl");
const EMAIL = "nguyenvand09@example.com";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openHousehold(page: Page, code: string) {
  await page.goto(`${baseUrl}/console/households?q=${code}`);
  await page.getByRole("link", { name: code, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: new RegExp(`Hộ ${code}`) }).waitFor();
}

/** The log's sentences of views of D09's contacts, as oversight reads them. */
async function viewsOfD09(page: Page) {
  await page.goto(`${baseUrl}/console/audit?action=contacts.viewed`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  return page.getByText(/xem số điện thoại, email của hộ D09/).count();
}

describe("household contacts", () => {
  test("recorded by the administrator, shown to them, hidden from oversight, every page view in the log", async () => {
    const admin = await staffPage(browser, baseUrl, "e2e-admin");
    await openHousehold(admin, "D09");
    await admin.getByLabel("Email (không bắt buộc)").fill(EMAIL);
    await admin.getByRole("radio", { name: /Từ chối nhận tin/ }).check();
    await admin.getByRole("button", { name: "Lưu thay đổi" }).click();
    await admin.getByText("Đã lưu thông tin hộ.").waitFor();

    const oversight = await staffPage(browser, baseUrl, "e2e-oversight");
    const before = await viewsOfD09(oversight);
    expect(before).toBeGreaterThan(0);

    await admin.reload();
    await admin.getByRole("heading", { level: 1, name: /Hộ D09/ }).waitFor();
    const details = admin.locator(".households-details");
    await details.getByText(EMAIL).waitFor();
    await details.getByText("Từ chối nhận tin").waitFor();
    // One opening, one event: the page's title does not read the household a second time.
    expect(await viewsOfD09(oversight)).toBe(before + 1);

    await openHousehold(oversight, "D09");
    await oversight.locator(".households-details").getByText("Có email").waitFor();
    expect(await oversight.content()).not.toContain(EMAIL);
    await oversight.goto(`${baseUrl}/console/households?q=D09`);
    await oversight.getByRole("link", { name: "D09", exact: true }).waitFor();
    expect(await oversight.content()).not.toContain(EMAIL);
    await admin.close();
    await oversight.close();
  });
});
