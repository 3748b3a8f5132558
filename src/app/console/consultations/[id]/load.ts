import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { can, type Permission } from "@/domain/roles";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";

/**
 * What every page of one consultation starts from: the server caller, the consultation and the
 * signed-in staff member — or `{ forbidden: true }` when either read is refused (the page shows the
 * forbidden notice). Missing or malformed ids are a 404 and no session is the sign-in page, by
 * orNavigate. Once per request (React's cache), so generateMetadata and the page share it.
 */
export const loadConsultationPage = cache(async (id: string) => {
  const caller = await getServerCaller();
  const c = await orNavigate(() => caller.consultation.get({ id }));
  const me = await orNavigate(() => caller.session.me());
  if (isForbidden(c) || isForbidden(me)) return { forbidden: true as const };
  return { caller, c, me };
});

/** The page load for a page only some roles use (editing, ballot entry): refused for the others. */
export async function loadConsultationPageFor(id: string, permission: Permission) {
  const page = await loadConsultationPage(id);
  return isForbidden(page) || !can(page.me.role, permission) ? { forbidden: true as const } : page;
}

type ConsultationPage = Exclude<Awaited<ReturnType<typeof loadConsultationPage>>, { forbidden: true }>;

/**
 * The consultation's page load, then the one further read a sub-page lists (its meetings, records,
 * themes…), refused or navigated away from by the same rules.
 */
export async function loadConsultationPageWith<T>(id: string, read: (page: ConsultationPage) => Promise<T>) {
  const page = await loadConsultationPage(id);
  if (isForbidden(page)) return page;
  const data = await orNavigate(() => read(page));
  if (isForbidden(data)) return { forbidden: true as const };
  return { ...page, data };
}

/** The sub-pages whose messages hold a `title` and a `metaTitle` naming the consultation. */
type SubPageMessages = "meetings" | "meetings.recon" | "records.list" | "themes" | "outbox.list";

/** A sub-page's generateMetadata: its title naming the consultation, or its bare title when refused. */
export function consultationSubPageMetadata(messages: SubPageMessages) {
  return async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
    const page = await loadConsultationPage((await params).id);
    const t = await getTranslations(messages);
    return { title: isForbidden(page) ? t("title") : t("metaTitle", { title: page.c.title }) };
  };
}
