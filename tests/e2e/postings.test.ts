// No notice that is no longer in force stays posted (Law on Grassroots Democracy Art 12–13; Decree
// 61/2023 Art 9; docs/LAW.md#r17). An official records a posting of a published consultation and
// reschedules it (the posting is to be replaced); a leader cancels it (to be taken down); the
// official finds the posting flagged on the console home and on the printable list, and records it
// taken down from there. The consultation is this test's own.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { staffPage, vnLocal } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TITLE = "Lấy ý kiến về chủ trương xây cầu tràn qua suối Thôn Đông";
const DAY = 86_400_000;

async function act(page: Page, action: string | RegExp, reason?: string) {
  await page.getByRole("button", { name: action }).click();
  if (reason) await page.getByLabel("Lý do").fill(reason);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await page.getByText(/^Đã thực hiện: /).waitFor();
}

describe("postings that must come down (Law on Grassroots Democracy Art 12–13; Decree 61/2023 Art 9)", () => {
  test("an official records a posting and reschedules (replace it), a leader cancels (take it down): flagged on the home and the list, and taken down", async () => {
    const official = await staffPage(browser, baseUrl, "e2e-official");
    await official.goto(`${baseUrl}/console/consultations/new`);
    await official.getByLabel("Tên đợt lấy ý kiến").fill(TITLE);
    await official.getByLabel("Nội dung tóm tắt").fill("Xây cầu tràn bê tông qua suối, dài 12 m.");
    await official.getByRole("button", { name: "Chọn tất cả" }).click();
    const publishAt = new Date(Math.ceil((Date.now() + 2 * 60_000) / 60_000) * 60_000);
    await official.getByLabel("Ngày công bố").fill(vnLocal(publishAt));
    await official.getByLabel("Bắt đầu lấy ý kiến").fill(vnLocal(new Date(publishAt.getTime() + DAY)));
    await official.getByLabel("Kết thúc lấy ý kiến").fill(vnLocal(new Date(publishAt.getTime() + 25 * DAY)));
    await official
      .getByLabel("Nội dung câu hỏi")
      .first()
      .fill("Hộ gia đình có đồng ý với chủ trương xây cầu tràn không?");
    await official.getByRole("button", { name: "Lưu bản nháp" }).click();
    await official.waitForURL(
      (url) => /\/console\/consultations\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"),
    );
    const detailUrl = official.url();
    await act(official, "Gửi phê duyệt");

    const leader = await staffPage(browser, baseUrl, "e2e-leader");
    await leader.goto(detailUrl);
    await act(leader, "Phê duyệt công bố");

    // The notice to print, large print for the board: a PDF from the materials on the page.
    await official.reload();
    const notices = official.locator("section", { has: official.getByRole("heading", { name: "Tài liệu công khai" }) });
    const href = await notices
      .getByRole("link", { name: "Bản chữ lớn cho người cao tuổi (PDF)", exact: true })
      .getAttribute("href");
    const pdf = await official.request.get(`${baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // The posting, with its material, in one step; the log names who posted it and shows it up.
    await official.getByLabel("Tài liệu niêm yết").selectOption("NOTICE_LARGE");
    await official.getByRole("button", { name: "Ghi nhận", exact: true }).click();
    await official.getByText("Đã ghi nhận niêm yết.").waitFor();
    const log = official.locator("section[aria-labelledby=disclosure-title] .detail-list");
    await log.getByText("Đang niêm yết").waitFor();
    await log.getByRole("definition").filter({ hasText: "Thông báo chữ lớn" }).waitFor();

    expect(await seriousViolations(official)).toEqual([]);

    // Rescheduled after posting: what is posted says the old dates and must be replaced.
    await official.getByRole("button", { name: "Dời lịch, điều chỉnh…" }).click();
    await official.getByLabel("Kết thúc lấy ý kiến").fill(vnLocal(new Date(publishAt.getTime() + 30 * DAY)));
    await official.getByLabel("Địa điểm họp").fill("Nhà văn hóa Thôn Đông");
    await official.getByLabel("Lý do điều chỉnh").fill("Kéo dài thời gian lấy ý kiến do mưa lũ");
    await official.getByRole("button", { name: "Ghi nhận điều chỉnh" }).click();
    await official.getByText("Đã điều chỉnh. Các bản niêm yết trước đó cần thay bằng thông báo mới.").waitFor();
    await log.getByText("Nội dung đã thay đổi (dời lịch, điều chỉnh)").waitFor();
    await log.locator(".detail-item__todo", { hasText: "Thay bằng thông báo mới" }).waitFor();

    await leader.reload();
    await act(leader, "Hủy đợt lấy ý kiến", "Dự án chuyển sang năm sau");
    await leader.close();

    // The consultation's own log says what to do, in the list's words.
    await official.reload();
    await log.getByText("Đợt lấy ý kiến đã hủy").waitFor();
    await log.locator(".detail-item__todo", { hasText: "Gỡ xuống" }).waitFor();

    // The console home counts it under the commune's own places, and links to the list.
    await official.goto(`${baseUrl}/console`);
    const home = official.locator("section[aria-labelledby=home-postings-title]");
    await home.getByText("Toàn xã/phường").waitFor();
    await home.getByRole("link", { name: "Xem và in danh sách" }).click();
    await official.waitForURL(`${baseUrl}/console/postings`);

    const row = official.getByRole("row").filter({ hasText: TITLE });
    await expect(row.textContent()).resolves.toMatch(/Trụ sở UBND.*Thông báo chữ lớn.*Đợt lấy ý kiến đã hủy.*Gỡ xuống/);
    await official.getByRole("button", { name: "In danh sách" }).waitFor();
    expect(await seriousViolations(official)).toEqual([]);

    // Taken down from its row: it leaves the list, and the consultation's log shows it taken down.
    await row.getByRole("button", { name: /^Gỡ xuống bản niêm yết/ }).click();
    await official.getByRole("button", { name: "Xác nhận đã gỡ" }).click();
    await row.waitFor({ state: "detached" });
    await official.goto(detailUrl);
    await log.getByText(/^Đã gỡ xuống ngày /).waitFor();
    await official.close();
  });
});
