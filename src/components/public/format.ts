import { getFormatter, getTranslations } from "next-intl/server";
import type { getPublicConsultation } from "@/server/consultations/data";

/** What the public page receives from `commune.publicConsultation`. */
export type PublicConsultation = Awaited<ReturnType<typeof getPublicConsultation>>;

/** "Thị trấn Chợ Chùa" inside a sentence reads "thị trấn Chợ Chùa"; English names keep their case. */
export function inSentence(name: string) {
  return /^(Xã|Phường|Thị trấn|Đặc khu) /.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

/**
 * Dates as 25/11/2026 and times as 09:12, in the time zone next-intl is configured with. The date is
 * assembled from its parts so that English pages use the same day/month order (plain "en" would
 * print 11/25/2026).
 */
export async function getDates() {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("publicPages")]);
  const date = (d: Date) =>
    t("date", {
      day: format.dateTime(d, { day: "2-digit" }),
      month: format.dateTime(d, { month: "2-digit" }),
      year: format.dateTime(d, { year: "numeric" }),
    });
  const time = (d: Date) => format.dateTime(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const when = (d: Date) => t("when", { date: date(d), time: time(d) });
  return { format, date, time, when };
}
