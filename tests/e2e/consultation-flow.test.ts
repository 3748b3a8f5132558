// An official creates a consultation with two questions and a PDF and submits it; a leader
// approves publication; the public page shows it with the document downloadable.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { tinyPdf } from "../helpers/files";
import { launchBrowser } from "./browser";
import { staffPage, vnLocal } from "./helpers";
import { E2E_SLUG } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TITLE = "Lấy ý kiến về chủ trương đầu tư nhà văn hóa Thôn Đông";

describe("a consultation from draft to the public page", () => {
  test("official creates and submits, leader publishes, the public downloads the document", async () => {
    const official = await staffPage(browser, baseUrl, "e2e-official");
    await official.goto(`${baseUrl}/console/consultations`);
    await official.getByRole("link", { name: "+ Tạo đợt lấy ý kiến mới" }).click();
    await official.waitForURL("**/console/consultations/new");

    await official.getByLabel("Tên đợt lấy ý kiến").fill(TITLE);
    await official.getByLabel("Nội dung tóm tắt").fill("Xây mới nhà văn hóa Thôn Đông trên nền nhà văn hóa cũ.");
    await official.getByRole("button", { name: "Chọn tất cả" }).click();
    const now = Date.now();
    await official.getByLabel("Ngày công bố").fill(vnLocal(new Date(now - 3_600_000)));
    await official.getByLabel("Bắt đầu lấy ý kiến").fill(vnLocal(new Date(now - 3_600_000)));
    await official.getByLabel("Kết thúc lấy ý kiến").fill(vnLocal(new Date(now + 25 * 86_400_000)));
    await official
      .getByLabel("Nội dung câu hỏi")
      .first()
      .fill("Hộ gia đình có đồng ý với chủ trương xây mới nhà văn hóa không?");
    await official.getByRole("button", { name: "+ Thêm câu hỏi" }).click();
    await official.getByLabel("Loại câu hỏi").nth(1).selectOption("SINGLE_CHOICE");
    await official.getByLabel("Nội dung câu hỏi").nth(1).fill("Hộ chọn thời gian khởi công nào?");
    await official.getByLabel("Các phương án (mỗi dòng một phương án)").fill("Quý I năm 2027\nSau vụ mùa");
    await official.getByRole("button", { name: "Lưu bản nháp" }).click();
    await official.waitForURL(
      (url) => /\/console\/consultations\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"),
    );
    const detailUrl = official.url();

    await official.getByLabel("Tên tài liệu").fill("Tờ trình chủ trương đầu tư");
    await official
      .getByLabel("Tệp")
      .setInputFiles({ name: "to-trinh.pdf", mimeType: "application/pdf", buffer: tinyPdf("Tờ trình") });
    await official.getByRole("button", { name: "Tải lên" }).click();
    await official.getByText("Đã tải lên tài liệu “Tờ trình chủ trương đầu tư”.").waitFor();

    await official.getByRole("button", { name: "Gửi phê duyệt" }).click();
    await official.getByRole("button", { name: "Xác nhận" }).click();
    await official.getByText(/Đã thực hiện: Gửi phê duyệt/).waitFor();
    await official.close();

    const leader = await staffPage(browser, baseUrl, "e2e-leader");
    await leader.goto(detailUrl);
    await leader.getByRole("button", { name: "Phê duyệt công bố" }).click();
    await leader.getByRole("button", { name: "Xác nhận" }).click();
    await leader.getByText(/Đã thực hiện: Phê duyệt công bố/).waitFor();
    // The leader downloads the tally as XLSX from the consultation page.
    const xlsxHref = await leader.getByRole("link", { name: "Tải bảng tổng hợp (XLSX)" }).getAttribute("href");
    const xlsx = await leader.request.get(`${baseUrl}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK"); // a zip container
    await leader.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const visitor = await context.newPage();
    await visitor.goto(`${baseUrl}/${E2E_SLUG}`);
    await visitor.getByRole("link", { name: TITLE }).click();
    await visitor.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const download = visitor.getByRole("link", { name: "Tải về tài liệu Tờ trình chủ trương đầu tư" });
    const href = await download.getAttribute("href");
    const res = await visitor.request.get(`${baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="to-trinh.pdf"/);
    expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await context.close();
  });
});
