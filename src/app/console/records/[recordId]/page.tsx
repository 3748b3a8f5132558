// Staff: one decision record — its A4 preview and what the viewer may do with it. A draft is edited
// by officials and finalised by a leader; a finalised record offers its PDF, digest and correction.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { PageHeader } from "@/components/console/consultation-page-header";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { RecordView } from "@/components/record-view";
import { RECORD_TYPES } from "@/domain/records";
import { can } from "@/domain/roles";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { verificationView } from "@/server/records/verification";
import { dateParts } from "@/components/console/when";
import { DraftPanel } from "./draft-panel";
import { AmendButton, CopyDigest, PrintButton } from "./final-actions";
import "./record-page.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ recordId: string }> };

const load = cache(async (id: string) => {
  const caller = await getServerCaller();
  const r = await orNavigate(() => caller.record.get({ id }));
  const me = await orNavigate(() => caller.session.me());
  return { r, me };
});

async function listRow(consultationId: string, id: string) {
  const rows = await (await getServerCaller()).record.list({ consultationId });
  return rows.find((row) => row.id === id) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { r } = await load((await params).recordId);
  if (isForbidden(r)) return { title: (await getTranslations("records.list"))("title") };
  return { title: r.numberLabel ? `${r.numberLabel} · ${r.title}` : r.title };
}

export default async function RecordPage({ params }: Props) {
  const { r, me } = await load((await params).recordId);
  if (isForbidden(r) || isForbidden(me)) return <ForbiddenNotice />;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (d: Date) => t("consultationDetail.when", dateParts(format, d));
  const day = (d: Date) => dateParts(format, d).date;
  const link = (id: string) => `/console/records/${encodeURIComponent(id)}`;
  const listHref = r.consultationId
    ? `/console/consultations/${encodeURIComponent(r.consultationId)}/records`
    : "/console/consultations";
  const draft = r.finalisedAt === null;
  // Printed from here, a finalised record carries the same way back to the register as its PDF.
  const verification =
    !draft && r.numberLabel && r.year && r.contentSha256
      ? await verificationView(r.commune.slug, {
          numberLabel: r.numberLabel,
          year: r.year,
          contentSha256: r.contentSha256,
        })
      : undefined;
  const mayDraft = can(me.role, "record.draft");
  const draftAmendment = r.amendedBy.find((a) => a.finalisedAt === null);
  // A correction of a thôn record names the same neighbourhood or meeting; only the list carries them.
  const original =
    !draft && mayDraft && r.consultationId && RECORD_TYPES[r.kind].perNeighbourhood
      ? await listRow(r.consultationId, r.id)
      : null;
  return (
    <article className="detail rec-page" aria-labelledby="rec-page-title">
      <PageHeader
        back={{ href: listHref, label: t("records.view.back") }}
        titleId="rec-page-title"
        title={r.title}
        meta={
          <>
            <span className={`badge ${draft ? "rec-page__badge--draft" : "rec-page__badge--final"}`}>
              {draft ? t("records.list.draft") : t("records.list.finalised")}
            </span>
            <span>{t(`records.kind.${r.kind}`)}</span>
            {r.numberLabel ? <span>{t("records.list.number", { label: r.numberLabel })}</span> : null}
            <span>{r.consultation?.title}</span>
          </>
        }
      />

      {r.amends || r.amendedBy.length ? (
        <div className="notice rec-page__links">
          {r.amends ? (
            <p>
              <Link href={link(r.amends.id)}>{t("records.view.amends", { label: r.amends.numberLabel ?? "…" })}</Link>
            </p>
          ) : null}
          {r.amendedBy.length ? (
            <>
              <p>{t("records.view.amendedBy")}</p>
              <ul>
                {r.amendedBy.map((a) => (
                  <li key={a.id}>
                    <Link href={link(a.id)}>
                      {a.numberLabel && a.finalisedAt
                        ? t("records.view.amendedByItem", { label: a.numberLabel, date: day(a.finalisedAt) })
                        : t("records.view.amendedByDraft")}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      {draft ? (
        <>
          <p className="rec-page__draft-banner" role="note">
            {t("records.view.draftBanner")}
          </p>
          <DraftPanel
            id={r.id}
            version={r.version}
            notes={r.notes}
            recipients={r.recipients}
            hasRecipients={RECORD_TYPES[r.kind].byCommittee}
            mayEdit={mayDraft}
            mayFinalise={can(me.role, "record.finalise")}
            listHref={listHref}
          />
        </>
      ) : (
        <section className="detail-panel rec-page__final" aria-labelledby="rec-final-title">
          <h2 id="rec-final-title" className="detail-panel__title">
            {t("records.final.title")}
          </h2>
          <dl className="rec-page__facts">
            <div>
              <dt>{t("records.final.number")}</dt>
              <dd>{r.numberLabel}</dd>
            </div>
            <div>
              <dt>{t("records.final.finalisedAt")}</dt>
              <dd>{r.finalisedAt ? when(r.finalisedAt) : null}</dd>
            </div>
            {r.finaliser ? (
              <div>
                <dt>{t("records.final.finalisedBy")}</dt>
                <dd>
                  {r.finaliser.title
                    ? t("records.final.signer", { name: r.finaliser.fullName, title: r.finaliser.title })
                    : r.finaliser.fullName}
                </dd>
              </div>
            ) : null}
          </dl>
          {r.sha256 ? (
            <div className="rec-page__digest">
              <p className="field__label" id="rec-digest-label">
                {t("records.final.digest")}
              </p>
              <code className="rec-page__hash" aria-labelledby="rec-digest-label">
                {r.sha256}
              </code>
              <CopyDigest digest={r.sha256} />
              <p className="hint">{t("records.final.digestHint")}</p>
            </div>
          ) : null}
          <div className="detail-buttons">
            <a
              className="button button--small button--primary"
              href={`/api/records/${encodeURIComponent(r.id)}/pdf?download=1`}
              download
            >
              {t("records.final.downloadPdf")}
            </a>
            <a
              className="button button--small"
              href={`/api/records/${encodeURIComponent(r.id)}/pdf`}
              target="_blank"
              rel="noopener"
            >
              {t("records.final.viewPdf")}
            </a>
            {r.sha256 ? (
              <Link className="button button--small" href={`/verify?sha256=${r.sha256}`}>
                {t("records.final.verify")}
              </Link>
            ) : null}
          </div>
          {mayDraft && r.consultationId ? (
            draftAmendment ? (
              <p className="rec-page__amend">
                <Link href={link(draftAmendment.id)}>{t("records.final.amendDraftExists")}</Link>
              </p>
            ) : (
              <AmendButton
                recordId={r.id}
                consultationId={r.consultationId}
                kind={r.kind}
                neighbourhoodId={original?.neighbourhoodId ?? undefined}
                meetingId={original?.meetingId ?? undefined}
              />
            )
          ) : null}
        </section>
      )}

      <div className="rec-page__tools">
        <PrintButton />
      </div>
      <RecordView doc={r.content} draft={draft} label={t("records.view.previewLabel")} verification={verification} />
    </article>
  );
}
