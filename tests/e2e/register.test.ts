// An administrator uploads an XLSX of 500 households for the two neighbourhoods, reviews
// the preview (new households, and the seeded ones of those neighbourhoods that the file no longer
// lists) and applies it; the household list then shows the new register.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** 500 households: the 20 seeded ones kept (same details), 480 new ones split over both neighbourhoods. */
async function registerXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách hộ");
  ws.addRow(["Thôn/Tổ dân phố", "Mã hộ", "Chủ hộ", "Địa chỉ", "Số nhân khẩu", "Số điện thoại"]);
  for (let i = 1; i <= 15; i++)
    ws.addRow([
      "Thôn Đông",
      `D${String(i).padStart(2, "0")}`,
      `Nguyễn Văn D${String(i).padStart(2, "0")}`,
      `Số ${i}, Thôn Đông`,
      1,
      "",
    ]);
  for (let i = 1; i <= 5; i++)
    ws.addRow([
      "Thôn Tây",
      `T${String(i).padStart(2, "0")}`,
      `Nguyễn Văn T${String(i).padStart(2, "0")}`,
      `Số ${i}, Thôn Tây`,
      1,
      "",
    ]);
  for (let i = 1; i <= 480; i++)
    ws.addRow([
      i % 2 ? "Thôn Đông" : "Thôn Tây",
      `N${String(i).padStart(4, "0")}`,
      `Trần Thị Mới ${i}`,
      `Số ${i}, xóm Mới`,
      (i % 5) + 1,
      `09${String(10_000_000 + i)}`,
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("household register import", () => {
  test("administrator uploads 500 households, reviews the preview, applies it", async () => {
    const admin = await staffPage(browser, baseUrl, "e2e-admin");
    await admin.getByRole("link", { name: "Nhập danh sách hộ" }).click();
    await admin.waitForURL("**/console/register/import");
    await admin.getByLabel("Tệp danh sách hộ (XLSX hoặc CSV)").setInputFiles({
      name: "danh-sach-ho.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await registerXlsx(),
    });
    await admin.getByRole("button", { name: "Xem trước" }).click();
    await admin.getByRole("heading", { name: "Kết quả xem trước" }).waitFor();
    await admin.getByText("Tệp “danh-sach-ho.xlsx”: 500 dòng. Chưa có thay đổi nào được ghi.").waitFor();
    await admin.getByRole("button", { name: "Cập nhật danh sách hộ" }).click();
    await admin
      .getByText(
        "Sẽ thêm 480 hộ mới, cập nhật thông tin 0 hộ, chuyển 0 hộ sang thôn, tổ dân phố khác, cho 0 hộ hoạt động trở lại và chuyển 0 hộ sang ngừng hoạt động.",
      )
      .waitFor();
    await admin.getByRole("button", { name: "Đồng ý cập nhật" }).click();
    await admin.getByRole("heading", { name: "Đã cập nhật danh sách hộ" }).waitFor();
    await admin.getByText("Đã cập nhật sổ hộ từ 500 dòng của tệp “danh-sach-ho.xlsx”.").waitFor();

    // The list now counts 500 active households.
    await admin.goto(`${baseUrl}/console/households`);
    await admin.getByText(/trong 500 hộ/).waitFor();
    await admin.goto(`${baseUrl}/console/households?q=N0480`);
    await expect(admin.getByRole("link", { name: "N0480" }).count()).resolves.toBe(1);
    await admin.close();
  });

  test("the register page leads to the forms for one neighbourhood or one household; a refused form puts focus on what to fix", async () => {
    const admin = await staffPage(browser, baseUrl, "e2e-admin");
    await admin.goto(`${baseUrl}/console/register/import`);
    await admin.getByRole("link", { name: "Thêm thôn, tổ dân phố" }).click();
    await admin.waitForURL("**/console/neighbourhoods?add=1");
    // The link opens the add form at once: its name field is there without another click.
    await admin.getByLabel("Tên", { exact: true }).waitFor();

    await admin.goto(`${baseUrl}/console/register/import`);
    await admin.getByRole("link", { name: "Thêm một hộ" }).click();
    await admin.waitForURL("**/console/households/new");
    const code = admin.getByLabel("Mã hộ", { exact: true });
    // Nothing filled in: refused here, and focus goes to the first field to fix (WCAG 3.3.1, 2.4.3).
    await admin.getByRole("button", { name: "Thêm hộ" }).click();
    await admin.getByText("Vui lòng nhập mã hộ.").waitFor();
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
    // A code the register already holds: refused by the server, focus again on the code.
    await code.fill("D01");
    await admin.getByLabel("Họ tên chủ hộ", { exact: true }).fill("Nguyễn Văn Trùng");
    await admin.getByLabel("Số nhân khẩu", { exact: true }).fill("3");
    await admin.getByLabel("Thôn, tổ dân phố", { exact: true }).selectOption({ label: "Thôn Đông" });
    await admin.getByLabel("Họ tên chủ hộ", { exact: true }).focus();
    await admin.getByRole("button", { name: "Thêm hộ" }).click();
    await admin.getByText(/Mã hộ “D01” đã có trong sổ hộ của xã/).waitFor();
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
    await admin.close();
  });
});
