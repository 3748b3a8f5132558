import type { Browser, Page } from "playwright-core";
import { E2E_PASSWORD } from "./server";

export async function staffPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(`${baseUrl}/console`);
  return page;
}

/** "YYYY-MM-DDTHH:mm" in Vietnam time, for datetime-local inputs. */
export function vnLocal(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
