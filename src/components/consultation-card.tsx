import { getFormatter, getTranslations } from "next-intl/server";

type Item = {
  id: string;
  title: string;
  summary: string;
  matter: string;
  mode: "DECISION" | "OPINION";
  status: string;
  opensAt: Date | null;
  closesAt: Date | null;
};

export async function ConsultationCard({ item }: { item: Item }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" });
  return (
    <article className="card" aria-labelledby={`c-${item.id}`}>
      <p className="card__meta">
        <span className={`badge badge--${item.status.toLowerCase()}`}>{t(`status.${item.status}` as never)}</span>
        <span>{t(`matter.${item.matter}` as never)}</span>
      </p>
      <h3 id={`c-${item.id}`} className="card__title">
        {item.title}
      </h3>
      <p className="card__summary">{item.summary}</p>
      {item.opensAt && item.closesAt ? (
        <p className="card__period">{t("home.period", { opens: date(item.opensAt), closes: date(item.closesAt) })}</p>
      ) : null}
    </article>
  );
}
