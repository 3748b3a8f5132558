// Invitation slips from the production build (pdfkit and its embedded font run outside the bundle).
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("invitation slips", () => {
  test("an official issues PINs for a neighbourhood and gets a PDF and a print page", async () => {
    const page = await staffPage(browser, baseUrl, "e2e-official");
    await page.goto(`${baseUrl}/console/slips`);
    // Thôn Tây: reissuing revokes PINs, and the resident tests sign in with Thôn Đông's.
    const neighbourhoodId = await page
      .locator('form:has(input[value="neighbourhood"]) select[name="id"] option', { hasText: "Thôn Tây" })
      .getAttribute("value");
    const pdf = await page.request.post(`${baseUrl}/api/slips`, {
      form: { scope: "neighbourhood", id: neighbourhoodId!, format: "pdf" },
      headers: { origin: baseUrl },
    });
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["cache-control"]).toBe("no-store");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const html = await page.request.post(`${baseUrl}/api/slips`, {
      form: { scope: "neighbourhood", id: neighbourhoodId!, format: "html" },
      headers: { origin: baseUrl },
    });
    expect(await html.text()).toContain("PHIẾU THÔNG TIN ĐĂNG NHẬP");
    await page.close();
  });

  test("a leader may not issue PINs; a post from another site is refused", async () => {
    const leader = await staffPage(browser, baseUrl, "e2e-leader");
    const res = await leader.request.post(`${baseUrl}/api/slips`, {
      form: { scope: "neighbourhood", id: "x", format: "pdf" },
      headers: { origin: baseUrl },
    });
    expect(res.status()).toBe(403);
    await leader.close();
    const official = await staffPage(browser, baseUrl, "e2e-official");
    const cross = await official.request.post(`${baseUrl}/api/slips`, {
      form: { scope: "neighbourhood", id: "x" },
      headers: { origin: "https://evil.example" },
    });
    expect(cross.status()).toBe(403);
    await official.close();
  });
});
