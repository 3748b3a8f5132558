// A leader opens the dashboard, opens the closed contribution vote, reads the outcome per
// neighbourhood (Law 10/2022 Art 15 k1, Art 21 k1: at least two-thirds of the households of each
// neighbourhood), the area line that says how many neighbourhoods adopted instead of one verdict,
// and downloads the tally as XLSX, whose figures are read back.
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_CLOSED_TITLE } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("leadership dashboard", () => {
  test("leader: dashboard → closed consultation → outcome per neighbourhood → XLSX download", async () => {
    const leader = await staffPage(browser, baseUrl, "e2e-leader");
    await leader.getByRole("link", { name: "Bảng điều hành" }).click();
    await leader.waitForURL("**/console/dashboard**");
    const row = leader.getByRole("row").filter({ hasText: E2E_CLOSED_TITLE });
    await row.getByText("Đã kết thúc").waitFor();
    // Decided per neighbourhood: the dashboard counts the adopting neighbourhoods, not one verdict.
    await row.getByText("1/2 thôn, tổ dân phố thông qua").waitFor();
    await row.getByRole("link", { name: E2E_CLOSED_TITLE }).click();
    await leader.getByRole("heading", { level: 1, name: E2E_CLOSED_TITLE }).waitFor();

    const tally = leader.getByRole("region", { name: "Kết quả lấy ý kiến (đã chốt khi kết thúc)" });
    await tally.waitFor();
    const question = tally.getByRole("table", {
      name: "Câu 1: Hộ gia đình có đồng ý đóng góp 500.000 đồng làm đường không?",
    });
    const unitRow = (name: string) =>
      question.getByRole("row").filter({ has: leader.getByRole("rowheader", { name }) });
    // Each option: households, share of respondents · share of the roll (which the rule counts).
    expect(await unitRow("Thôn Đông").getByRole("cell").allInnerTexts()).toEqual([
      "14",
      "11\n78,6% · 73,3%",
      "3\n21,4% · 20%",
      "0\n0% · 0%",
      "0\n0% · 0%",
      "0\n0% · 0%",
      "Được thông qua",
    ]);
    expect(await unitRow("Thôn Tây").getByRole("cell").allInnerTexts()).toEqual([
      "4",
      "2\n50% · 40%",
      "1\n25% · 20%",
      "1\n25% · 20%",
      "0\n0% · 0%",
      "0\n0% · 0%",
      "Không được thông qua",
    ]);
    // Art 21 k1: each neighbourhood decided for itself; the area has no verdict of its own.
    expect(await unitRow("Cả khu vực").getByRole("cell").allInnerTexts()).toEqual([
      "18",
      "13\n72,2% · 65%",
      "4\n22,2% · 20%",
      "1\n5,6% · 5%",
      "0\n0% · 0%",
      "0\n0% · 0%",
      "1/2 thôn, tổ dân phố thông qua",
    ]);
    expect(await tally.locator(".tally-area-line").innerText()).toBe(
      "Kết quả cả khu vực: 1/2 thôn, tổ dân phố thông qua",
    );
    await tally.getByText("Mỗi thôn, tổ dân phố biểu quyết và quyết định riêng", { exact: false }).waitFor();
    await tally.getByText("từ 2/3 tổng số hộ trở lên tán thành", { exact: false }).waitFor();

    const [download] = await Promise.all([
      leader.waitForEvent("download"),
      tally.getByRole("link", { name: "Tải bảng tổng hợp (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await readFile((await download.path())!)).buffer);
    const sheet = wb.getWorksheet("Tổng hợp")!;
    const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    // Name, roll, responded; then each option's households (after turnout, 4 channels, blank and invalid with their shares).
    expect(rows.map((r) => [r[0], r[1], r[2], r[12], r[15], r[18], r.at(-1)])).toEqual([
      ["Thôn Đông", 15, 14, 11, 3, 0, "Được thông qua"],
      ["Thôn Tây", 5, 4, 2, 1, 1, "Không được thông qua"],
      ["Tổng cộng", 20, 18, 13, 4, 1, "1/2 thôn, tổ dân phố thông qua"],
    ]);
    await leader.close();
  });
});
