import { notFound } from "next/navigation";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { pageCommune } from "@/server/communes/page-commune";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;

/**
 * A public page's data, read for the commune named in the address (`read` gets the commune's slug):
 * what the commune has not published is a 404 for everyone, like an id that names nothing.
 */
export async function readPublished<T>(slug: string, read: (caller: Caller, commune: string) => Promise<T>) {
  const commune = await pageCommune(slug);
  const caller = await getServerCaller();
  const data = await orNavigate(() => read(caller, commune.slug));
  if (isForbidden(data)) notFound();
  return { commune, data };
}
