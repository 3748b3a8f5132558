// The client's address for sign-in limits. `next start` appends the socket address to
// X-Forwarded-For; behind TRUSTED_PROXIES more proxies each append one, so we count from the right
// and never trust what the client itself sent at the left.
type Headers = Record<string, string | string[] | undefined> | undefined;

export function clientAddressFrom(headers: Headers, trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0)): string {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const hops = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (hops.length === 0) return (headers?.["x-real-ip"] as string | undefined) ?? "unknown";
  return hops[Math.max(0, hops.length - 1 - trustedProxies)];
}
