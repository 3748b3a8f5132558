export const CLIENT_ADDRESS_HEADER: "x-ydan-client-address";
export const CLIENT_ADDRESS_KEY_ENV: "YDAN_CLIENT_ADDRESS_KEY";
/** TRUSTED_PROXIES as an operator writes it: a whole number ≥ 0; unset or empty is 0. */
export function trustedProxiesFrom(env: Record<string, string | undefined>): number;
/** An address as one form: IPv4-mapped IPv6 as IPv4, IPv6 in lower case; not an IP address → null. */
export function normaliseAddress(raw: string | undefined | null): string | null;
/** The client's address from the socket and, behind trusted proxies, X-Forwarded-For. */
export function clientAddressOf(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: number;
}): string;
