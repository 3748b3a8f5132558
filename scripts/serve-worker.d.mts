/** The options `next start` took that this server keeps (-p, -H, --keepAliveTimeout), TRUSTED_PROXIES and PUBLIC_CACHE_MS. */
export function serveOptions(
  argv: string[],
  env: Record<string, string | undefined>,
): {
  port: number;
  hostname: string | undefined;
  keepAliveTimeout: number | undefined;
  trustedProxies: number;
  publicCacheMs: number;
};
/** This worker's side of relayPublicInvalidations in scripts/serve.mjs. */
export function relayPublicInvalidations(
  proc?: import("node:events").EventEmitter & { send(msg: unknown): unknown },
): void;
