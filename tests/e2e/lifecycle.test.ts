// A wrong or too distant publication date traps nobody (Art 28 k2 Law on Grassroots Democracy: the
// document is public at least 20 days before opinions close). An official submits a plan built at
// exactly 20 days and is warned of the last approval moment; a leader approves it for a date ahead,
// so opening by hand shows disabled until then; the leader takes the approval back, approves again
// and publishes at once. The consultation is this test's own.
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

const TITLE = "Lấy ý kiến về chủ trương lắp đèn chiếu sáng đường Thôn Tây";
const DAY = 86_400_000;

/** "dd/MM/yyyy" of an instant in Vietnam time, as the console shows dates. */
function vnDay(d: Date): string {
  const [y, m, day] = vnLocal(d).slice(0, 10).split("-");
  return `${day}/${m}/${y}`;
}

async function act(page: Page, action: string | RegExp, reason?: string) {
  await page.getByRole("button", { name: action }).click();
  if (reason) await page.getByLabel("Lý do").fill(reason);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await page.getByText(/^Đã thực hiện: /).waitFor();
}

describe("approval, taking it back and publishing now (Art 28 k2)", () => {
  test("an official is warned at submission; a leader approves for a date ahead, takes it back, approves again and publishes now", async () => {
    const official = await staffPage(browser, baseUrl, "e2e-official");
    await official.goto(`${baseUrl}/console/consultations/new`);
    await official.getByLabel("Tên đợt lấy ý kiến").fill(TITLE);
    await official.getByLabel("Nội dung tóm tắt").fill("Lắp 40 đèn chiếu sáng dọc đường trục Thôn Tây.");
    await official.getByRole("button", { name: "Chọn tất cả" }).click();
    // Publication three days ahead, closing exactly 20 days after it: no room for a late approval.
    const publishAt = new Date(Math.floor((Date.now() + 3 * DAY) / 60_000) * 60_000);
    await official.getByLabel("Ngày công bố").fill(vnLocal(publishAt));
    await official.getByLabel("Bắt đầu lấy ý kiến").fill(vnLocal(publishAt));
    await official.getByLabel("Kết thúc lấy ý kiến").fill(vnLocal(new Date(publishAt.getTime() + 20 * DAY)));
    await official
      .getByLabel("Nội dung câu hỏi")
      .first()
      .fill("Hộ gia đình có đồng ý với chủ trương lắp đèn chiếu sáng không?");
    await official.getByRole("button", { name: "Lưu bản nháp" }).click();
    await official.waitForURL(
      (url) => /\/console\/consultations\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"),
    );
    const detailUrl = official.url();

    // The warning stands next to the submit button and is repeated in its confirmation; it does not block.
    const warning = new RegExp(
      `^Nếu được phê duyệt sau ${vnLocal(publishAt).slice(11, 16)} ngày ${vnDay(publishAt).replace(/\//g, "\\/")}, thời hạn 20 ngày công khai trước khi kết thúc sẽ không còn đủ \\(Điều 28 Luật Thực hiện dân chủ ở cơ sở\\)`,
    );
    await expect(official.getByText(warning).isVisible()).resolves.toBe(true);
    expect(await seriousViolations(official)).toEqual([]);
    const submit = official.getByRole("button", { name: "Gửi phê duyệt" });
    expect(await submit.getAttribute("aria-describedby")).toBeTruthy();
    await submit.click();
    await official.locator(".detail-actions__confirm").getByText(warning).waitFor();
    await official.getByRole("button", { name: "Xác nhận" }).click();
    await official.getByText("Đã thực hiện: Gửi phê duyệt.").waitFor();

    const leader = await staffPage(browser, baseUrl, "e2e-leader");
    await leader.goto(detailUrl);
    await act(leader, "Phê duyệt công bố");
    // Published for a date ahead: "publish now" is offered.
    await leader.getByRole("button", { name: "Công bố ngay" }).waitFor();

    // Opening by hand waits for the publication: disabled, with the moment it becomes possible.
    await official.reload();
    const open = official.getByRole("button", { name: "Bắt đầu lấy ý kiến" });
    expect(await open.isDisabled()).toBe(true);
    const openWhen = official.locator(`#${await open.getAttribute("aria-describedby")}`);
    expect(await openWhen.textContent()).toMatch(
      new RegExp(`^Có thể thực hiện từ .*${vnDay(publishAt).replace(/\//g, "\\/")}`),
    );

    expect(await seriousViolations(official)).toEqual([]);

    // The leader takes the approval back with a reason: a draft again.
    await act(leader, /^Thu hồi phê duyệt/, "Ngày công bố cần sớm hơn theo chỉ đạo của UBND");
    await leader.locator(".badge--draft", { hasText: "Bản nháp" }).waitFor();
    expect(await leader.getByRole("button", { name: "Công bố ngay" }).count()).toBe(0);

    await official.reload();
    await act(official, "Gửi phê duyệt");
    await leader.reload();
    await act(leader, "Phê duyệt công bố");
    await act(leader, "Công bố ngay");
    // The page refreshes after the action: the button goes once the publication has passed.
    await leader.getByRole("button", { name: "Công bố ngay" }).waitFor({ state: "detached" });
    const published = leader.locator(".detail-schedule__step").filter({ hasText: /^Công bố/ });
    expect(await published.textContent()).toContain(`Thực tế: ${vnDay(new Date())}`);
    await leader.close();

    // Published: the official may open by hand now.
    await official.reload();
    expect(await official.getByRole("button", { name: "Bắt đầu lấy ý kiến" }).isDisabled()).toBe(false);
    await official.close();
  });
});
