import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { ConsultationItem } from "@/components/public/consultation-item";
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
      <section aria-labelledby="current">
        <h2 id="current">{tp("current")}</h2>
        {current.length ? (
          current.map((c) => <ConsultationItem key={c.id} item={c} commune={commune.slug} />)
        ) : (
          <p>{tp("noneCurrent")}</p>
        )}
      </section>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{tp("upcoming")}</h2>
        {upcoming.length ? (
          upcoming.map((c) => <ConsultationItem key={c.id} item={c} commune={commune.slug} />)
        ) : (
          <p>{tp("noneUpcoming")}</p>
        )}
      </section>
      {past.length ? (
        <section aria-labelledby="past">
          <h2 id="past">{tp("past")}</h2>
          {past.map((c) => (
            <ConsultationItem key={c.id} item={c} commune={commune.slug} />
          ))}
        </section>
      ) : null}
    </>
  );
}
