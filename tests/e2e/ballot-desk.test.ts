// The entry desk, keyed as a commune office clerk keys on a busy evening: a ballot finished in its
// comment field is saved by Enter and the next code never lands on it; an unsaved ballot says so and
// asks before another household is opened; blank and invalid ballots; an online response looked up
// and voided; a household marked present at a meeting cannot answer online; the screen on a phone;
// 50 ballots keyboard-only, read back from the export one for one; axe on the desk's pages.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchBrowser } from "./browser";
import { staffPage } from "./helpers";
import { E2E_DESK } from "./server";

const baseUrl = inject("baseUrl");
let browser: Browser;
let consultationUrl = "";
beforeAll(async () => {
  browser = await launchBrowser();
  const page = await staffPage(browser, baseUrl, "e2e-desk-official");
  await page.goto(`${baseUrl}/console/consultations`);
  await page.getByRole("link", { name: E2E_DESK.title }).click();
  await page.getByRole("heading", { level: 1, name: E2E_DESK.title }).waitFor();
  consultationUrl = page.url();
  await page.close();
});
afterAll(() => browser?.close());

async function entryPage(username = "e2e-desk-official", viewport?: { width: number; height: number }) {
  const page = await staffPage(browser, baseUrl, username, viewport);
  await page.goto(`${consultationUrl}/entry`);
  const code = page.getByLabel("Mã hộ");
  await code.waitFor();
  await expect.poll(() => code.evaluate((el) => el === document.activeElement)).toBe(true);
  return page;
}

const heading = (page: Page, code: string) => page.getByRole("heading", { name: new RegExp(`^Hộ ${code} — `) });

/** The stored answers of a household, as the look-up panel shows them. */
async function storedAnswers(page: Page, code: string) {
  await page.getByLabel("Mã hộ").fill(code);
  await page.getByLabel("Mã hộ").press("Enter");
  const panel = page.getByRole("region", { name: `Ý kiến đang được tính của hộ ${code}` });
  await panel.waitFor();
  return (await panel.locator("li").allTextContents()).map((s) => s.trim());
}

describe("keying ballots", () => {
  test("Enter in a comment saves the ballot, and the next code goes to the code field, not onto the ballot", async () => {
    const page = await entryPage();
    // The sequence that once saved A01 as "Ý kiến khác" with A02's digits in its comment.
    await page.keyboard.type("a01");
    await page.keyboard.press("Enter");
    await heading(page, "A01").waitFor();
    await page.getByText("Chưa lưu", { exact: true }).waitFor();
    await page.keyboard.press("3"); // Ý kiến khác
    await page.keyboard.press("2"); // Phía tây chợ
    await page.getByText("Đã chọn đủ các câu: nhấn Enter để lưu.").waitFor();
    await page.keyboard.press("Tab"); // the comment of question 1
    await page.keyboard.type("Đề nghị có mái che");
    await page.keyboard.press("Enter");
    await page.getByText("Đã lưu phiếu của hộ A01.").waitFor();
    await page.keyboard.type("a02");
    await page.keyboard.press("Enter");
    await heading(page, "A02").waitFor();
    await page.keyboard.press("1");
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await page.getByText("Đã lưu phiếu của hộ A02.").waitFor();

    expect(await storedAnswers(page, "A01")).toEqual([
      "Hộ có đồng ý làm bãi đỗ xe cạnh chợ không?: Ý kiến khác · Đề nghị có mái che",
      "Bãi đỗ xe nên đặt ở đâu?: Phía tây chợ",
      "Góp ý khác của hộ: (không trả lời)",
    ]);
    expect(await storedAnswers(page, "A02")).toEqual([
      "Hộ có đồng ý làm bãi đỗ xe cạnh chợ không?: Đồng ý",
      "Bãi đỗ xe nên đặt ở đâu?: Phía đông chợ",
      "Góp ý khác của hộ: (không trả lời)",
    ]);
    await page.close();
  });

  test("keys typed onto a finished ballot change nothing; opening another household while it is unsaved asks first", async () => {
    const page = await entryPage();
    await page.keyboard.type("a03");
    await page.keyboard.press("Enter");
    await heading(page, "A03").waitFor();
    await page.keyboard.press("1");
    await page.keyboard.press("2");
    // The clerk forgets to save and starts typing the next code while the ballot has the focus.
    await page.keyboard.type("a04");
    await page
      .getByText("Phiếu của hộ A03 đang mở và chưa lưu: phím vừa gõ không được ghi vào phiếu.", { exact: false })
      .waitFor();
    await expect(page.getByRole("radio", { name: "1 Đồng ý" }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole("radio", { name: "2 Phía tây chợ" }).isChecked()).resolves.toBe(true);
    // Back to the code field (Shift+Tab twice) and ask for the next household: the screen asks.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("a04");
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog", { name: "Phiếu của hộ A03 chưa lưu. Muốn mở hộ A04?" }).waitFor();
    // The safe answer has the focus; the next one saves A03 and opens A04.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Quay lại phiếu hộ A03");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await heading(page, "A04").waitFor();
    await page.getByText("Đã lưu phiếu của hộ A03.").waitFor();
    // A04's ballot came back with nothing marked: a blank ballot (the "/" key).
    await page.keyboard.press("/");
    await page.getByText("Phiếu này được ghi là: Phiếu trắng.", { exact: false }).waitFor();
    await page.keyboard.press("Enter");
    await page.getByText("Đã lưu phiếu của hộ A04: Phiếu trắng.").waitFor();
    expect(await storedAnswers(page, "A03")).toEqual([
      "Hộ có đồng ý làm bãi đỗ xe cạnh chợ không?: Đồng ý",
      "Bãi đỗ xe nên đặt ở đâu?: Phía tây chợ",
      "Góp ý khác của hộ: (không trả lời)",
    ]);
    await page.getByLabel("Mã hộ").fill("A04");
    await page.getByLabel("Mã hộ").press("Enter");
    await expect(
      page.getByRole("region", { name: "Ý kiến đang được tính của hộ A04" }).textContent(),
    ).resolves.toContain("Phiếu trắng");
    await page.close();
  });

  test("an online response is found by the look-up, with its receipt, and voided with a reason; the ballot is then keyed", async () => {
    const page = await entryPage();
    await page.keyboard.type("a58");
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Ý kiến đang được tính của hộ A58" });
    await panel.waitFor();
    const text = await panel.textContent();
    for (const part of ["Trực tuyến", "E2EDESK8", "Hộ tự gửi trực tuyến", "Không đồng ý · Gửi nhầm", "Phía đông chợ"])
      expect(text).toContain(part);
    await panel.getByRole("button", { name: "Hủy ý kiến này" }).click();
    await panel.getByText("Vui lòng nêu lý do.").waitFor();
    await panel.getByLabel("Lý do hủy").fill("Hộ báo con cháu gửi nhầm");
    await panel.getByRole("button", { name: "Hủy ý kiến này" }).click();
    await page.getByText("Đã hủy ý kiến của hộ A58. Có thể nhập phiếu cho hộ.").waitFor();
    await heading(page, "A58").waitFor();
    await page.keyboard.press("1");
    await page.keyboard.press("2");
    await page.keyboard.press("Enter");
    await page.getByText("Đã lưu phiếu của hộ A58.").waitFor();
    const after = await storedAnswers(page, "A58");
    expect(after[0]).toBe("Hộ có đồng ý làm bãi đỗ xe cạnh chợ không?: Đồng ý");
    await expect(
      page.getByRole("region", { name: "Ý kiến đang được tính của hộ A58" }).textContent(),
    ).resolves.toContain("Công chức Nguyễn Thị Hoa");
    await page.close();
  });
});

describe("a household marked present at a meeting gives its voice there (Law Art 19 k1 b, k3)", () => {
  async function residentAnswer(page: Page) {
    await page.getByRole("button", { name: "Xem lại trước khi gửi" }).waitFor();
    await page.getByText("Đồng ý", { exact: true }).click();
    await page.getByText("Phía đông chợ").click();
    await page.getByRole("button", { name: "Xem lại trước khi gửi" }).click();
    await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  }

  test("online is refused naming the meeting while it is marked, and taken once it is unmarked", async () => {
    const head = await staffPage(browser, baseUrl, "e2e-desk-head");
    await head.goto(`${consultationUrl}/meetings`);
    await head
      .getByRole("link", { name: new RegExp(E2E_DESK.meetingPlace) })
      .first()
      .click();
    const box = head.getByLabel(/^A59 — /);
    await box.check();
    await head.getByRole("button", { name: "Lưu danh sách dự họp" }).click();
    await head.getByText("Đã lưu danh sách dự họp: 1 hộ.").waitFor();

    const resident = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await resident.goto(`${baseUrl}/${E2E_DESK.slug}/resident?code=A59`);
    await resident.getByLabel("Mã PIN").fill(E2E_DESK.pins.A59);
    await resident.getByRole("button", { name: "Đăng nhập" }).click();
    await resident.getByText("Hộ A59").first().waitFor();
    await resident.getByRole("link", { name: E2E_DESK.title }).click();
    // The page says why before the household fills anything in, and offers no form.
    await resident
      .getByText(`Gia đình đã được ghi tên có mặt tại cuộc họp ở ${E2E_DESK.meetingPlace}`, { exact: false })
      .waitFor();
    expect(await resident.getByRole("button", { name: "Xem lại trước khi gửi" }).count()).toBe(0);
    const consultationPage = resident.url();

    // The desk says the same, and keys nothing for it.
    const desk = await entryPage();
    await desk.keyboard.type("a59");
    await desk.keyboard.press("Enter");
    await desk.getByText(`Hộ có tên trong danh sách dự họp tại ${E2E_DESK.meetingPlace}`, { exact: false }).waitFor();
    expect(await heading(desk, "A59").count()).toBe(0);

    await box.uncheck();
    await head.getByRole("button", { name: "Lưu danh sách dự họp" }).click();
    await head.getByText("Đã lưu danh sách dự họp: 0 hộ.").waitFor();
    await resident.goto(consultationPage);
    await residentAnswer(resident);
    await resident.getByRole("heading", { name: "Biên nhận ý kiến" }).waitFor();
    await Promise.all([head.close(), resident.close(), desk.close()]);
  });
});

describe("the desk on a neighbourhood head's phone (360 × 740)", () => {
  test("no key hints on a touch screen, the save bar never covers a question, the active question is not drawn as an error", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Tên đăng nhập").fill("e2e-desk-head");
    await page.getByLabel("Mật khẩu").fill("Thu-nghiem-2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(`${baseUrl}/console`);
    // The head's home counts the head's own village.
    await page.getByText("Thôn An Hòa", { exact: false }).first().waitFor();
    await page.goto(`${consultationUrl}/entry`);
    await page.getByLabel("Mã hộ").fill("A60");
    await page.getByRole("button", { name: "Tìm hộ" }).tap();
    await heading(page, "A60").waitFor();
    expect(
      await page
        .locator(".entry kbd")
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length),
    ).toBe(0);
    expect(await page.getByText("Gõ mã hộ rồi Enter", { exact: false }).isVisible()).toBe(false);
    const actions = page.locator(".entry__actions");
    expect(await actions.evaluate((el) => getComputedStyle(el).position)).toBe("static");
    const active = page.locator(".entry__question--active");
    const colour = await active.evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(colour).not.toBe("rgb(143, 29, 29)"); // --red, the colour of an error
    // Every question can be read and tapped with nothing on top of it.
    for (const legend of await page.locator(".entry__question legend").all()) {
      await legend.scrollIntoViewIfNeeded();
      const box = (await legend.boundingBox())!;
      const onTop = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest("legend") !== null,
        [box.x + 5, box.y + box.height / 2],
      );
      expect(onTop).toBe(true);
    }
    // On a touch screen the key hints are hidden, so each option is named by its label alone.
    await page.getByRole("radio", { name: "Đồng ý", exact: true }).tap();
    await page.getByRole("radio", { name: "Phía tây chợ", exact: true }).tap();
    await page.getByLabel("Trả lời: Góp ý khác của hộ").fill("Làm thêm mái che");
    await page.getByRole("button", { name: /Lưu và nhập tiếp/ }).tap();
    await page.getByText("Đã lưu phiếu của hộ A60.").waitFor();
    await context.close();
  });
});

describe("50 ballots keyboard-only", () => {
  type Keyed = {
    code: string;
    mark?: "Phiếu trắng" | "Phiếu không hợp lệ";
    approval?: number;
    place?: number;
    comment?: string;
    text?: string;
  };
  const APPROVAL = ["Đồng ý", "Không đồng ý", "Ý kiến khác"];
  const PLACE = ["Phía đông chợ", "Phía tây chợ"];
  const plan: Keyed[] = Array.from({ length: 50 }, (_, n) => {
    const code = `A${String(n + 5).padStart(2, "0")}`;
    if (n % 10 === 3) return { code, mark: "Phiếu trắng" };
    if (n % 10 === 7) return { code, mark: "Phiếu không hợp lệ" };
    // "Ý kiến khác" (n % 3 === 2) needs its comment; others have one now and then.
    const comment =
      n % 3 === 2 ? `Ý kiến số ${n}: làm bãi nhỏ hơn` : n % 4 === 0 ? `Góp ý số ${n}: làm sớm` : undefined;
    return { code, approval: n % 3, place: n % 2, comment, text: n % 5 === 1 ? `Đề xuất ${n}` : undefined };
  });

  test("the stored ballots equal the keyed ones, one for one", async () => {
    const page = await entryPage();
    for (const b of plan) {
      await page.keyboard.type(b.code.toLowerCase());
      await page.keyboard.press("Enter");
      await heading(page, b.code).waitFor();
      if (b.mark) {
        await page.keyboard.press(b.mark === "Phiếu trắng" ? "/" : "*");
      } else {
        await page.keyboard.press(String(b.approval! + 1));
        await page.keyboard.press(String(b.place! + 1));
        if (b.comment || b.text) {
          await page.keyboard.press("Tab"); // question 1's comment
          if (b.comment) await page.keyboard.type(b.comment);
          if (b.text) {
            await page.keyboard.press("Tab"); // question 3's free text
            await page.keyboard.type(b.text);
          }
        }
      }
      await page.keyboard.press("Enter");
      await page
        .getByText(b.mark ? `Đã lưu phiếu của hộ ${b.code}: ${b.mark}.` : `Đã lưu phiếu của hộ ${b.code}.`)
        .waitFor();
    }
    // Read back from the export (the responses sheet of the tally workbook).
    const href = await (async () => {
      await page.goto(consultationUrl);
      return page.getByRole("link", { name: "Tải bảng tổng hợp (XLSX)" }).getAttribute("href");
    })();
    const res = await page.request.get(`${baseUrl}${href}`);
    expect(res.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Ý kiến")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, i) => {
      if (i > 1) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1));
    });
    const cell = (row: unknown[], name: string) => (row[col(name)] ?? null) as string | null;
    for (const b of plan) {
      const row = rows.get(b.code);
      expect(row, b.code).toBeDefined();
      expect(cell(row!, "Hình thức"), b.code).toBe("Phiếu lấy ý kiến");
      expect(cell(row!, "Phiếu"), b.code).toBe(b.mark ?? null);
      expect(cell(row!, "Câu 1: Hộ có đồng ý làm bãi đỗ xe cạnh chợ không?"), b.code).toBe(
        b.mark ? null : APPROVAL[b.approval!],
      );
      expect(cell(row!, "Câu 1 (góp ý)"), b.code).toBe(b.comment ?? null);
      expect(cell(row!, "Câu 2: Bãi đỗ xe nên đặt ở đâu?"), b.code).toBe(b.mark ? null : PLACE[b.place!]);
      expect(cell(row!, "Câu 3: Góp ý khác của hộ"), b.code).toBe(b.text ?? null);
    }
    // Nothing else was stored for them: 50 rows of the plan, none doubled.
    expect(plan.filter((b) => rows.has(b.code))).toHaveLength(50);
    await page.close();
  });
});

describe("axe: no serious or critical findings on the desk's pages", () => {
  test.each([
    ["desktop", { width: 1280, height: 900 }],
    ["360 × 740", { width: 360, height: 740 }],
  ] as const)("%s: entry (with a ballot open), meeting, tally, reconciliation", async (_, viewport) => {
    const page = await staffPage(browser, baseUrl, "e2e-desk-official", viewport);
    await page.goto(`${consultationUrl}/entry`);
    await page.getByLabel("Mã hộ").fill("A55");
    await page.getByLabel("Mã hộ").press("Enter");
    await heading(page, "A55").waitFor();
    expect(await seriousViolations(page), "entry").toEqual([]);
    await page.goto(`${consultationUrl}/meetings`);
    await page
      .getByRole("link", { name: new RegExp(E2E_DESK.meetingPlace) })
      .first()
      .click();
    await page.getByRole("heading", { name: "Điểm danh hộ dự họp" }).waitFor();
    expect(await seriousViolations(page), "meeting").toEqual([]);
    await page.goto(consultationUrl);
    await page.getByRole("heading", { level: 1, name: E2E_DESK.title }).waitFor();
    expect(await seriousViolations(page), "tally").toEqual([]);
    await page.goto(`${consultationUrl}/reconciliation`);
    await page.locator("main table").first().waitFor();
    expect(await seriousViolations(page), "reconciliation").toEqual([]);
    await page.close();
  });
});
