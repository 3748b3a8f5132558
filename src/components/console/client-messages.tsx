import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, type ConsoleSegment } from "./client-namespaces";

/**
 * The messages a console segment's client components read, and only those: every namespace given
 * to a client provider is serialised into each page's HTML, so a read-only page (the dashboard,
 * the province's summary) would otherwise carry the words of every form of the console (~50 KB).
 * The segment's list is checked against its client components by tests/unit/client-namespaces.test.ts.
 */
export async function ClientMessages({ segment, children }: { segment: ConsoleSegment; children: ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const wanted = new Set<string>([...CLIENT_NAMESPACES.console, ...CLIENT_NAMESPACES[segment]]);
  const messages = Object.fromEntries([...wanted].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}
