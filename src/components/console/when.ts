// Dates as dd/MM/yyyy and HH:mm in the time zone next-intl is configured with (Vietnam time), for
// server pages and client panels alike; the "{date} {time}" text around them is the caller's.
import type { useFormatter } from "next-intl";

type DateFormatter = Pick<ReturnType<typeof useFormatter>, "dateTime">;

export function dateParts(format: DateFormatter, d: Date) {
  return {
    date: format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }),
    time: format.dateTime(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  };
}
