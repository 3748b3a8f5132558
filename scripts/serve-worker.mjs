#!/usr/bin/env node
// One worker of `npm start` (scripts/serve.mjs): the production build served through Next.js's
// programmatic API (`next({ dev: false, dir })` behind `http.createServer`) instead of `next start`,
// so that every request is seen with its TCP connection before Next.js takes it.
//
// Why: sign-in limits count failures per client address (src/domain/login-throttle.ts), and Next.js
// route handlers and server actions see only headers. `next start` keeps a client's own
// X-Forwarded-For and appends nothing when one is present, so the address was the client's to
// choose. Here the address is worked out once, from the socket and (behind TRUSTED_PROXIES) the
// addresses our proxies appended (scripts/client-address.mjs), and handed to the app in an internal
// header that no client can set: any copy a request brings is removed first, and the value carries
// this process's random key (src/server/auth/client-address.ts believes nothing else).
//
//   node scripts/serve-worker.mjs [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]
// (the arguments of `next start` this app uses; PORT from the environment, else 3000).
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_KEY_ENV,
  clientAddressOf,
  trustedProxiesFrom,
} from "./client-address.mjs";
import { cacheMsFrom, createPublicCache } from "./public-cache.mjs";

/** The options `next start` took that this server keeps; anything else is refused, naming it. */
export function serveOptions(argv, env) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", short: "p" },
        hostname: { type: "string", short: "H" },
        keepAliveTimeout: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new Error(
      `npm start: tham số không hợp lệ / invalid argument: ${e.message} (-p PORT, -H HOSTNAME, --keepAliveTimeout MS)`,
    );
  }
  const rawPort = values.port ?? env.PORT?.trim() ?? "3000";
  const port = Number(rawPort || "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(
      `npm start: cổng phải là số nguyên 0–65535 / the port must be a whole number 0–65535 (got "${rawPort}")`,
    );
  const keepAliveTimeout = values.keepAliveTimeout === undefined ? undefined : Number(values.keepAliveTimeout);
  if (keepAliveTimeout !== undefined && !(Number.isInteger(keepAliveTimeout) && keepAliveTimeout >= 0)) {
    throw new Error(
      `npm start: --keepAliveTimeout phải là số nguyên mili giây / must be a whole number of milliseconds (got "${values.keepAliveTimeout}")`,
    );
  }
  return {
    port,
    hostname: values.hostname || undefined,
    keepAliveTimeout,
    trustedProxies: trustedProxiesFrom(env),
    publicCacheMs: cacheMsFrom(env),
  };
}

/**
 * With several workers, the public pages' cache (src/server/public-cache/tags.ts) hands each
 * invalidation to the others through the primary (scripts/serve.mjs relayPublicInvalidations) and
 * applies theirs here: its reads of those tags in flight finish, then the tags are expired in this
 * process's Next.js (its tags manifest, the one map every cache read of this process consults, as
 * revalidateTag would fill it), then the primary hears it is done.
 */
export function relayPublicInvalidations(proc = process) {
  const require = createRequire(import.meta.url);
  const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
  const freshness = () => globalThis[Symbol.for("ydan.publicFreshness")];
  let sent = 0;
  const waiting = new Map();
  globalThis[Symbol.for("ydan.publicRelay")] = (phase, tags) =>
    new Promise((resolve) => {
      const id = ++sent;
      waiting.set(id, resolve);
      proc.send({ ydan: "public-invalidate", id, phase, tags });
    });
  proc.on("message", async (msg) => {
    if (msg?.ydan === "public-invalidated") {
      waiting.get(msg.id)?.();
      waiting.delete(msg.id);
    } else if (msg?.ydan === "public-invalidate") {
      try {
        if (msg.phase === "start") {
          await freshness()?.received(msg.tags);
          const now = Date.now();
          for (const tag of msg.tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now });
        } else freshness()?.answered();
      } finally {
        proc.send({ ydan: "public-applied", key: msg.key });
      }
    }
  });
}

async function run() {
  const options = serveOptions(process.argv.slice(2), process.env);
  if (process.send && Number(process.env.YDAN_WORKERS ?? "1") > 1) relayPublicInvalidations();
  // As `next start` does: a production server unless told otherwise.
  if (!process.env.NODE_ENV) process.env.NODE_ENV = "production";
  // next-auth's default NEXTAUTH_URL and Next.js itself read the port from here, as under `next start`.
  process.env.PORT = String(options.port);
  // This process's key for the address header, fresh at every start; an inherited value is replaced.
  const key = randomBytes(24).toString("base64url");
  process.env[CLIENT_ADDRESS_KEY_ENV] = key;

  const { default: next } = await import("next");
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const app = next({ dev: false, dir, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The public pages, rendered at most once per PUBLIC_CACHE_MS for visitors without a session
  // (scripts/public-cache.mjs says what is kept and for whom).
  const cache = createPublicCache({ ttlMs: options.publicCacheMs });

  const server = createServer(async (req, res) => {
    // Computed before anything else reads the headers, and set over whatever the client sent under
    // that name (Node.js joins repeated unknown headers into one value, so one assignment replaces
    // every copy; rawHeaders is cleaned too, so no later reader finds the client's).
    const address = clientAddressOf({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trustedProxies: options.trustedProxies,
    });
    const value = `${key} ${address}`;
    req.headers[CLIENT_ADDRESS_HEADER] = value;
    for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
      if (req.rawHeaders[i].toLowerCase() === CLIENT_ADDRESS_HEADER) req.rawHeaders.splice(i, 2);
    }
    req.rawHeaders.push(CLIENT_ADDRESS_HEADER, value);
    try {
      await cache.serve(req, res, handle);
    } catch (e) {
      console.error(`[start] request for ${req.url} failed:`, e);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  });
  if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
  server.on("error", (e) => {
    console.error("[start] the server could not start:", e);
    process.exit(1);
  });
  server.listen(options.port, options.hostname, () => {
    const addr = server.address();
    const port = typeof addr === "object" && addr ? addr.port : options.port;
    // Next.js reads its own origin from here when a server action is forwarded, as `next start` sets it.
    process.env.__NEXT_PRIVATE_ORIGIN = `http://${!options.hostname || options.hostname === "0.0.0.0" ? "localhost" : options.hostname}:${port}`;
    const proxies = options.trustedProxies
      ? `the client's address from X-Forwarded-For behind ${options.trustedProxies} trusted prox${options.trustedProxies === 1 ? "y" : "ies"}`
      : "the client's address from the connection";
    console.log(`[start] worker ${process.pid} ready on ${process.env.__NEXT_PRIVATE_ORIGIN} (${proxies})`);
  });

  // SIGTERM/SIGINT (from the primary, Docker, systemd): stop taking connections, let those in flight
  // finish, then stop; the primary gives up waiting after 15 s.
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      server.close(() => void app.close().finally(() => process.exit(0)));
      server.closeIdleConnections();
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  await run().catch((e) => {
    console.error(`[start] ${e.message}`);
    process.exit(1);
  });
}
