// The staff live tally (docs/LAW.md#r2, #r8): every question has its own table per
// neighbourhood and for the area — choice questions with each option's households as shares of the
// respondents and of the roll, a blank paper ballot in its own column so the shares of respondents
// add up; free-text questions with how many households wrote an answer.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Locator } from "playwright-core";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_TALLY_TITLE } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The cells of each row of a table, keyed by the row's header. */
async function cellsByRow(table: Locator) {
  const out: Record<string, string[]> = {};
  for (const row of await table.locator("tbody tr").all())
    out[(await row.getByRole("rowheader").innerText()).trim()] = await row.getByRole("cell").allInnerTexts();
  return out;
}

describe("staff live tally", () => {
  test("official: every choice question per neighbourhood with both shares, blank ballots apart, free-text answers counted", async () => {
    const official = await staffPage(browser, baseUrl, "e2e-official");
    await official.goto(`${baseUrl}/console/consultations`);
    await official.getByRole("link", { name: E2E_TALLY_TITLE }).click();
    await official.getByRole("heading", { level: 1, name: E2E_TALLY_TITLE }).waitFor();
    const tally = official.getByRole("region", { name: "Kết quả tạm tính (đang lấy ý kiến)" });
    await tally.waitFor();

    expect(await cellsByRow(tally.getByRole("table", { name: "Tham gia theo thôn, tổ dân phố" }))).toEqual({
      "Thôn Đông": ["15", "5", "33,3%"],
      "Thôn Tây": ["5", "2", "40%"],
      "Cả khu vực": ["20", "7", "35%"],
    });

    const approval = tally.getByRole("table", { name: "Câu 1: Hộ có đồng ý làm sân thể thao cạnh nhà văn hóa không?" });
    expect(await approval.locator("thead th").allInnerTexts()).toEqual([
      "Thôn, tổ dân phố",
      "Đã có ý kiến",
      "Đồng ý",
      "Không đồng ý",
      "Ý kiến khác",
      "Phiếu trắng",
      "Phiếu không hợp lệ",
    ]);
    // Shares of respondents: 60 + 20 + 0 + 20 (blank) + 0 = 100 %.
    expect(await cellsByRow(approval)).toEqual({
      "Thôn Đông": ["5", "3\n60% · 20%", "1\n20% · 6,7%", "0\n0% · 0%", "1\n20% · 6,7%", "0\n0% · 0%"],
      "Thôn Tây": ["2", "1\n50% · 20%", "0\n0% · 0%", "1\n50% · 20%", "0\n0% · 0%", "0\n0% · 0%"],
      "Cả khu vực": ["7", "4\n57,1% · 20%", "1\n14,3% · 5%", "1\n14,3% · 5%", "1\n14,3% · 5%", "0\n0% · 0%"],
    });

    const items = tally.getByRole("table", { name: "Câu 2: Sân nên có những hạng mục nào?" });
    expect(await items.locator("thead th").allInnerTexts()).toEqual([
      "Thôn, tổ dân phố",
      "Đã có ý kiến",
      "Sân bóng đá mini",
      "Sân cầu lông",
      "Đường chạy bộ",
      "Phiếu trắng",
      "Phiếu không hợp lệ",
    ]);
    expect(await cellsByRow(items)).toEqual({
      "Thôn Đông": ["5", "1\n20% · 6,7%", "2\n40% · 13,3%", "1\n20% · 6,7%", "1\n20% · 6,7%", "0\n0% · 0%"],
      "Thôn Tây": ["2", "2\n100% · 40%", "0\n0% · 0%", "1\n50% · 20%", "0\n0% · 0%", "0\n0% · 0%"],
      "Cả khu vực": ["7", "3\n42,9% · 15%", "2\n28,6% · 10%", "2\n28,6% · 10%", "1\n14,3% · 5%", "0\n0% · 0%"],
    });

    const free = tally.getByRole("table", { name: "Câu 3: Đề xuất khác của hộ về sân thể thao" });
    expect(await cellsByRow(free)).toEqual({
      "Thôn Đông": ["5", "1 (20%)"],
      "Thôn Tây": ["2", "1 (50%)"],
      "Cả khu vực": ["7", "2 (28,6%)"],
    });
    // An opinion matter: no outcome anywhere.
    expect(await tally.getByText(/thông qua/).count()).toBe(1); // only the advisory notice, "không biểu quyết thông qua"
    await official.close();
  });
});
