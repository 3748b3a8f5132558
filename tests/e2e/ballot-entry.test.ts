// A neighbourhood head keys in ten paper ballots with the keyboard only and sees the running count.
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

describe("paper ballot entry", () => {
  test("ten ballots by keyboard only, with the running count; a second entry for a household is refused", async () => {
    const page = await staffPage(browser, baseUrl, "e2e-neighbourhood_head");
    await page.goto(`${baseUrl}/console/consultations`);
    await page.getByRole("link", { name: E2E_OPEN_TITLE }).click();
    await page.getByRole("link", { name: "Nhập phiếu" }).click();
    const code = page.getByLabel("Mã hộ");
    await code.waitFor();
    // The code field takes the focus once the page is interactive: no click needed.
    await expect.poll(() => code.evaluate((el) => el === document.activeElement)).toBe(true);
    const entered = page.getByTestId("entered-count");
    await expect.poll(() => entered.textContent()).toBe("0");
    // Other browser tests may have answered online for some households of this neighbourhood.
    const responded = page.getByTestId("responded-count");
    await expect.poll(() => responded.textContent()).toMatch(/^\d+ \/ 15$/);
    const respondedBefore = Number((await responded.textContent())!.split("/")[0]);

    for (let i = 3; i <= 12; i++) {
      const household = `D${String(i).padStart(2, "0")}`;
      await page.keyboard.type(household.toLowerCase());
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: new RegExp(`^Hộ ${household}`) }).waitFor();
      await page.keyboard.press(i % 3 === 0 ? "2" : "1"); // approval: Đồng ý (1) or Không đồng ý (2)
      await page.keyboard.press("1"); // surface: Bê tông xi măng
      await page.keyboard.press("Enter");
      await page.getByText(`Đã lưu phiếu của hộ ${household}.`).waitFor();
    }
    await expect.poll(() => entered.textContent()).toBe("10");
    // responded / the roll of the head's own neighbourhood
    await expect.poll(() => responded.textContent()).toBe(`${respondedBefore + 10} / 15`);

    // The same household again: refused, naming who recorded it.
    await page.keyboard.type("D03");
    await page.keyboard.press("Enter");
    await page
      .getByText(/^Hộ này đã có ý kiến bằng phiếu lấy ý kiến, do Cán bộ NEIGHBOURHOOD_HEAD ghi nhận lúc/)
      .waitFor();
    // A household of another neighbourhood does not exist for this head.
    await page.keyboard.press("Escape");
    await page.keyboard.type("T02");
    await page.keyboard.press("Enter");
    await page.getByText("Không tìm thấy dữ liệu yêu cầu.").waitFor();
    await page.close();
  });
});
