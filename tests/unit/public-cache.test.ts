// The public pages' micro-cache of `npm start` (scripts/public-cache.mjs): what it keeps, for whom,
// and that a signed-in person or a write never meets a stored page. Driven over real HTTP with a
// handler that counts its renders.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APP_SEGMENTS, cacheMsFrom, createPublicCache, isPublicPath } from "../../scripts/public-cache.mjs";
import { RESERVED_SLUGS } from "@/domain/communes";

describe("PUBLIC_CACHE_MS", () => {
  it.each([
    ["unset: one second", {}, 1000],
    ["0 turns it off", { PUBLIC_CACHE_MS: "0" }, 0],
    ["a whole number of milliseconds", { PUBLIC_CACHE_MS: " 250 " }, 250],
  ])("%s", (_label, env, ms) => expect(cacheMsFrom(env)).toBe(ms));

  it.each(["-1", "1.5", "soon", "60001"])("refuses %s, naming the setting", (raw) =>
    expect(() => cacheMsFrom({ PUBLIC_CACHE_MS: raw })).toThrow(/PUBLIC_CACHE_MS/),
  );
});

describe("which addresses are public pages", () => {
  it.each([
    ["the root (the communes list)", "/", true],
    ["a commune's home", "/cho-chua", true],
    ["a consultation", "/cho-chua/consultations/ckx1abc", true],
    ["its results", "/cho-chua/consultations/ckx1abc/results", true],
    ["the console", "/console", false],
    ["a console page", "/console/dashboard", false],
    ["an API route", "/api/health", false],
    ["the empty page", "/blank", false],
    ["a resident page", "/cho-chua/resident", false],
    ["the commune's verification", "/cho-chua/verify", false],
    ["Next.js's files", "/_next/static/chunks/a.js", false],
    ["an old single-commune address", "/consultations/ckx1abc", false],
    ["a path with a dot", "/cho-chua/consultations/a.b", false],
  ])("%s: %s → %s", (_label, path, expected) => expect(isPublicPath(path)).toBe(expected));

  it("leaves out every first segment a commune may not be called", () => {
    for (const slug of RESERVED_SLUGS) {
      expect(APP_SEGMENTS.has(slug), slug).toBe(true);
      expect(isPublicPath(`/${slug}`), slug).toBe(false);
    }
  });
});

type Reply = { status: number; body: string; cache: string | undefined; setCookie: boolean };

let server: Server | undefined;
afterEach(async () => {
  const s = server;
  server = undefined;
  if (!s) return;
  s.closeAllConnections();
  await new Promise((r) => s.close(r));
});

/** The app's data cache freshness (src/server/public-cache/tags.ts), as a test sets it. */
type Freshness = { generation: number; open: number; nextChange(t: number): number };
let fresh: Freshness;
beforeEach(() => {
  fresh = { generation: 0, open: 0, nextChange: () => Number.POSITIVE_INFINITY };
});

/** A server whose app counts renders; `reply` shapes each render's answer. */
async function serve(
  ttlMs: number,
  reply: (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>,
  now?: () => number,
  freshness: (() => Freshness | undefined) | undefined = () => fresh,
) {
  const cache = createPublicCache({ ttlMs, now, freshness });
  let renders = 0;
  server = createServer((req, res) => void cache.serve(req, res, (q, s) => reply(q, s, ++renders)));
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<Reply>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            cache: res.headers["x-cache"] as string | undefined,
            setCookie: res.headers["set-cookie"] !== undefined,
          }),
        );
      });
      req.on("error", reject);
      req.end();
    });
  return { get, renders: () => renders };
}

const page = (_req: IncomingMessage, res: ServerResponse, n: number) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.write("<p>render ");
  res.end(`${n}</p>`);
};

describe("the micro-cache", () => {
  it("renders a public page once and serves the same bytes to the next visitor", async () => {
    const s = await serve(60_000, page);
    const first = await s.get("/cho-chua");
    const second = await s.get("/cho-chua");
    expect(first).toMatchObject({ status: 200, body: "<p>render 1</p>", cache: "MISS" });
    expect(second).toMatchObject({ status: 200, body: "<p>render 1</p>", cache: "HIT" });
    expect(s.renders()).toBe(1);
  });

  it("renders again once the page is older than PUBLIC_CACHE_MS", async () => {
    let t = 0;
    const s = await serve(1000, page, () => t);
    await s.get("/");
    t = 999;
    expect((await s.get("/")).body).toBe("<p>render 1</p>");
    t = 1000;
    expect((await s.get("/")).body).toBe("<p>render 2</p>");
  });

  it("never serves or keeps a page for a signed-in visitor (any cookie but the language)", async () => {
    const s = await serve(60_000, page);
    await s.get("/cho-chua");
    const signedIn = await s.get("/cho-chua", { cookie: "NEXT_LOCALE=vi; next-auth.session-token=abc" });
    expect(signedIn).toMatchObject({ body: "<p>render 2</p>" });
    expect(signedIn.cache).toBeUndefined();
    expect((await s.get("/cho-chua")).body).toBe("<p>render 1</p>");
  });

  it("keeps each language apart", async () => {
    const s = await serve(60_000, page);
    await s.get("/cho-chua", { cookie: "NEXT_LOCALE=vi" });
    expect((await s.get("/cho-chua", { cookie: "NEXT_LOCALE=en" })).body).toBe("<p>render 2</p>");
    expect((await s.get("/cho-chua", { cookie: "NEXT_LOCALE=vi" })).body).toBe("<p>render 1</p>");
  });

  it("keeps each query apart (a search is its own page)", async () => {
    const s = await serve(60_000, page);
    await s.get("/?q=cho%20chua");
    expect((await s.get("/?q=an%20phu")).body).toBe("<p>render 2</p>");
  });

  it("does not keep an answer that sets a cookie, nor an error", async () => {
    const s = await serve(60_000, (_q, res, n) => {
      if (n === 1) res.setHeader("set-cookie", "a=b");
      else if (n === 2) res.statusCode = 500;
      res.end(`render ${n}`);
    });
    await s.get("/cho-chua");
    await s.get("/cho-chua");
    expect((await s.get("/cho-chua")).body).toBe("render 3");
    expect((await s.get("/cho-chua")).body).toBe("render 3");
  });

  it("passes writes, client-side navigations and other addresses straight to the app", async () => {
    const s = await serve(60_000, page);
    await s.get("/cho-chua", {}, "POST");
    await s.get("/cho-chua", {}, "POST");
    await s.get("/cho-chua", { rsc: "1" });
    await s.get("/cho-chua", { rsc: "1" });
    await s.get("/console/dashboard");
    await s.get("/console/dashboard");
    expect(s.renders()).toBe(6);
  });

  it("renders once for visitors who arrive while the page is being rendered", async () => {
    const s = await serve(60_000, async (req, res, n) => {
      await new Promise((r) => setTimeout(r, 50));
      page(req, res, n);
    });
    const replies = await Promise.all(Array.from({ length: 10 }, () => s.get("/cho-chua")));
    expect(s.renders()).toBe(1);
    expect(new Set(replies.map((r) => r.body))).toEqual(new Set(["<p>render 1</p>"]));
  });

  it("never serves a page kept before an invalidation", async () => {
    const s = await serve(60_000, page);
    await s.get("/cho-chua");
    fresh.generation++;
    expect((await s.get("/cho-chua")).body).toBe("<p>render 2</p>");
    expect((await s.get("/cho-chua")).body).toBe("<p>render 2</p>");
  });

  it("keeps nothing while an invalidation's request has not answered, nor what rendered across one", async () => {
    fresh.open = 1;
    const s = await serve(60_000, async (req, res, n) => {
      if (n === 3) fresh.generation++;
      await page(req, res, n);
    });
    await s.get("/cho-chua");
    expect((await s.get("/cho-chua")).body).toBe("<p>render 2</p>");
    fresh.open = 0;
    // Render 3 sees the generation move while it renders: it may hold the old data, so it is not kept.
    await s.get("/cho-chua");
    expect((await s.get("/cho-chua")).body).toBe("<p>render 4</p>");
    expect((await s.get("/cho-chua")).body).toBe("<p>render 4</p>");
  });

  it("serves a page only before the next scheduled moment (an opening changes it with no write)", async () => {
    let t = 0;
    fresh.nextChange = (at) => (at < 500 ? 500 : Number.POSITIVE_INFINITY);
    const s = await serve(60_000, page, () => t);
    await s.get("/cho-chua");
    t = 499;
    expect((await s.get("/cho-chua")).body).toBe("<p>render 1</p>");
    t = 500;
    expect((await s.get("/cho-chua")).body).toBe("<p>render 2</p>");
  });

  it("keeps nothing without the app's freshness (not loaded yet, or several workers)", async () => {
    const s = await serve(60_000, page, undefined, () => undefined);
    await s.get("/cho-chua");
    expect((await s.get("/cho-chua")).body).toBe("<p>render 2</p>");
  });

  it("is off at PUBLIC_CACHE_MS=0", async () => {
    const s = await serve(0, page);
    await s.get("/cho-chua");
    expect((await s.get("/cho-chua")).body).toBe("<p>render 2</p>");
  });
});
