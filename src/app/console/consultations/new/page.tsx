import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/roles";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { ConsultationForm } from "../_form/consultation-form";
import { initialState } from "../_form/form-state";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultationForm"))("newTitle") };
}

export default async function NewConsultationPage() {
  const caller = await getServerCaller();
  const data = await orNavigate(() => Promise.all([caller.session.me(), caller.neighbourhood.list()]));
  if (isForbidden(data) || !can(data[0].role, "consultation.manage")) return <ForbiddenNotice />;
  const t = await getTranslations("consultationForm");
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <ConsultationForm
        initial={initialState()}
        neighbourhoods={data[1].map((n) => ({ id: n.id, name: n.name, households: n.households }))}
      />
    </>
  );
}
