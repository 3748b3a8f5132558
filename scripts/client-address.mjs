// The client's address, as the server entry (scripts/serve-worker.mjs) works it out once per request
// from the TCP connection, before Next.js sees the request. Sign-in limits count failures per address
// (src/domain/login-throttle.ts), so the address must be one a client cannot choose.
//
// X-Forwarded-For is whatever the client sent, with one address appended by each proxy it passed
// through. Only the proxies we run can be believed, and only for what they appended
// (OWASP Authentication Cheat Sheet, "Protect against automated attacks"; MDN X-Forwarded-For,
// "Security and privacy concerns"):
//   TRUSTED_PROXIES=0 (default)  the socket's peer, whatever the headers say;
//   TRUSTED_PROXIES=N            the N-th address from the right of X-Forwarded-For: the one the
//                                outermost of our N proxies appended (the socket's peer is the
//                                innermost proxy, which appended the N-1 to its right).
// A request that carries fewer addresses than that, or a malformed one where the client's should
// be, did not pass through every proxy: it counts as the socket's peer, never as a header's word.
import { isIP } from "node:net";

/** The request header the server entry sets and the app reads (src/server/auth/client-address.ts). */
export const CLIENT_ADDRESS_HEADER = "x-ydan-client-address";
/**
 * Environment variable holding this process's key for that header. The server entry sets it to a
 * fresh random value at start; the app believes the header only with that key in it, so a copy
 * sent by a client to a server started some other way (`next start`, `next dev`) counts for nothing.
 */
export const CLIENT_ADDRESS_KEY_ENV = "YDAN_CLIENT_ADDRESS_KEY";

/** TRUSTED_PROXIES as an operator writes it: a whole number ≥ 0; unset or empty is 0. */
export function trustedProxiesFrom(env) {
  const raw = env.TRUSTED_PROXIES?.trim();
  if (!raw) return 0;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) {
    throw new Error(`TRUSTED_PROXIES phải là số nguyên ≥ 0 / must be a whole number ≥ 0 (got "${raw}")`);
  }
  return n;
}

/** An address as one form: IPv4-mapped IPv6 as IPv4, IPv6 in lower case; not an IP address → null. */
export function normaliseAddress(raw) {
  let a = String(raw ?? "").trim();
  // "[2001:db8::1]:443" and "203.0.113.7:5123": some proxies append the port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.toLowerCase();
  if (a.startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a : null;
}

/**
 * @param {{ socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number }} input
 * @returns {string} the client's address, or "unknown" when even the socket has none
 */
export function clientAddressOf({ socketAddress, forwardedFor, trustedProxies }) {
  const peer = normaliseAddress(socketAddress) ?? "unknown";
  if (trustedProxies === 0) return peer;
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops.length < trustedProxies) return peer;
  return normaliseAddress(hops[hops.length - trustedProxies]) ?? peer;
}
