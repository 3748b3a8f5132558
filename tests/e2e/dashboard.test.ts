// A leader opens the dashboard, opens the closed contribution vote, reads the outcome per
// neighbourhood (Law 10/2022 Art 15 k1, Art 21 k1: at least two-thirds of the households of each
// neighbourhood) and downloads the tally as XLSX, whose figures are read back.
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
    await row.getByRole("link", { name: E2E_CLOSED_TITLE }).click();
    await leader.getByRole("heading", { level: 1, name: E2E_CLOSED_TITLE }).waitFor();

    const tally = leader.getByRole("region", { name: "Kết quả lấy ý kiến (đã chốt khi kết thúc)" });
    await tally.waitFor();
    const east = tally.getByRole("row").filter({ has: leader.getByRole("rowheader", { name: "Thôn Đông" }) });
    const west = tally.getByRole("row").filter({ has: leader.getByRole("rowheader", { name: "Thôn Tây" }) });
    expect(await east.getByRole("cell").allInnerTexts()).toEqual(["15", "14", "93,3%", "11 (73,3%)", "3 (20%)", "0 (0%)", "Được thông qua"]);
    expect(await west.getByRole("cell").allInnerTexts()).toEqual(["5", "4", "80%", "2 (40%)", "1 (20%)", "1 (20%)", "Không được thông qua"]);
    await tally.getByText("từ 2/3 tổng số hộ trở lên tán thành", { exact: false }).waitFor();

    const [download] = await Promise.all([leader.waitForEvent("download"), tally.getByRole("link", { name: "Tải bảng tổng hợp (XLSX)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await readFile((await download.path())!)).buffer);
    const sheet = wb.getWorksheet("Tổng hợp")!;
    const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((r) => [r[0], r[1], r[2], r[8], r[9], r[10], r.at(-1)])).toEqual([
      ["Thôn Đông", 15, 14, 11, 3, 0, "Được thông qua"],
      ["Thôn Tây", 5, 4, 2, 1, 1, "Không được thông qua"],
      ["Tổng cộng", 20, 18, 13, 4, 1, expect.any(String)],
    ]);
    await leader.close();
  });
});
