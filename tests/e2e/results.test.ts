// From opinions to published results (docs/LAW.md#r16; Law 10/2022 Art 28 k3): an official groups the
// opinions of a closed vote into themes and answers them, a leader approves and publishes, and a
// resident's phone without JavaScript shows "what we asked, what you said, what we did" with charts.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_CLOSED_COMMENTS, E2E_RESULTS_TITLE, E2E_SLUG } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const card = (page: Page, title: string) =>
  page.locator("li.th-card").filter({ has: page.getByText(title, { exact: true }) });

describe("themes, approval and the public results page", () => {
  test("official groups and answers, leader approves and publishes, the public reads the results", async () => {
    const official = await staffPage(browser, baseUrl, "e2e-official");
    await official.goto(`${baseUrl}/console/consultations`);
    await official.getByRole("link", { name: E2E_RESULTS_TITLE }).click();
    await official.getByRole("heading", { level: 1, name: E2E_RESULTS_TITLE }).waitFor();
    const detailUrl = official.url();
    await official.getByRole("link", { name: "Nhóm ý kiến và trả lời" }).click();
    await official.getByRole("heading", { level: 1, name: /Nhóm ý kiến và trả lời/ }).waitFor();

    // Two opinions about the road itself become one theme, straight from the selection.
    await official.getByLabel(E2E_CLOSED_COMMENTS[0]).check();
    await official.getByLabel(E2E_CLOSED_COMMENTS[1]).check();
    await official.getByLabel("Tên nhóm mới").fill("Quy cách con đường");
    await official.getByRole("button", { name: "Tạo nhóm" }).click();
    await official.getByText("Đã tạo nhóm “Quy cách con đường” với 2 ý kiến.").waitFor();
    await official.getByLabel(E2E_CLOSED_COMMENTS[2]).check();
    await official.getByLabel("Tên nhóm mới").fill("Miễn đóng góp cho hộ nghèo");
    await official.getByRole("button", { name: "Tạo nhóm" }).click();
    await official.getByText("Đã tạo nhóm “Miễn đóng góp cho hộ nghèo” với 1 ý kiến.").waitFor();

    const road = card(official, "Quy cách con đường");
    await road.getByLabel("Tiếp thu").check();
    await road
      .getByLabel("Nội dung trả lời")
      .fill("Mặt đường rộng 3 m, có rãnh thoát nước hai bên theo thiết kế điều chỉnh.");
    await road.getByRole("button", { name: "Lưu trả lời" }).click();
    await road.getByText("Đã lưu trả lời.").waitFor();
    const poor = card(official, "Miễn đóng góp cho hộ nghèo");
    await poor.getByLabel("Giải trình").check();
    await poor
      .getByLabel("Nội dung trả lời")
      .fill("Hộ nghèo, hộ cận nghèo được miễn đóng góp theo Nghị quyết của HĐND thị trấn.");
    await poor.getByRole("button", { name: "Lưu trả lời" }).click();
    await poor.getByText("Đã lưu trả lời.").waitFor();
    await official.close();

    // The leader approves both at once, then publishes from the consultation page.
    const leader = await staffPage(browser, baseUrl, "e2e-leader");
    await leader.goto(detailUrl);
    await leader.getByRole("link", { name: "Nhóm ý kiến và trả lời" }).click();
    await leader.getByRole("button", { name: "Phê duyệt tất cả trả lời đang chờ (2)" }).click();
    await leader.getByRole("button", { name: "Xác nhận phê duyệt" }).click();
    await leader.getByText("Đã phê duyệt 2 trả lời.").waitFor();
    await leader.getByText(/Đã sẵn sàng công bố kết quả/).waitFor();
    // The public pages are read (and cached) before the results are out: the results page is "not
    // found", the consultation page has no link to it.
    const id = new URL(detailUrl).pathname.split("/").pop()!;
    const publicUrl = `${baseUrl}/${E2E_SLUG}/consultations/${id}`;
    for (let i = 0; i < 2; i++) {
      expect((await fetch(`${publicUrl}/results`)).status).toBe(404);
      expect(await (await fetch(publicUrl)).text()).not.toContain(`/consultations/${id}/results`);
      await fetch(`${baseUrl}/${E2E_SLUG}`);
    }
    await leader.goto(detailUrl);
    await leader.getByRole("button", { name: "Công bố kết quả" }).click();
    await leader.getByRole("button", { name: "Xác nhận" }).click();
    // The panel says "done" and then refreshes away once nothing is left to do: either shows it happened.
    await leader
      .getByText(/Đã thực hiện: Công bố kết quả/)
      .or(leader.locator(".badge", { hasText: "Đã công bố kết quả" }))
      .first()
      .waitFor();
    await leader.close();
    // At once, with no delay: the publication dropped the cached pages in its own request.
    const results = await fetch(`${publicUrl}/results`);
    expect(results.status).toBe(200);
    expect(await results.text()).toContain(E2E_RESULTS_TITLE);
    expect(await (await fetch(publicUrl)).text()).toContain(`/consultations/${id}/results`);
    if (Number(process.env.E2E_PUBLIC_CACHE_MS ?? 0) > 0) {
      // The page cache keeps pages again once the publication's request has answered.
      await fetch(publicUrl);
      expect((await fetch(publicUrl)).headers.get("x-cache")).toBe("HIT");
    }

    // A phone without JavaScript: the public page links to the results.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const phone = await context.newPage();
    await phone.goto(`${baseUrl}/${E2E_SLUG}`);
    await phone.getByRole("link", { name: E2E_RESULTS_TITLE }).click();
    await phone.getByRole("link", { name: /Xem kết quả/ }).click();
    await phone.getByRole("heading", { level: 1, name: new RegExp(E2E_RESULTS_TITLE) }).waitFor();
    // What you said: turnout and per-question charts are images with names, and their figures in tables.
    const charts = phone.getByRole("img");
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    expect(await phone.locator("svg[role=img] title").count()).toBeGreaterThanOrEqual(2);
    await phone.getByText("Được thông qua").first().waitFor();
    await phone.getByText("Không được thông qua").first().waitFor();
    // Art 21 k1: Đông adopted, Tây did not — the area line counts neighbourhoods, it gives no verdict.
    const verdict = phone.locator(".results-verdict");
    expect(await verdict.locator(".results-verdict__big").innerText()).toBe(
      "Cả khu vực lấy ý kiến: 1/2 thôn, tổ dân phố thông qua",
    );
    expect(await verdict.getByText(/^Kết quả chung:/).count()).toBe(0);
    // A decision matter: each option also as a share of all households on the roll (13 of 20 agree).
    await phone.locator(".results-data td", { hasText: "13 (72,2% · 65%)" }).first().waitFor({ state: "attached" });
    // What we did: the approved responses, never the residents' own words.
    await phone.getByText("Mặt đường rộng 3 m, có rãnh thoát nước hai bên theo thiết kế điều chỉnh.").waitFor();
    await phone.getByText("Hộ nghèo, hộ cận nghèo được miễn đóng góp theo Nghị quyết của HĐND thị trấn.").waitFor();
    expect(await phone.getByText(E2E_CLOSED_COMMENTS[2]).count()).toBe(0);
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const resultsUrl = phone.url();
    await context.close();

    const a11y = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await a11y.goto(resultsUrl);
    expect(await seriousViolations(a11y)).toEqual([]);
    await a11y.close();
  });

  test("a streamed tRPC answer is refused: a mutation's cache drop is applied as the handler returns", async () => {
    const res = await fetch(`${baseUrl}/api/trpc/consultation.open?batch=1`, {
      method: "POST",
      headers: { origin: baseUrl, "content-type": "application/json", "trpc-accept": "application/jsonl" },
      body: JSON.stringify({ 0: { json: { id: "x", reason: "y" } } }),
    });
    expect(res.status).toBe(400);
  });
});
