import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { communeDisplayName } from "@/components/commune-name";
import { ConsultationMeta, ModeNote } from "@/components/public/consultation-meta";
import { Documents } from "@/components/public/documents";
import { inSentence } from "@/components/public/format";
import { Participation } from "@/components/public/participation";
import { Postings } from "@/components/public/postings";
import { Questions } from "@/components/public/questions";
import { Timeline } from "@/components/public/timeline";
import { isAnnouncedOrOpen } from "@/domain/consultation-status";
import { signInHref } from "@/domain/return-path";
import { readPublished } from "./read-published";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ commune: string; id: string }> };

/** One load per request, shared by the metadata and the page; unknown or unpublished ids are a 404. */
const load = cache(async (slug: string, id: string) => {
  const { commune, data: c } = await readPublished(slug, (caller, commune) =>
    caller.commune.publicConsultation({ commune, id }),
  );
  return { c, commune };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { commune, id } = await params;
  const { c } = await load(commune, id);
  return { title: c.title, description: c.summary.slice(0, 200) };
}

export default async function PublicConsultationPage({ params }: Props) {
  const { commune: slug, id } = await params;
  const { c, commune } = await load(slug, id);
  const t = await getTranslations();
  const communeName = inSentence((await communeDisplayName(commune)) ?? "");
  const now = new Date();
  const active = isAnnouncedOrOpen(c.status);
  // The household signs in and lands on this consultation's answer page, not on its list.
  const answerHref = signInHref(commune.slug, `/${commune.slug}/resident/c/${c.id}`);
  return (
    <article className="consultation" aria-labelledby="title">
      <p className="back-link">
        <Link href={`/${commune.slug}`}>← {t("publicPages.detail.back")}</Link>
      </p>
      <ConsultationMeta status={c.status} matter={c.matter} />
      <h1 id="title">{c.title}</h1>
      <ModeNote mode={c.mode} />
      {c.status === "RESULTS_PUBLISHED" ? (
        <div className="cta">
          <Link
            className="button button--primary button--large"
            href={`/${commune.slug}/consultations/${c.id}/results`}
          >
            {t("results.link")}
          </Link>
          <p className="hint">{t("results.linkHelp")}</p>
        </div>
      ) : null}
      {c.status === "OPEN" && c.channels.includes("ONLINE") ? (
        <div className="cta">
          <Link className="button button--primary button--large" href={answerHref}>
            {t("publicPages.detail.onlineCta")}
          </Link>
          <p className="hint">{t("publicPages.detail.onlineCtaHelp")}</p>
        </div>
      ) : null}

      <section aria-labelledby="summary">
        <h2 id="summary">{t("publicPages.detail.summary")}</h2>
        <p className="prose">{c.summary}</p>
      </section>
      {c.legalBasis.trim() ? (
        <section aria-labelledby="legal">
          <h2 id="legal">{t("publicPages.detail.legalBasis")}</h2>
          <p className="prose">{c.legalBasis}</p>
        </section>
      ) : null}
      <section aria-labelledby="timeline">
        <h2 id="timeline">{t("publicPages.detail.timeline")}</h2>
        <Timeline c={c} now={now} />
      </section>
      <section aria-labelledby="area">
        <h2 id="area">{t("publicPages.detail.area")}</h2>
        <p className="hint">{t("publicPages.detail.areaCount", { count: c.areas.length })}</p>
        <ul className="area-list">
          {c.areas.map((a) => (
            <li key={a.neighbourhoodId}>{a.neighbourhoodName}</li>
          ))}
        </ul>
      </section>
      {c.questions.length ? (
        <section aria-labelledby="questions">
          <h2 id="questions">{t("publicPages.detail.questions")}</h2>
          <p className="hint">{t("publicPages.detail.questionsHelp")}</p>
          <Questions questions={c.questions} />
        </section>
      ) : null}
      <section aria-labelledby="participate">
        <Participation
          channels={c.channels}
          meetingAt={c.meetingAt}
          commune={communeName}
          residentHref={answerHref}
          active={active}
        />
      </section>
      <section aria-labelledby="documents">
        <h2 id="documents">{t("publicPages.detail.documents")}</h2>
        {c.documents.length ? <Documents documents={c.documents} /> : <p>{t("publicPages.detail.noDocuments")}</p>}
      </section>
      <section aria-labelledby="postings">
        <h2 id="postings">{t("publicPages.detail.postings")}</h2>
        {c.postings.length ? <Postings postings={c.postings} /> : <p>{t("publicPages.detail.noPostings")}</p>}
      </section>
    </article>
  );
}
