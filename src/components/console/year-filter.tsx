import { getTranslations } from "next-intl/server";
import { MATTERS, type MatterName } from "@/domain/matters";
import { FilterSelect, InlineFilter, InlineFilterForm } from "./filter-kit";

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

export async function YearFilter({ year, matter }: { year: number; matter?: MatterName }) {
  const t = await getTranslations();
  const now = thisYear();
  return (
    <InlineFilterForm submit={t("dashboard.apply")}>
      <InlineFilter label={t("consultationForm.filterYear")}>
        <FilterSelect
          name="year"
          defaultValue={year}
          options={Array.from({ length: 6 }, (_, i) => now + 1 - i).map((y) => ({ value: y, label: y }))}
        />
      </InlineFilter>
      <InlineFilter label={t("consultationForm.filterMatter")}>
        <FilterSelect
          name="matter"
          defaultValue={matter ?? ""}
          anyLabel={t("consultationForm.all")}
          options={MATTERS.map((m) => ({ value: m, label: t(`matter.${m}`) }))}
        />
      </InlineFilter>
    </InlineFilterForm>
  );
}
