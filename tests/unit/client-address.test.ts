// The client address the sign-in limits count (scripts/client-address.mjs, worked out by the server
// entry from the connection; src/server/auth/client-address.ts, read by the app from the entry's
// header). A client may write any X-Forwarded-For it likes: only what our own proxies appended counts.
import { describe, expect, it } from "vitest";
import {
  clientAddressOf,
  normaliseAddress,
  trustedProxiesFrom,
  CLIENT_ADDRESS_HEADER,
} from "../../scripts/client-address.mjs";
import { clientAddressFrom, UNKNOWN_ADDRESS } from "@/server/auth/client-address";

describe("the client's address from the connection and X-Forwarded-For", () => {
  const cases: {
    label: string;
    socket: string | undefined;
    xff: string | string[] | undefined;
    proxies: number;
    address: string;
  }[] = [
    {
      label: "no proxies, no header: the socket's peer",
      socket: "203.0.113.7",
      xff: undefined,
      proxies: 0,
      address: "203.0.113.7",
    },
    {
      label: "no proxies: a client's own X-Forwarded-For is ignored",
      socket: "203.0.113.7",
      xff: "198.51.100.1",
      proxies: 0,
      address: "203.0.113.7",
    },
    {
      label: "no proxies: a long forged chain is ignored",
      socket: "203.0.113.7",
      xff: "10.0.0.1, 10.0.0.2, 192.0.2.9",
      proxies: 0,
      address: "203.0.113.7",
    },
    {
      label: "no proxies: IPv4-mapped IPv6 socket reads as IPv4",
      socket: "::ffff:127.0.0.1",
      xff: "198.51.100.1",
      proxies: 0,
      address: "127.0.0.1",
    },
    {
      label: "no proxies: IPv6 socket in lower case",
      socket: "2001:DB8::1",
      xff: undefined,
      proxies: 0,
      address: "2001:db8::1",
    },
    {
      label: "no socket address (closed): unknown",
      socket: undefined,
      xff: "198.51.100.1",
      proxies: 0,
      address: "unknown",
    },
    {
      label: "one proxy: the right-most address, which it appended",
      socket: "10.0.0.2",
      xff: "198.51.100.1",
      proxies: 1,
      address: "198.51.100.1",
    },
    {
      label: "one proxy: what the client put to the left is ignored",
      socket: "10.0.0.2",
      xff: "6.6.6.6, 1.2.3.4, 198.51.100.1",
      proxies: 1,
      address: "198.51.100.1",
    },
    {
      label: "one proxy: repeated headers read as one list",
      socket: "10.0.0.2",
      xff: ["6.6.6.6", "198.51.100.1"],
      proxies: 1,
      address: "198.51.100.1",
    },
    {
      label: "one proxy: a port the proxy appended is dropped",
      socket: "10.0.0.2",
      xff: "198.51.100.1:51234",
      proxies: 1,
      address: "198.51.100.1",
    },
    {
      label: "one proxy: a bracketed IPv6 with port",
      socket: "10.0.0.2",
      xff: "[2001:db8::7]:443",
      proxies: 1,
      address: "2001:db8::7",
    },
    {
      label: "one proxy, no header (came round it): the socket's peer",
      socket: "10.0.0.9",
      xff: undefined,
      proxies: 1,
      address: "10.0.0.9",
    },
    {
      label: "one proxy, a garbage right-most entry: the socket's peer",
      socket: "10.0.0.2",
      xff: "198.51.100.1, not-an-ip",
      proxies: 1,
      address: "10.0.0.2",
    },
    {
      label: "two proxies: the second from the right",
      socket: "10.0.0.3",
      xff: "6.6.6.6, 198.51.100.1, 10.0.0.2",
      proxies: 2,
      address: "198.51.100.1",
    },
    {
      label: "two proxies, only one address (came round the outer one): the socket's peer",
      socket: "10.0.0.3",
      xff: "10.0.0.2",
      proxies: 2,
      address: "10.0.0.3",
    },
    {
      label: "two proxies: empty entries are skipped",
      socket: "10.0.0.3",
      xff: "198.51.100.1,, 10.0.0.2",
      proxies: 2,
      address: "198.51.100.1",
    },
  ];
  it.each(cases)("$label", ({ socket, xff, proxies, address }) => {
    expect(clientAddressOf({ socketAddress: socket, forwardedFor: xff, trustedProxies: proxies })).toBe(address);
  });

  it.each([
    ["1.2.3.4", "1.2.3.4"],
    ["::FFFF:10.1.2.3", "10.1.2.3"],
    ["[::1]", "::1"],
    ["unknown", null],
    ["1.2.3.4; DROP", null],
    ["", null],
  ])("normalises %j to %j", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });
});

describe("TRUSTED_PROXIES", () => {
  it.each([
    ["unset", undefined, 0],
    ["empty", " ", 0],
    ["zero", "0", 0],
    ["one", "1", 1],
    ["two, with spaces", " 2 ", 2],
  ])("%s", (_label, value, n) => {
    expect(trustedProxiesFrom({ TRUSTED_PROXIES: value })).toBe(n);
  });
  it.each(["-1", "1.5", "yes", "true", "1e2"])("refuses %j, naming the variable", (value) => {
    expect(() => trustedProxiesFrom({ TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES.*whole number/);
  });
});

describe("the app reads only the server entry's header, with this process's key", () => {
  const key = "k3y-of-this-process";
  const cases: {
    label: string;
    headers: Record<string, string | string[] | undefined> | undefined;
    key: string | undefined;
    address: string;
  }[] = [
    {
      label: "the entry's header: its address",
      headers: { [CLIENT_ADDRESS_HEADER]: `${key} 203.0.113.7` },
      key,
      address: "203.0.113.7",
    },
    {
      label: "the entry's header, IPv6",
      headers: { [CLIENT_ADDRESS_HEADER]: `${key} 2001:db8::1` },
      key,
      address: "2001:db8::1",
    },
    {
      label: "X-Forwarded-For alone is never read",
      headers: { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.1" },
      key,
      address: UNKNOWN_ADDRESS,
    },
    {
      label: "X-Forwarded-For beside the entry's header changes nothing",
      headers: { [CLIENT_ADDRESS_HEADER]: `${key} 203.0.113.7`, "x-forwarded-for": "198.51.100.1" },
      key,
      address: "203.0.113.7",
    },
    {
      label: "a header with the wrong key (a client's forgery)",
      headers: { [CLIENT_ADDRESS_HEADER]: "guess 198.51.100.1" },
      key,
      address: UNKNOWN_ADDRESS,
    },
    {
      label: "a header with no key",
      headers: { [CLIENT_ADDRESS_HEADER]: "198.51.100.1" },
      key,
      address: UNKNOWN_ADDRESS,
    },
    {
      label: "two copies of the header",
      headers: { [CLIENT_ADDRESS_HEADER]: [`${key} 203.0.113.7`, `${key} 198.51.100.1`] },
      key,
      address: UNKNOWN_ADDRESS,
    },
    {
      label: "not started by the entry (next dev / next start): any header is unknown",
      headers: { [CLIENT_ADDRESS_HEADER]: `${key} 203.0.113.7` },
      key: undefined,
      address: UNKNOWN_ADDRESS,
    },
    { label: "no headers at all", headers: undefined, key, address: UNKNOWN_ADDRESS },
  ];
  it.each(cases)("$label", ({ headers, key: k, address }) => {
    expect(clientAddressFrom(headers, k)).toBe(address);
  });
});
