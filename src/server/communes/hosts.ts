// A commune may also be reached by a host name of its own (COMMUNE_HOSTS="xa-a.example.vn=slug-a,…"):
// on that host, /… is the commune's /{slug}/… . Its pages still link to /{slug}/…, which that host
// serves as well, so nothing depends on which address a visitor came by.

export type HostMap = ReadonlyMap<string, string>;

/** "host=slug" pairs, separated by commas or spaces; malformed pairs are ignored. */
export function parseCommuneHosts(raw: string | undefined): HostMap {
  const map = new Map<string, string>();
  for (const pair of (raw ?? "").split(/[\s,]+/)) {
    const m = /^([a-z0-9.-]+(?::\d+)?)=([a-z0-9-]+)$/i.exec(pair.trim());
    if (m) map.set(m[1].toLowerCase(), m[2].toLowerCase());
  }
  return map;
}

/** Paths of the install itself, the same on every host. */
const INSTALL_PATHS: ReadonlySet<string> = new Set([
  "api",
  "console",
  "sign-in",
  "setup",
  "_next",
  "blank",
  "favicon.ico",
  "icon.svg",
  "robots.txt",
]);

/** The path a request on `host` for `pathname` means, or null when it needs no rewriting. */
export function rewriteForHost(hosts: HostMap, host: string | null, pathname: string): string | null {
  const slug = host ? hosts.get(host.toLowerCase()) : undefined;
  if (!slug) return null;
  const first = pathname.split("/")[1] ?? "";
  if (first === slug || INSTALL_PATHS.has(first)) return null;
  return `/${slug}${pathname === "/" ? "" : pathname}`;
}

/**
 * Whether `host` may serve commune `slug`'s pages: any commune on the install's own host, only its
 * own on a commune's host (where rewriteForHost sends every other /{slug}/… to a 404).
 */
export function hostServesCommune(hosts: HostMap, host: string | null | undefined, slug: string): boolean {
  const own = host ? hosts.get(host.toLowerCase()) : undefined;
  return own === undefined || own === slug;
}

/** The address printed on a commune's slips: its own host when it has one, else the install's /{slug}. */
export function communeBaseUrl(
  slug: string,
  installUrl: string,
  hosts: HostMap = parseCommuneHosts(process.env.COMMUNE_HOSTS),
): string {
  const install = new URL(installUrl);
  for (const [host, s] of hosts) if (s === slug) return `${install.protocol}//${host}`;
  return `${installUrl.replace(/\/$/, "")}/${slug}`;
}

/**
 * The install's public address, for what is printed on paper (slips, records): PUBLIC_URL, else
 * NEXTAUTH_URL, else the request's own origin, else this server's port on localhost.
 */
export function publicInstallUrl(requestOrigin?: string): string {
  return (
    process.env.PUBLIC_URL ||
    process.env.NEXTAUTH_URL ||
    requestOrigin ||
    `http://localhost:${process.env.PORT ?? 3000}`
  );
}
