// Security headers on every kind of page: framing refused, a same-origin CSP, no sniffing;
// and the staff session cookie as the browser stores it: HttpOnly, SameSite=Lax.
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

describe("security headers and cookies", () => {
  test.each([
    "/",
    "/sign-in",
    "/resident",
    "/verify",
    "/console",
    "/consultations/khong-co",
    "/api/health",
    "/api/records/khong-co/pdf",
  ])("%s", async (path) => {
    const res = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  test("the staff session cookie is HttpOnly and SameSite=Lax; pages work under the CSP", async () => {
    const page = await staffPage(browser, baseUrl, "e2e-official");
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    await page.goto(`${baseUrl}/console/consultations`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
