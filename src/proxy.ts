// Host names of their own for communes (COMMUNE_HOSTS): on such a host, /… is the commune's /{slug}/….
// Without COMMUNE_HOSTS this passes every request through untouched.
import { NextResponse, type NextRequest } from "next/server";
import { parseCommuneHosts, rewriteForHost } from "@/server/communes/hosts";

const hosts = parseCommuneHosts(process.env.COMMUNE_HOSTS);

export function proxy(request: NextRequest) {
  if (hosts.size === 0) return NextResponse.next();
  const target = rewriteForHost(hosts, request.headers.get("host"), request.nextUrl.pathname);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/((?!_next/|api/).*)"] };
