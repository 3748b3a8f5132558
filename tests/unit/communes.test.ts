import { describe, expect, test } from "vitest";
import { foldVietnamese, matchesCommuneSearch, RESERVED_SLUGS, slugify, uniqueSlug } from "@/domain/communes";
import { communeBaseUrl, hostServesCommune, parseCommuneHosts, rewriteForHost } from "@/server/communes/hosts";

describe("a commune's slug comes from its name", () => {
  test.each([
    ["tone marks and đ fold to ASCII", "Chợ Chùa", "cho-chua"],
    ["Đ at the start", "Đông Hòa", "dong-hoa"],
    ["precomposed and decomposed text give the same slug", "Nghĩa Hành".normalize("NFD"), "nghia-hanh"],
    ["punctuation and spaces collapse to one hyphen", "  Ba Tơ – (mới)  ", "ba-to-moi"],
    ["digits stay", "Phường 7", "phuong-7"],
    ["only symbols give nothing", "—", ""],
  ])("%s: %j → %j", (_label, name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  test("a long name is cut at 60 characters without a trailing hyphen", () => {
    const s = slugify("Xã ".repeat(40));
    expect(s.length).toBeLessThanOrEqual(60);
    expect(s.endsWith("-")).toBe(false);
  });
});

describe("uniqueSlug never repeats a slug of the install nor takes one of the app's own paths", () => {
  const codes = { province: "51", commune: "21349" };
  test.each([
    ["free: the name's slug", [], "cho-chua"],
    ["taken: the name with the province code", ["cho-chua"], "cho-chua-51"],
    ["taken twice: the name with the commune's own code", ["cho-chua", "cho-chua-51"], "cho-chua-21349"],
  ])("%s", (_label, taken, expected) => {
    expect(uniqueSlug("Chợ Chùa", codes, (s) => (taken as string[]).includes(s))).toBe(expected);
  });

  test.each([...RESERVED_SLUGS].filter((s) => /^[a-z0-9-]+$/.test(s)))(
    "a commune named %j does not get that path",
    (reserved) => {
      const slug = uniqueSlug(reserved, codes, () => false);
      expect(RESERVED_SLUGS.has(slug)).toBe(false);
    },
  );

  test("a name without letters still gets a slug", () => {
    expect(uniqueSlug("—", codes, () => false)).toBe("xa");
  });
});

describe("the communes' search matches with and without tone marks, and by code", () => {
  const choChua = { name: "Chợ Chùa", code: "21349" };
  test.each([
    ["without tone marks", "cho chua", true],
    ["with tone marks", "Chợ Chùa", true],
    ["upper case, extra spaces", "  CHO   CHUA ", true],
    ["part of the name", "chua", true],
    ["decomposed input", "Chợ".normalize("NFD"), true],
    ["the code's start", "213", true],
    ["another code", "99", false],
    ["another name", "nghia hanh", false],
    ["empty: everything", "", true],
  ])("%s: %j → %s", (_label, q, expected) => {
    expect(matchesCommuneSearch(choChua, q)).toBe(expected);
  });

  test("folding keeps letters that have no tone mark", () => {
    expect(foldVietnamese("Đặc khu Lý Sơn")).toBe("dac khu ly son");
  });
});

describe("host names of communes", () => {
  const hosts = parseCommuneHosts("xa-chochua.example.vn=cho-chua, bad-pair  nghiahanh.example.vn:8080=nghia-hanh");
  test("pairs are read, malformed ones ignored", () => {
    expect([...hosts]).toEqual([
      ["xa-chochua.example.vn", "cho-chua"],
      ["nghiahanh.example.vn:8080", "nghia-hanh"],
    ]);
  });
  test.each([
    ["the root is the commune's home", "xa-chochua.example.vn", "/", "/cho-chua"],
    ["a resident page", "XA-CHOCHUA.example.vn", "/resident", "/cho-chua/resident"],
    ["a consultation", "xa-chochua.example.vn", "/consultations/abc", "/cho-chua/consultations/abc"],
    ["already the commune's path", "xa-chochua.example.vn", "/cho-chua/resident", null],
    ["the install's own paths stay", "xa-chochua.example.vn", "/sign-in", null],
    ["the console stays", "xa-chochua.example.vn", "/console/dashboard", null],
    ["another host: untouched", "tinh.example.vn", "/", null],
    ["no host header", null, "/", null],
  ])("%s", (_label, host, path, expected) => {
    expect(rewriteForHost(hosts, host, path)).toBe(expected);
  });
  // The resident pages skip the proxy's rewriting (src/proxy.ts) and ask this instead.
  test.each([
    ["the install's host serves every commune", "ydan.quangngai.gov.vn", "tu-nghia", true],
    ["no host header: as the install's", null, "tu-nghia", true],
    ["a commune's host serves its own", "XA-CHOCHUA.example.vn", "cho-chua", true],
    ["a commune's host never serves another's", "xa-chochua.example.vn", "tu-nghia", false],
  ])("resident pages: %s", (_label, host, slug, expected) => {
    expect(hostServesCommune(hosts, host, slug)).toBe(expected);
  });
  test("slips carry the commune's own host when it has one, else the install's /{slug}", () => {
    expect(communeBaseUrl("cho-chua", "https://ydan.quangngai.gov.vn", hosts)).toBe("https://xa-chochua.example.vn");
    expect(communeBaseUrl("tu-nghia", "https://ydan.quangngai.gov.vn/", hosts)).toBe(
      "https://ydan.quangngai.gov.vn/tu-nghia",
    );
  });
});
