import { useFormat, useT } from "./intl";

type When = Date | string;

/**
 * Dates as 25/11/2026 and times as 09:12 in the configured time zone, as getDates() prints them on
 * the App Router pages; here for the resident pages, whose props carry dates as ISO strings.
 */
export function useDates() {
  const format = useFormat();
  const t = useT();
  const date = (d: When) => {
    const at = new Date(d);
    return t("publicPages.date", {
      day: format.dateTime(at, { day: "2-digit" }),
      month: format.dateTime(at, { month: "2-digit" }),
      year: format.dateTime(at, { year: "numeric" }),
    });
  };
  const time = (d: When) => format.dateTime(new Date(d), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const when = (d: When) => t("publicPages.when", { date: date(d), time: time(d) });
  return { date, time, when };
}
