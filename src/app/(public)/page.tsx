import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { ConsultationCard } from "@/components/consultation-card";
import { getServerCaller } from "@/server/api/server-caller";

export const dynamic = "force-dynamic";

/** "Thị trấn Chợ Chùa" inside a sentence reads "thị trấn Chợ Chùa"; English names keep their case. */
function inSentence(name: string) {
  return /^(Xã|Phường|Thị trấn|Đặc khu) /.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

export default async function HomePage() {
  const [caller, t] = await Promise.all([getServerCaller(), getTranslations("home")]);
  const [commune, consultations] = await Promise.all([caller.commune.current(), caller.commune.publicConsultations()]);
  const name = await communeDisplayName(commune);
  if (!name) return <p className="notice">{t("noCommune")}</p>;
  const current = consultations.filter((c) => c.status === "OPEN" || c.status === "PUBLISHED");
  const past = consultations.filter((c) => c.status !== "OPEN" && c.status !== "PUBLISHED");
  return (
    <>
      <section className="hero">
        <h1>{t("title", { commune: name })}</h1>
        <p>{t("intro", { commune: inSentence(name) })}</p>
        <p>
          <Link className="button button--primary" href="/resident">
            {t("residentCta")}
          </Link>
        </p>
        <p className="hint">{t("residentCtaHelp")}</p>
      </section>
      <section aria-labelledby="current">
        <h2 id="current">{t("current")}</h2>
        {current.length ? current.map((c) => <ConsultationCard key={c.id} item={c} />) : <p>{t("none")}</p>}
      </section>
      {past.length ? (
        <section aria-labelledby="past">
          <h2 id="past">{t("past")}</h2>
          {past.map((c) => (
            <ConsultationCard key={c.id} item={c} />
          ))}
        </section>
      ) : null}
    </>
  );
}
