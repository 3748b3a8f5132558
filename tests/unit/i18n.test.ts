import { describe, expect, test } from "vitest";
import { en } from "@/i18n/messages/en";
import { vi } from "@/i18n/messages/vi";

function leaves(obj: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  test("Vietnamese and English have exactly the same keys", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  test("no message is empty, and both languages use the same placeholders", () => {
    for (const [key, text] of viLeaves) {
      expect(text.trim(), key).not.toBe("");
      expect(enLeaves.get(key)!.trim(), key).not.toBe("");
      expect(params(enLeaves.get(key)!), key).toEqual(params(text));
    }
  });

  test("Vietnamese text is stored in NFC (precomposed diacritics)", () => {
    for (const [key, text] of viLeaves) expect(text, key).toBe(text.normalize("NFC"));
  });
});
