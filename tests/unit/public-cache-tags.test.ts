// The public pages' cache tags (src/domain/public-cache.ts): what an invalidation drops, that one
// commune's never reach another's, and the clock epoch that moves a key at a scheduled moment.
import { describe, expect, it } from "vitest";
import {
  PUBLIC_ALL,
  PUBLIC_LIST,
  clockEpoch,
  communeTag,
  consultationTag,
  homeTag,
  tagsToInvalidate,
} from "@/domain/public-cache";

/** The tags each kind of entry carries (src/server/public-cache/reads.ts, PUBLIC_ALL added by tags.ts). */
const entries = {
  list: [PUBLIC_ALL, PUBLIC_LIST],
  homeA: [PUBLIC_ALL, communeTag("A"), homeTag("A")],
  momentsA: [PUBLIC_ALL, communeTag("A"), homeTag("A")],
  c1A: [PUBLIC_ALL, communeTag("A"), consultationTag("A", "c1")],
  c2A: [PUBLIC_ALL, communeTag("A"), consultationTag("A", "c2")],
  homeB: [PUBLIC_ALL, communeTag("B"), homeTag("B")],
  c1B: [PUBLIC_ALL, communeTag("B"), consultationTag("B", "c1")],
};
type Entry = keyof typeof entries;
const dropped = (tags: string[]) =>
  (Object.keys(entries) as Entry[]).filter((e) => entries[e].some((t) => tags.includes(t)));

describe("what an invalidation drops", () => {
  it.each<[string, string | null, string | undefined, Entry[]]>([
    ["a commune: its pages, its moments and the list", "A", undefined, ["list", "homeA", "momentsA", "c1A", "c2A"]],
    ["one consultation: it, its commune's home and moments, the list", "A", "c1", ["list", "homeA", "momentsA", "c1A"]],
    ["the same consultation id in another commune is another entry", "B", "c1", ["list", "homeB", "c1B"]],
    ["no commune (province-level): everything", null, undefined, Object.keys(entries) as Entry[]],
  ])("%s", (_label, commune, consultation, expected) =>
    expect(dropped(tagsToInvalidate(commune, consultation))).toEqual(expected),
  );

  it("a commune's tags never name another's, even when one id begins like the other", () => {
    expect(dropped(tagsToInvalidate("A"))).not.toContain("homeB");
    expect(communeTag("A")).not.toBe(communeTag("AB"));
    expect(tagsToInvalidate("A")).not.toContain(communeTag("AB"));
  });
});

describe("clockEpoch: the latest scheduled moment at or before now", () => {
  const moments = [100, 200, 300];
  it.each([
    ["before the first moment", 50, 0],
    ["exactly at a moment (dueTransition opens at opensAt ≤ now)", 100, 100],
    ["between two moments", 250, 200],
    ["a millisecond before the next", 299, 200],
    ["after the last", 10_000, 300],
  ])("%s", (_label, now, epoch) => expect(clockEpoch(moments, now)).toBe(epoch));

  it("no moments: one epoch for ever", () => expect(clockEpoch([], 123)).toBe(0));
});
