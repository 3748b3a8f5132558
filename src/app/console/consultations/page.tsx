import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "@/i18n/messages/vi";
import { INTL_TAG } from "@/i18n/locales";
import { ConsultationTable } from "./consultation-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("consultationsTitle") };
}

export default async function ConsultationsPage() {
  const [messages, locale] = [(await getMessages()) as Messages, await getLocale()];
  const c = messages.console;
  return (
    <>
      <h1>{c.consultationsTitle}</h1>
      <ConsultationTable
        locale={INTL_TAG[locale]}
        text={{
          filterStatus: c.filterStatus,
          allStatuses: c.allStatuses,
          loading: c.loading,
          empty: c.empty,
          colTitle: c.colTitle,
          colMatter: c.colMatter,
          colStatus: c.colStatus,
          colCloses: c.colCloses,
          status: messages.status,
          matter: messages.matter,
          error: messages.errors.internal,
        }}
      />
    </>
  );
}
