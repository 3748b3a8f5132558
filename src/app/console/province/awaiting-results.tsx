import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/console/data-table";
import { perValue } from "@/i18n/row-messages";
import type { ProvinceSummary } from "@/server/province/summary";

type Names = Map<string, string>;

/** The longest waiting shown here; the communes table counts every one, and the export lists them all. */
const SHOWN = 10;

/** Closed consultations whose results are not published yet, the longest waiting first, with the time left or the delay. */
export async function AwaitingResults({ rows, names }: { rows: ProvinceSummary["awaitingResults"]; names: Names }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  // Formatted once for each value, not once a row (src/i18n/row-messages.ts).
  const day = perValue((ms: number) =>
    format.dateTime(new Date(ms), { day: "2-digit", month: "2-digit", year: "numeric" }),
  );
  const date = (d: Date | null) => (d ? day(d.getTime()) : "—");
  const late = perValue((days: number) => t("province.overdue", { days }));
  const left = perValue((days: number) => t("province.due", { days }));
  return (
    <section aria-labelledby="awaiting-title">
      <h2 id="awaiting-title">{t("province.awaitingTitle")}</h2>
      <p className="hint">{t("province.awaitingHelp")}</p>
      <DataTable
        label={t("province.awaitingTitle")}
        columns={[
          t("province.colCommune"),
          t("console.colTitle"),
          t("province.closedOn"),
          t("console.colStatus"),
          t("province.colOverdue"),
        ]}
        rows={rows.slice(0, SHOWN)}
        empty={<p>{t("province.awaitingNone")}</p>}
        footer={
          rows.length > SHOWN ? (
            <p className="hint">{t("province.awaitingMore", { count: rows.length - SHOWN, total: rows.length })}</p>
          ) : null
        }
      >
        {(r) => (
          <tr key={r.id}>
            <td>{names.get(r.communeId)}</td>
            <td>{r.title}</td>
            <td>{date(r.closedAt)}</td>
            <td>
              <span className={`badge badge--${r.status.toLowerCase()}`}>{t(`status.${r.status}`)}</span>
            </td>
            <td className={r.results?.state === "overdue" ? "warn" : undefined}>
              {r.results?.state === "overdue" ? late(r.results.workingDaysLate) : left(r.results?.workingDaysLeft ?? 0)}
            </td>
          </tr>
        )}
      </DataTable>
    </section>
  );
}
