import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ConsultationStatus, Matter } from "@/generated/prisma/enums";
import { getDates } from "./format";

type Item = {
  id: string;
  title: string;
  summary: string;
  matter: Matter;
  status: ConsultationStatus;
  opensAt: Date | null;
  closesAt: Date | null;
};

/** One consultation in a commune's public list (commune: its slug); the title links to its public page. */
export async function ConsultationItem({ item, commune }: { item: Item; commune: string }) {
  const [t, { date }] = await Promise.all([getTranslations(), getDates()]);
  return (
    <article className="card" aria-labelledby={`c-${item.id}`}>
      <p className="card__meta">
        <span className={`badge badge--${item.status.toLowerCase()}`}>{t(`status.${item.status}`)}</span>
        <span>{t(`matter.${item.matter}`)}</span>
      </p>
      <h3 id={`c-${item.id}`} className="card__title">
        <Link href={`/${commune}/consultations/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="card__summary">{item.summary}</p>
      {item.opensAt && item.closesAt ? (
        <p className="card__period">
          {t("publicPages.list.period", { opens: date(item.opensAt), closes: date(item.closesAt) })}
        </p>
      ) : null}
    </article>
  );
}
