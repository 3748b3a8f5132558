// Staff: one consultation — header with lifecycle actions, content, schedule, area, questions,
// documents, disclosure log and (once open) the household roll.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConsultationStatusBadge, PageHeader } from "@/components/console/consultation-page-header";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { toLocalInput } from "@/components/console/vietnam-time";
import {
  acceptsDocuments,
  hasOpened,
  isClosedStatus,
  isInPreparation,
  offersPostingForm,
} from "@/domain/consultation-status";
import { isEditable } from "@/domain/lifecycle";
import { offersMaterials } from "@/domain/materials/facts";
import { canReschedule } from "@/domain/reschedule";
import { can } from "@/domain/roles";
import { isForbidden } from "@/server/api/page-guard";
import { AreaSection, QuestionsSection } from "./area-questions";
import { DisclosurePanel } from "./disclosure-panel";
import { DocumentsPanel } from "./documents-panel";
import { LifecycleActions } from "./lifecycle-actions";
import { MessagesPanel } from "./messages-panel";
import { loadConsultationPage } from "./load";
import { MaterialsPanel } from "./materials-panel";
import { TallySection } from "./tally-section";
import { Overview } from "./overview";
import { RescheduleForm } from "./reschedule-form";
import { RollPanel } from "./roll-panel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadConsultationPage((await params).id);
  if (isForbidden(page)) return { title: (await getTranslations("console"))("consultationsTitle") };
  return { title: page.c.title };
}

export default async function ConsultationDetailPage({ params }: Props) {
  const page = await loadConsultationPage((await params).id);
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { caller, c, me } = page;
  const t = await getTranslations();
  const now = new Date();
  const manage = can(me.role, "consultation.manage");
  const hasRoll = hasOpened(c.status) || c.rollSize > 0;
  const areas = c.areas.map((a) => ({ id: a.neighbourhoodId, name: a.neighbourhoodName }));
  const postingsOpen = offersPostingForm(c.status);
  const tally = hasRoll && can(me.role, "tally.read") ? await caller.tally.get({ consultationId: c.id }) : null;
  // Publicity materials once approved and published, never for a draft or a cancelled one (docs/LAW.md#r17).
  const materials = offersMaterials(c.status) ? await caller.materials.get({ consultationId: c.id }) : null;
  // Messages to households once the consultation is public (before, there is nobody to write to).
  const messages =
    !isInPreparation(c.status) && can(me.role, "message.read")
      ? await caller.outbox.summary({ consultationId: c.id })
      : null;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <PageHeader
        back={{ href: "/console/consultations", label: t("consultationDetail.back") }}
        titleId="detail-title"
        title={c.title}
        meta={
          <>
            <ConsultationStatusBadge status={c.status} />
            <span>{t(`matter.${c.matter}`)}</span>
            <span>{t(`mode.${c.mode}`)}</span>
          </>
        }
        actions={
          isEditable(c.status) && manage ? (
            <Link
              className="button"
              href={`/console/consultations/${encodeURIComponent(c.id)}/edit`}
              aria-label={t("consultationDetail.editLabel")}
            >
              {t("consultationDetail.edit")}
            </Link>
          ) : null
        }
      />
      {c.status === "CANCELLED" ? (
        <div className="notice notice--error detail-cancelled">
          <p className="detail-cancelled__title">{t("consultationDetail.cancelledTitle")}</p>
          {c.cancelReason ? (
            <p className="prose">{t("consultationDetail.cancelledReason", { reason: c.cancelReason })}</p>
          ) : null}
        </div>
      ) : null}
      {c.actions.length ? (
        <LifecycleActions
          id={c.id}
          actions={c.actions}
          notBefore={c.actionsNotBefore}
          refused={c.actionsRefused}
          submitWarning={c.submitWarning}
        />
      ) : null}
      {hasRoll ? (
        <nav className="detail-tools" aria-label={t("consultationDetail.toolsLabel")}>
          {c.status === "OPEN" && can(me.role, "response.record") ? (
            <Link className="button" href={`/console/consultations/${c.id}/entry`}>
              {t("entry.link")}
            </Link>
          ) : null}
          <Link className="button" href={`/console/consultations/${c.id}/meetings`}>
            {t("consultationDetail.meetingsLink")}
          </Link>
          <Link className="button" href={`/console/consultations/${c.id}/reconciliation`}>
            {t("consultationDetail.reconciliationLink")}
          </Link>
          {isClosedStatus(c.status) && can(me.role, "theme.read") ? (
            <Link className="button" href={`/console/consultations/${c.id}/themes`}>
              {t("consultationDetail.themesLink")}
            </Link>
          ) : null}
          {isClosedStatus(c.status) && can(me.role, "record.read") ? (
            <Link className="button" href={`/console/consultations/${c.id}/records`}>
              {t("consultationDetail.recordsLink")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <Overview c={c} />
      {manage && canReschedule(c.status) ? (
        <section className="detail-section" aria-label={t("postings.reschedule.title")}>
          <RescheduleForm
            consultationId={c.id}
            open={c.status === "OPEN"}
            opensAt={c.opensAt}
            closesAt={c.closesAt}
            meetingAt={c.meetingAt}
            meetingPlace={c.meetingPlace}
          />
        </section>
      ) : null}
      {tally ? <TallySection consultationId={c.id} tally={tally} questions={c.questions} /> : null}
      <AreaSection c={c} hasRoll={hasRoll} />
      <QuestionsSection c={c} />
      <DocumentsPanel
        consultationId={c.id}
        documents={c.documents}
        canUpload={manage && acceptsDocuments(c.status)}
        canRemove={manage && c.status === "DRAFT"}
        closedHint={manage && !acceptsDocuments(c.status)}
      />
      {materials ? <MaterialsPanel consultationId={c.id} materials={materials} /> : null}
      <DisclosurePanel
        consultationId={c.id}
        postings={c.postings.map((p) => ({
          id: p.id,
          place: p.place,
          postedAt: p.postedAt,
          validUntil: p.validUntil,
          note: p.note,
          photoDocumentId: p.photoDocumentId,
          neighbourhoodName: p.neighbourhood?.name ?? null,
          material: p.material,
          state: p.state,
          postedByName: p.postedByName,
          takenDownAt: p.takenDownAt,
          takenDownByName: p.takenDownByName,
          takenDownNote: p.takenDownNote,
          canTakeDown:
            can(me.role, "posting.takeDown") &&
            (me.role !== "NEIGHBOURHOOD_HEAD" ||
              (me.neighbourhoodId !== null && me.neighbourhoodId === p.neighbourhoodId)),
        }))}
        canManage={manage && postingsOpen}
        notYet={isInPreparation(c.status)}
        areas={areas}
        photos={c.documents.filter((d) => d.mimeType.startsWith("image/")).map((d) => ({ id: d.id, title: d.title }))}
        nowInput={toLocalInput(now)}
      />
      {messages ? (
        <MessagesPanel
          summary={messages}
          canManage={can(me.role, "message.manage")}
          canReadContacts={can(me.role, "contact.read")}
        />
      ) : null}
      {hasRoll ? <RollPanel consultationId={c.id} areas={areas} canAmend={manage && c.status === "OPEN"} /> : null}
    </article>
  );
}
