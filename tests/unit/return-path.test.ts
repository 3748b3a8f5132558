// Where a household sign-in may send the household afterwards: only into its own commune's
// resident area; every other target, however it is dressed up, is the household's list.
import { describe, expect, test } from "vitest";
import { resolveReturnPath, signInHref } from "@/domain/return-path";

const SLUG = "cho-chua";
const HOME = "/cho-chua/resident";
const ANSWER = "/cho-chua/resident/c/cm9x2k3l40000abcd1234efgh";

describe("resolveReturnPath: pages of the commune's resident area are kept", () => {
  test.each([
    ["a consultation's answer page", ANSWER],
    ["its review step", `${ANSWER}/review`],
    ["its receipt", `${ANSWER}/receipt`],
    ["the list itself", HOME],
  ])("%s", (_label, raw) => {
    expect(resolveReturnPath(SLUG, raw)).toBe(raw);
  });
});

describe("resolveReturnPath: anything else falls back to the list", () => {
  test.each([
    ["nothing", undefined],
    ["an empty value", ""],
    ["not a string", ["/cho-chua/resident/c/x"]],
    ["an absolute URL", "https://evil.example/cho-chua/resident/c/x"],
    ["an absolute URL of the app's own kind", "http://localhost:3000/cho-chua/resident/c/x"],
    ["a protocol-relative URL", "//evil.example/cho-chua/resident"],
    ["a protocol-relative URL after the prefix", "/cho-chua/resident//evil.example"],
    ["a backslash (browsers read it as /)", "/\\evil.example"],
    ["a backslash after the prefix", "/cho-chua/resident\\..\\..\\evil"],
    ["a backslash inside the path", "/cho-chua/resident/c\\x"],
    ["a javascript: address", "javascript:alert(1)"],
    ["a relative path", "cho-chua/resident/c/x"],
    ["another commune's resident area", "/nguyen-nghiem/resident/c/x"],
    ["a commune whose name starts the same", "/cho-chua-2/resident/c/x"],
    ["the commune's public pages", "/cho-chua/consultations/x"],
    ["the staff console", "/console"],
    ["a look-alike of the area", "/cho-chua/residentx/c/x"],
    ["the area in other letter case", "/Cho-Chua/resident/c/x"],
    ["dot segments climbing out", "/cho-chua/resident/../../console"],
    ["a single dot segment", "/cho-chua/resident/./c"],
    ["an encoded slash", "/cho-chua/resident/%2F%2Fevil.example"],
    ["an encoded dot segment", "/cho-chua/resident/%2e%2e/%2e%2e/console"],
    ["an encoded backslash", "/cho-chua/resident/%5Cevil.example"],
    ["a query string", `${ANSWER}?next=//evil.example`],
    ["a fragment", `${ANSWER}#x`],
    ["a trailing slash", `${HOME}/`],
    ["an empty segment", "/cho-chua/resident/c//x"],
    ["a tab or newline (stripped by browsers)", "/cho-chua/resident/c/x\n//evil.example"],
    ["a NUL character", "/cho-chua/resident/c/x\u0000"],
    ["non-ASCII letters", "/cho-chua/resident/c/xã"],
    ["too deep", `${ANSWER}/a/b/c`],
    ["too long", `${HOME}/c/${"a".repeat(200)}`],
  ])("%s", (_label, raw) => {
    expect(resolveReturnPath(SLUG, raw)).toBe(HOME);
  });
});

describe("signInHref", () => {
  test.each([
    ["carries an answer page, escaped", ANSWER, `${HOME}?next=%2Fcho-chua%2Fresident%2Fc%2Fcm9x2k3l40000abcd1234efgh`],
    ["carries nothing for the list itself", HOME, HOME],
    ["carries nothing outside the area", "https://evil.example/", HOME],
  ])("%s", (_label, target, href) => {
    expect(signInHref(SLUG, target)).toBe(href);
  });
});
