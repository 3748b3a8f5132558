import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ConsultationStatus, Matter } from "@/generated/prisma/enums";
import { ConsultationMeta } from "./consultation-meta";
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
      <ConsultationMeta status={item.status} matter={item.matter} />
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

/**
 * A titled list of consultations; with nothing in it, the list says `none`, or, without `none`,
 * is left out altogether.
 */
export function ConsultationList({
  id,
  title,
  items,
  commune,
  none,
}: {
  id: string;
  title: string;
  items: readonly Item[];
  commune: string;
  none?: string;
}) {
  if (!items.length && none === undefined) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length ? items.map((c) => <ConsultationItem key={c.id} item={c} commune={commune} />) : <p>{none}</p>}
    </section>
  );
}
