import { getTranslations } from "next-intl/server";
import type { ConsultationMode, ConsultationStatus, Matter } from "@/generated/prisma/enums";

/** The line above a consultation's title: its status as a badge, and its matter. */
export async function ConsultationMeta({ status, matter }: { status: ConsultationStatus; matter: Matter }) {
  const t = await getTranslations();
  return (
    <p className="card__meta">
      <span className={`badge badge--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>
      <span>{t(`matter.${matter}`)}</span>
    </p>
  );
}

/** Whether the residents decide or only give their opinion, said before anything else on the page. */
export async function ModeNote({ mode }: { mode: ConsultationMode }) {
  const t = await getTranslations();
  return (
    <div className={mode === "OPINION" ? "mode-note mode-note--advisory" : "mode-note"}>
      <p className="mode-note__mode">{t(`mode.${mode}`)}</p>
      <p>{t(mode === "OPINION" ? "publicPages.detail.advisory" : "publicPages.detail.decision")}</p>
    </div>
  );
}
