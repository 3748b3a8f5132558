// The end product (docs/LAW.md#r19, #l12; Decree 30/2020): an official drafts the summary
// report of a closed vote, a leader finalises it and downloads the PDF, and the public verification
// page — without JavaScript — confirms that exact file.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { pdfQrCodes } from "../helpers/pdf";
import { staffPage } from "./helpers";
import { E2E_RECORDS_TITLE } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("decision records", () => {
  test("official drafts the summary report, leader finalises and downloads it, the public verification page confirms it", async () => {
    const official = await staffPage(browser, baseUrl, "e2e-official");
    await official.goto(`${baseUrl}/console/consultations`);
    await official.getByRole("link", { name: E2E_RECORDS_TITLE }).click();
    await official.getByRole("heading", { level: 1, name: E2E_RECORDS_TITLE }).waitFor();
    await official.getByRole("link", { name: "Văn bản kết quả" }).click();
    await official.getByRole("button", { name: "Lập báo cáo tổng hợp" }).click();
    await official.waitForURL("**/console/records/**");
    await official.getByText(/BẢN NHÁP — chưa ký ban hành/).waitFor();
    // Art 21 k1: Đông adopted, Tây did not — the report counts neighbourhoods, it gives no verdict for the area.
    await official.getByText(/Kết quả: 1\/2 thôn, tổ dân phố thông qua\./).waitFor();
    expect(await official.getByText(/Kết quả: Không được thông qua/).count()).toBe(0);
    const recordUrl = official.url();
    await official.close();

    const leader = await staffPage(browser, baseUrl, "e2e-leader");
    await leader.goto(recordUrl);
    await leader.getByRole("button", { name: "Ký ban hành" }).click();
    await leader.getByRole("button", { name: "Xác nhận ký ban hành" }).click();
    await leader.getByRole("heading", { name: "Văn bản đã ký ban hành" }).waitFor();
    await leader.getByText("Số: 01/BC-UBND").first().waitFor();
    await leader.getByText("TM. ỦY BAN NHÂN DÂN").first().waitFor();
    // Printed from the page, the record carries the same verification line and QR code as its PDF.
    await leader.getByText(/^Kiểm tra bản này tại: .+\/verify$/).waitFor();
    await leader.getByText(/^Văn bản số 01\/BC-UBND, năm \d{4}\. Mã kiểm tra: [0-9a-f]{4}( [0-9a-f]{4}){3}$/).waitFor();
    const pageQr = await leader.locator(".record-verify img").getAttribute("alt");
    const [download] = await Promise.all([
      leader.waitForEvent("download"),
      leader.getByRole("link", { name: "Tải PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path())!); // read now: the file goes with the page
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const digest = createHash("sha256").update(bytes).digest("hex");
    await leader.getByText(digest).waitFor();
    await leader.close();

    // Anyone, without JavaScript: upload the file and get a shareable answer.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const visitor = await context.newPage();
    await visitor.goto(`${baseUrl}/verify`);
    await visitor
      .locator("input[type=file]")
      .setInputFiles({ name: download.suggestedFilename(), mimeType: "application/pdf", buffer: bytes });
    await visitor.getByRole("button", { name: /Xác thực tệp|Kiểm tra tệp|Tải lên/ }).click();
    await visitor.waitForURL(`**/verify?sha256=${digest}`);
    await visitor
      .getByText(/Văn bản hợp lệ/)
      .first()
      .waitFor();
    await visitor
      .getByText(/01\/BC-UBND/)
      .first()
      .waitFor();
    // A digest that is no record.
    await visitor.goto(`${baseUrl}/verify?sha256=${"0".repeat(64)}`);
    await visitor
      .getByText(/Không có văn bản nào khớp/)
      .first()
      .waitFor();

    // The paper copy: its QR code, read back from the file, opens the result on a phone without JavaScript.
    const [qr] = await pdfQrCodes(bytes);
    expect(qr.text).toBe(pageQr);
    const scanned = new URL(qr.text);
    expect(scanned.origin).toBe(new URL(baseUrl).origin);
    expect(scanned.searchParams.get("number")).toBe("01/BC-UBND");
    await visitor.goto(qr.text);
    await visitor.getByRole("heading", { name: "Văn bản hợp lệ" }).waitFor();
    await visitor.getByText(/Mã kiểm tra [0-9a-f ]{19} in trên bản này khớp/).waitFor();
    const commune = scanned.pathname.split("/")[1];

    // Typed from the line at its foot on the install's page: commune, number and year; then a wrong code.
    await visitor.goto(`${baseUrl}/verify`);
    await visitor.getByLabel("Xã, phường ban hành", { exact: true }).selectOption(commune);
    await visitor.getByLabel("Số văn bản", { exact: true }).fill("1/bc-ubnd");
    await visitor.getByLabel("Năm ban hành", { exact: true }).fill(scanned.searchParams.get("year")!);
    await visitor.getByRole("button", { name: "Tra cứu văn bản" }).click();
    await visitor.getByRole("heading", { name: "Văn bản hợp lệ" }).waitFor();
    await visitor.getByText(/Vui lòng đối chiếu trích yếu/).waitFor();
    await visitor.getByLabel("Mã kiểm tra (không bắt buộc)", { exact: true }).fill("0000 0000 0000 0000");
    await visitor.getByRole("button", { name: "Tra cứu văn bản" }).click();
    await visitor.getByRole("heading", { name: /mã kiểm tra không khớp/ }).waitFor();
    await visitor.getByLabel("Mã kiểm tra (không bắt buộc)", { exact: true }).fill("không phải mã");
    await visitor.getByRole("button", { name: "Tra cứu văn bản" }).click();
    await visitor.getByText(/Mã kiểm tra gồm 16 ký tự/).waitFor();
    expect(await visitor.getByLabel("Mã kiểm tra (không bắt buộc)", { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    await context.close();
  });
});
