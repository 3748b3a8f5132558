import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ConsultationMeta, ModeNote } from "@/components/public/consultation-meta";
import { getDates } from "@/components/public/format";
import { Questions } from "@/components/public/questions";
import { readPublished } from "../read-published";
import { SaidSection } from "./said-section";
import { ThemesSection } from "./themes-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ commune: string; id: string }> };

/** One load per request, shared by the metadata and the page; unpublished results are a 404. */
const load = cache(async (slug: string, id: string) => {
  const { commune, data } = await readPublished(slug, (caller, commune) =>
    caller.commune.publicResults({ commune, id }),
  );
  return { ...data, communeSlug: commune.slug };
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
      <ConsultationMeta status={r.status} matter={r.matter} />
      <h1 id="title">
        <span className="results-eyebrow">{t("results.title")}</span> {r.title}
      </h1>
      <p className="results-dates">
        {r.resultsPublishedAt ? <span>{t("results.published", { date: date(r.resultsPublishedAt) })}</span> : null}
        {r.openedAt && r.closedAt ? (
          <span>{t("results.period", { opened: date(r.openedAt), closed: date(r.closedAt) })}</span>
        ) : null}
      </p>
      <ModeNote mode={r.mode} />

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
