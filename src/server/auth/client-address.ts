// The client's address for sign-in limits (src/domain/login-throttle.ts), as the server entry
// worked it out from the TCP connection (scripts/serve-worker.mjs, scripts/client-address.mjs;
// TRUSTED_PROXIES). Route handlers and server actions see only headers, and every header but the
// entry's own is the client's to write, X-Forwarded-For included: it is never read here.
//
// The entry's header carries its process's random key. Without that key (a server started with
// `next start` or `next dev`, or a client sending its own copy) the address is UNKNOWN_ADDRESS for
// every request: all sign-in failures then count against one address, which locks more people out
// sooner but never lets one client pass for many (deny by default; OWASP Authentication Cheat
// Sheet, "Protect against automated attacks").
import { timingSafeEqual } from "node:crypto";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_KEY_ENV } from "../../../scripts/client-address.mjs";

type Headers = Record<string, string | string[] | undefined> | undefined;

export const UNKNOWN_ADDRESS = "unknown";

let warned = false;

function sameKey(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function clientAddressFrom(headers: Headers, key = process.env[CLIENT_ADDRESS_KEY_ENV]): string {
  const raw = headers?.[CLIENT_ADDRESS_HEADER];
  const value = Array.isArray(raw) ? undefined : raw; // two copies: not the entry's (it sets one)
  const space = value?.indexOf(" ") ?? -1;
  if (key && value && space > 0 && sameKey(value.slice(0, space), key)) {
    const address = value.slice(space + 1).trim();
    if (address && address.length <= 64) return address;
  }
  if (!key && !warned) {
    warned = true;
    console.warn(
      "[auth] the server was not started with `npm start` (scripts/serve.mjs): client addresses are unknown, so every failed sign-in counts against one shared address",
    );
  }
  return UNKNOWN_ADDRESS;
}
