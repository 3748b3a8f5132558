import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getDates } from "@/components/public/format";
import { Questions } from "@/components/public/questions";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { pageCommune } from "@/server/communes/page-commune";
import { SaidSection } from "./said-section";
import { ThemesSection } from "./themes-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ commune: string; id: string }> };

/** One load per request, shared by the metadata and the page; unpublished results are a 404. */
const load = cache(async (slug: string, id: string) => {
  const commune = await pageCommune(slug);
  const caller = await getServerCaller();
  const r = await orNavigate(() => caller.commune.publicResults({ commune: commune.slug, id }));
  if (isForbidden(r)) notFound();
  return { ...r, communeSlug: commune.slug };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { commune, id } = await params;
  const [r, t] = await Promise.all([load(commune, id), getTranslations("results")]);
  return { title: `${t("title")}: ${r.title}`, description: r.summary.slice(0, 200) };
}

/** "What we asked, what you said, what we did": server-rendered, readable without JavaScript and in print. */
export default async function PublicResultsPage({ params }: Props) {
  const { commune, id } = await params;
  const r = await load(commune, id);
  const [t, { date }] = await Promise.all([getTranslations(), getDates()]);
  return (
    <article className="consultation results" aria-labelledby="title">
      <p className="back-link">
        <Link href={`/${r.communeSlug}/consultations/${r.id}`}>← {t("results.back")}</Link>
      </p>
      <p className="card__meta">
        <span className={`badge badge--${r.status.toLowerCase()}`}>{t(`status.${r.status}`)}</span>
        <span>{t(`matter.${r.matter}`)}</span>
      </p>
      <h1 id="title">
        <span className="results-eyebrow">{t("results.title")}</span> {r.title}
      </h1>
      <p className="results-dates">
        {r.resultsPublishedAt ? <span>{t("results.published", { date: date(r.resultsPublishedAt) })}</span> : null}
        {r.openedAt && r.closedAt ? (
          <span>{t("results.period", { opened: date(r.openedAt), closed: date(r.closedAt) })}</span>
        ) : null}
      </p>
      <div className={r.mode === "OPINION" ? "mode-note mode-note--advisory" : "mode-note"}>
        <p className="mode-note__mode">{t(`mode.${r.mode}`)}</p>
        <p>{t(r.mode === "OPINION" ? "publicPages.detail.advisory" : "publicPages.detail.decision")}</p>
      </div>

      <section aria-labelledby="asked">
        <h2 id="asked">{t("results.asked.title")}</h2>
        <p className="prose">{r.summary}</p>
        {r.questions.length ? (
          <>
            <h3 className="results-subtitle">{t("results.asked.questions")}</h3>
            <Questions questions={r.questions} markMultiple={false} />
          </>
        ) : null}
      </section>
      <SaidSection r={r} />
      <ThemesSection themes={r.themes} />
    </article>
  );
}
