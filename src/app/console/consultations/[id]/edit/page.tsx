import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isEditable } from "@/domain/lifecycle";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { ConsultationForm } from "../../_form/consultation-form";
import { stateFromConsultation } from "../../_form/form-state";
import { loadConsultationPageFor } from "../load";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultationForm"))("editTitle") };
}

export default async function EditConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = await loadConsultationPageFor(id, "consultation.manage");
  if (isForbidden(page)) return <ForbiddenNotice />;
  const neighbourhoods = await orNavigate(() => page.caller.neighbourhood.list());
  if (isForbidden(neighbourhoods)) return <ForbiddenNotice />;
  const consultation = page.c;
  const t = await getTranslations();
  if (!isEditable(consultation.status)) {
    return (
      <>
        <h1>{t("consultationForm.editTitle")}</h1>
        <p className="notice">{t("consultationForm.notEditable", { status: t(`status.${consultation.status}`) })}</p>
        <Link href={`/console/consultations/${id}`}>{consultation.title}</Link>
      </>
    );
  }
  return (
    <>
      <h1>{t("consultationForm.editTitle")}</h1>
      <ConsultationForm
        initial={stateFromConsultation(consultation)}
        existing={{ id, version: consultation.version }}
        neighbourhoods={neighbourhoods.map((n) => ({ id: n.id, name: n.name, households: n.households }))}
      />
    </>
  );
}
