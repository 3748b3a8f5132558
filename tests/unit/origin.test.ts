// The Origin rule for state changes (OWASP CSRF cheat sheet, "Verifying Origin With Standard
// Headers") and the address and NUL guards, as tables.
import { describe, expect, test } from "vitest";
import { addressId, hasNul, malformedAddress, stripNul } from "@/server/security/input";
import { configuredOrigins, originAllowed, verifyOrigin } from "@/server/security/origin";

const req = (method: string, headers: Record<string, string>, url = "http://localhost:3000/api/trpc/x") => ({
  method,
  url,
  headers: new Headers(headers),
});
const HOST = { host: "localhost:3000" };

describe("verifyOrigin, with nothing configured (the request's own Host is the app's origin)", () => {
  const env = {};
  test.each([
    ["same origin", { ...HOST, origin: "http://localhost:3000" }, "same"],
    ["another site", { ...HOST, origin: "http://attacker.invalid" }, "foreign"],
    ["the same host on another port", { ...HOST, origin: "http://localhost:4000" }, "foreign"],
    ["the same host over another scheme", { ...HOST, origin: "https://localhost:3000" }, "foreign"],
    ["a sub-domain (same site)", { host: "ydan.example.vn", origin: "http://evil.ydan.example.vn" }, "foreign"],
    ["Origin: null (sandboxed frame)", { ...HOST, origin: "null", referer: "http://localhost:3000/x" }, "foreign"],
    ["no Origin, Referer of this origin", { ...HOST, referer: "http://localhost:3000/console" }, "same"],
    ["no Origin, Referer of another port", { ...HOST, referer: "http://localhost:4000/x" }, "foreign"],
    ["neither Origin nor Referer", { ...HOST }, "missing"],
    ["a non-http origin", { ...HOST, origin: "file://" }, "foreign"],
    [
      "behind a proxy: X-Forwarded-Host/Proto",
      {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "ydan.example.vn",
        "x-forwarded-proto": "https",
        origin: "https://ydan.example.vn",
      },
      "same",
    ],
  ])("%s", (_label, headers, verdict) => {
    expect(verifyOrigin(req("POST", headers), env)).toBe(verdict);
  });
});

describe("configured origins: APP_ORIGIN, else NEXTAUTH_URL, plus COMMUNE_HOSTS", () => {
  test("APP_ORIGIN wins, a list; commune hosts take its scheme", () => {
    const own = configuredOrigins({
      APP_ORIGIN: "https://ydan.example.vn/, https://ydan.gov.vn",
      NEXTAUTH_URL: "https://other.example",
      COMMUNE_HOSTS: "xa-a.example.vn=xa-a",
    });
    expect([...own!]).toEqual(["https://ydan.example.vn", "https://ydan.gov.vn", "https://xa-a.example.vn"]);
  });
  test("NEXTAUTH_URL when APP_ORIGIN is unset; its built-in default counts as unset", () => {
    expect([...configuredOrigins({ NEXTAUTH_URL: "https://ydan.example.vn/api/auth" })!]).toEqual([
      "https://ydan.example.vn",
    ]);
    expect(configuredOrigins({ NEXTAUTH_URL: "http://localhost:3000" })).toBeNull();
    expect(configuredOrigins({ NEXTAUTH_URL: "http://localhost:4000", PORT: "4000" })).toBeNull();
    expect(configuredOrigins({})).toBeNull();
  });
  test("when configured, the Host header no longer decides", () => {
    const env = { APP_ORIGIN: "https://ydan.example.vn", COMMUNE_HOSTS: "xa-a.example.vn=xa-a" };
    expect(verifyOrigin(req("POST", { host: "attacker.invalid", origin: "http://attacker.invalid" }), env)).toBe(
      "foreign",
    );
    expect(verifyOrigin(req("POST", { host: "ydan.example.vn", origin: "https://ydan.example.vn" }), env)).toBe("same");
    expect(verifyOrigin(req("POST", { host: "xa-a.example.vn", origin: "https://xa-a.example.vn" }), env)).toBe("same");
    expect(verifyOrigin(req("POST", { host: "ydan.example.vn", origin: "http://ydan.example.vn" }), env)).toBe(
      "foreign",
    );
  });
});

describe("addresses and NUL", () => {
  test.each([
    ["/cho-chua/consultations/abc", "", false],
    ["/api/consultations/%00%ff/export", "", true],
    ["/x/%ff", "", true],
    ["/x/%zz", "", true],
    ["/x/%C0%AE", "", true],
    ["/x/%0a", "", true],
    ["/x/Th%C3%B4n", "", false],
    ["/console/households", "?q=%00", true],
    ["/console/households", "?q=%ff", false],
    ["/console/households", "?q=Th%C3%B4n+%C4%90%C3%B4ng", false],
  ])("%s%s malformed: %s", (path, search, malformed) => {
    expect(malformedAddress(path, search)).toBe(malformed);
  });
  test("ids from addresses", () => {
    expect(addressId("cmx5m8l0x00185n7d84psjvq5")).toBe("cmx5m8l0x00185n7d84psjvq5");
    expect(addressId("cho-chua")).toBe("cho-chua");
    for (const bad of ["", "%00%ff", "\u0000", "a\u0000", "..", "x".repeat(65), "Thôn", "a b", "%", "<script>"])
      expect(addressId(bad), bad).toBeNull();
  });
  test("hasNul looks into objects, arrays, form fields and file names", () => {
    expect(hasNul({ a: [{ b: "x\u0000" }] })).toBe(true);
    expect(hasNul({ a: [{ b: "x" }], n: 1, d: new Date() })).toBe(false);
    const form = new FormData();
    form.append("title", "ok");
    form.append("file", new File([new Uint8Array([1])], "a\u0000.pdf"));
    expect(hasNul(form)).toBe(true);
    expect(stripNul("a\u0000b\u0000")).toBe("ab");
  });
});

describe("originAllowed: servers' webhooks carry no cookie, so no Origin is asked of them", () => {
  test.each([
    ["the SMS gateway's receipts, no Origin", "http://localhost:3000/api/sms/receipts", {}, true],
    ["the receipts from another site", "http://localhost:3000/api/sms/receipts", { origin: "http://gw.invalid" }, true],
    ["a tRPC mutation with no Origin", "http://localhost:3000/api/trpc/x", {}, false],
    ["a path that only starts like the webhook", "http://localhost:3000/api/sms/receipts-x", {}, false],
    ["a page under the webhook's path", "http://localhost:3000/api/sms/receipts/x", {}, false],
  ])("%s", (_label, url, headers, allowed) => {
    expect(originAllowed(req("POST", { ...HOST, ...headers }, url), {})).toBe(allowed);
  });
});
