// Messages to households in the browser (Law on Grassroots Democracy Art 13 k3; docs/LAW.md#r17).
// The app runs as `npm start` does, with its sender beside the web server and no transport
// configured: the invitations of the open consultation are queued when the sender starts, all onto
// the print list, and nothing fails. An official sets the reminder and prints the list per thôn.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_OPEN_TITLE } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("messages to households, with no transport configured", () => {
  test("the invitations are on the print list; the official sets the reminder and opens the list per thôn", async () => {
    const page = await staffPage(browser, baseUrl, "e2e-official");
    await page.goto(`${baseUrl}/console/consultations`);
    await page.getByRole("link", { name: E2E_OPEN_TITLE }).first().click();
    const panel = page.locator("section", { has: page.getByRole("heading", { name: "Tin nhắn đến hộ gia đình" }) });
    await panel.waitFor();
    await expect(panel.getByText(/^Chưa cấu hình kênh gửi/).isVisible()).resolves.toBe(true);
    // The sender plans when it starts: wait for the invitations to be queued.
    const invitations = panel.getByRole("row", { name: /^Thư mời/ });
    const started = Date.now();
    for (let i = 0; i < 60 && (await invitations.textContent())?.includes("Chưa xếp gửi"); i++) {
      await page.waitForTimeout(1_000);
      await page.reload();
    }
    console.log(`[messages] invitations queued after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const cells = await invitations.locator("td").allTextContents();
    // Queued at, then waiting, sending, sent, delivered, failed, print list.
    expect(cells.slice(1)).toEqual(["0", "0", "0", "0", "0", "20"]);

    await panel.getByLabel("Số ngày trước khi kết thúc").fill("3");
    await panel.getByRole("button", { name: "Lưu lịch nhắc" }).click();
    await panel.getByText("Đã lưu lịch nhắc.").waitFor();
    await panel.getByText("Đang đặt: nhắc 3 ngày trước khi kết thúc.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await panel.getByRole("link", { name: "Danh sách in (Thư mời)" }).click();
    await page.getByRole("heading", { name: "Danh sách hộ cần gọi điện hoặc đến nhà — Thư mời" }).waitFor();
    await page.getByRole("heading", { name: "Thôn Đông — 15 hộ" }).waitFor();
    await page.getByRole("heading", { name: "Thôn Tây — 5 hộ" }).waitFor();
    await expect(page.getByRole("cell", { name: "Nguyễn Văn D01" }).isVisible()).resolves.toBe(true);
    // What to tell each household, once, above the tables.
    await expect(page.locator("blockquote").textContent()).resolves.toContain(`Mời cho ý kiến về "${E2E_OPEN_TITLE}"`);
    await page.getByRole("button", { name: "In danh sách" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);

  test("the gateway's receipts are a webhook: no Origin is asked, the token is (401 without it)", async () => {
    const res = await fetch(`${baseUrl}/api/sms/receipts`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer wrong" },
      body: JSON.stringify({ id: "m1", status: "delivered" }),
    });
    expect(res.status).toBe(401);
  });
});
