import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { ConsultationList } from "@/components/public/consultation-item";
import { inSentence } from "@/components/public/format";
import { isAnnouncedOrOpen } from "@/domain/consultation-status";
import { getServerCaller } from "@/server/api/server-caller";
import { pageCommune, type CommuneParams } from "@/server/communes/page-commune";

export const dynamic = "force-dynamic";

const time = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;

export default async function CommuneHomePage({ params }: CommuneParams) {
  const [commune, caller, t, tp] = await Promise.all([
    pageCommune((await params).commune),
    getServerCaller(),
    getTranslations("home"),
    getTranslations("publicPages.list"),
  ]);
  const [consultations, name] = await Promise.all([
    caller.commune.publicConsultations({ commune: commune.slug }),
    communeDisplayName(commune),
  ]);
  // Open ones closing soonest first, upcoming ones opening soonest first, past ones as listed (latest first).
  const current = consultations.filter((c) => c.status === "OPEN").sort((a, b) => time(a.closesAt) - time(b.closesAt));
  const upcoming = consultations
    .filter((c) => c.status === "PUBLISHED")
    .sort((a, b) => time(a.opensAt) - time(b.opensAt));
  const past = consultations.filter((c) => !isAnnouncedOrOpen(c.status));
  // Current and upcoming say so when they are empty; an empty past is left out.
  const lists = [
    { id: "current", items: current, none: tp("noneCurrent") },
    { id: "upcoming", items: upcoming, none: tp("noneUpcoming") },
    { id: "past", items: past },
  ] as const;
  return (
    <>
      <section className="hero">
        <h1>{t("title", { commune: name! })}</h1>
        <p>{t("intro", { commune: inSentence(name!) })}</p>
        <p>
          <Link className="button button--primary" href={`/${commune.slug}/resident`}>
            {t("residentCta")}
          </Link>
        </p>
        <p className="hint">{t("residentCtaHelp")}</p>
      </section>
      {lists.map((list) => (
        <ConsultationList key={list.id} {...list} title={tp(list.id)} commune={commune.slug} />
      ))}
    </>
  );
}
