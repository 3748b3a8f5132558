// The publicity materials on a published consultation's console page, from the production build
// (Law on Grassroots Democracy Art 12–13; docs/LAW.md#r17): the notice downloads as a PDF in both
// sizes, the loudspeaker scripts and the SMS are shown with their counts, and printing shows the
// scripts in full while the buttons and the message fields stay off the paper.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_OPEN_TITLE } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("publicity materials (Law Art 12–13)", () => {
  test("an official gets the notice PDFs, the scripts and the message with its segments", async () => {
    const page = await staffPage(browser, baseUrl, "e2e-official");
    await page.goto(`${baseUrl}/console/consultations`);
    await page.getByRole("link", { name: E2E_OPEN_TITLE }).click();
    const panel = page.getByRole("region", { name: "Tài liệu công khai" });
    await panel.waitFor();

    for (const name of ["Thông báo (PDF)", "Bản chữ lớn cho người cao tuổi (PDF)"]) {
      const href = await panel.getByRole("link", { name, exact: true }).getAttribute("href");
      const res = await page.request.get(`${baseUrl}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/pdf");
      expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
    }

    const short = await panel.getByLabel("Bản ngắn", { exact: true }).inputValue();
    expect(short).toMatch(/^Ủy ban nhân dân xã Thử Nghiệm thông báo: lấy ý kiến Nhân dân về /);
    expect(short).not.toMatch(/\d/);
    const full = await panel.getByLabel("Bản đầy đủ", { exact: true }).inputValue();
    expect(full).toMatch(/^Kính thưa bà con Nhân dân thôn Đông và thôn Tây!/);
    expect(full).toContain("một phẩy hai ki-lô-mét"); // "dài 1,2 km" in the summary, in words

    const sms = await panel.getByLabel("Có dấu", { exact: true }).inputValue();
    expect(sms).toContain("/thu-nghiem/consultations/");
    const accented = await panel.locator("#materials-sms-accented-count").textContent();
    const plain = await panel.locator("#materials-sms-unaccented-count").textContent();
    expect(accented).toMatch(/^\d+ ký tự · \d+ tin · mã hóa UCS-2 \((70|67) ký tự mỗi tin\)$/);
    expect(plain).toMatch(/^\d+ ký tự · \d+ tin · mã hóa GSM-7 \((160|153) ký tự mỗi tin\)$/);
    const segments = (text: string | null) => Number(/· (\d+) tin/.exec(text ?? "")![1]);
    expect(segments(plain)).toBeLessThan(segments(accented));
    expect(await panel.getByLabel("Không dấu", { exact: true }).inputValue()).toMatch(
      /^UBND xa Thu Nghiem lay y kien ve /,
    );

    // On paper: the scripts' whole text, no buttons and no message fields.
    await page.emulateMedia({ media: "print" });
    await expect.poll(() => panel.locator(".materials__print").first().isVisible()).toBe(true);
    expect(await panel.getByRole("button", { name: "Sao chép" }).first().isVisible()).toBe(false);
    expect(await panel.getByLabel("Có dấu", { exact: true }).isVisible()).toBe(false);
    await page.close();
  });
});
