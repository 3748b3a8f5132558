import { getTranslations } from "next-intl/server";
import { MATTERS, type MatterName } from "@/domain/matters";

// One formatter for the process: building an Intl formatter costs more than a page's whole filter.
const YEAR_IN_VIETNAM = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" });
export const thisYear = () => Number(YEAR_IN_VIETNAM.format(new Date()));

/** ?year=&matter= as the dashboard reads them: a bad value is the default, never an error. */
export function readYearFilter(params: { year?: string; matter?: string }) {
  const now = thisYear();
  const year = Number(params.year) >= 2000 && Number(params.year) <= 2100 ? Number(params.year) : now;
  const matter = (MATTERS as readonly string[]).includes(params.matter ?? "")
    ? (params.matter as MatterName)
    : undefined;
  return { year, matter };
}

/** A plain GET form: the page works, and can be bookmarked, without JavaScript. */
export async function YearFilter({ year, matter }: { year: number; matter?: MatterName }) {
  const t = await getTranslations();
  const now = thisYear();
  return (
    <form className="filters" method="get">
      <label className="field field--inline">
        <span className="field__label">{t("consultationForm.filterYear")}</span>
        <select name="year" defaultValue={year}>
          {Array.from({ length: 6 }, (_, i) => now + 1 - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span className="field__label">{t("consultationForm.filterMatter")}</span>
        <select name="matter" defaultValue={matter ?? ""}>
          <option value="">{t("consultationForm.all")}</option>
          {MATTERS.map((m) => (
            <option key={m} value={m}>
              {t(`matter.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <button className="button button--small" type="submit">
        {t("dashboard.apply")}
      </button>
    </form>
  );
}
