// The reconciliation table (server-rendered): a row per neighbourhood, a totals row. Mismatches mark
// the row, the cells concerned (a border, not colour alone) and say what disagrees under the name.
import { getFormatter, getTranslations } from "next-intl/server";

const MISMATCHES = ["respondedOverRoll", "returnedOverIssued", "enteredVsValid"] as const;
export type Mismatch = (typeof MISMATCHES)[number];
const isMismatch = (m: string): m is Mismatch => (MISMATCHES as readonly string[]).includes(m);
export type Row = {
  neighbourhoodId: string;
  name: string;
  roll: number;
  responded: number;
  channels: Partial<Record<string, number>>;
  voided: number;
  attendance: number;
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  ballotsValid: number | null;
  mismatches: string[];
};

type Col = { key: string; label: string; value: (r: Row) => number | null; flag?: Mismatch[] };

export async function ReconTable({ rows, channels }: { rows: Row[]; channels: readonly string[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const n = (x: number | null) => (x === null ? "—" : format.number(x));
  const cols: Col[] = [
    { key: "roll", label: t("meetings.recon.colRoll"), value: (r) => r.roll, flag: ["respondedOverRoll"] },
    { key: "responded", label: t("meetings.recon.colResponded"), value: (r) => r.responded, flag: ["respondedOverRoll"] },
    ...channels.map((ch) => ({
      key: ch,
      label: t(`channel.${ch}` as "channel.ONLINE"),
      value: (r: Row) => r.channels[ch] ?? 0,
      flag: ch === "PAPER_BALLOT" ? (["enteredVsValid"] as Mismatch[]) : undefined,
    })),
    { key: "voided", label: t("meetings.recon.colVoided"), value: (r) => r.voided },
    { key: "attendance", label: t("meetings.recon.colAttendance"), value: (r) => r.attendance },
    { key: "issued", label: t("meetings.recon.colIssued"), value: (r) => r.ballotsIssued, flag: ["returnedOverIssued"] },
    { key: "returned", label: t("meetings.recon.colReturned"), value: (r) => r.ballotsReturned, flag: ["returnedOverIssued"] },
    { key: "valid", label: t("meetings.recon.colValid"), value: (r) => r.ballotsValid, flag: ["enteredVsValid"] },
  ];
  const total = (c: Col) => {
    const values = rows.map(c.value).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  return (
    <div className="table-wrap">
      <table className="table mtg-recon">
        <caption className="visually-hidden">{t("meetings.recon.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("meetings.neighbourhood")}</th>
            {cols.map((c) => (
              <th scope="col" key={c.key} className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const bad = r.mismatches.length > 0;
            return (
              <tr key={r.neighbourhoodId} className={bad ? "mtg-recon__row--mismatch" : undefined}>
                <th scope="row">
                  {r.name}
                  {bad ? (
                    <span className="mtg-recon__check">
                      <strong>
                        <span aria-hidden="true">⚠ </span>
                        {t("meetings.recon.toCheck")}
                      </strong>
                      <ul>
                        {r.mismatches.filter(isMismatch).map((m) => (
                          <li key={m}>{t(`meetings.recon.mismatch.${m}`)}</li>
                        ))}
                      </ul>
                    </span>
                  ) : null}
                </th>
                {cols.map((c) => (
                  <td key={c.key} className={c.flag?.some((m) => r.mismatches.includes(m)) ? "num mtg-recon__cell--flag" : "num"}>
                    {n(c.value(r))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="mtg-recon__total">
            <th scope="row">{t("meetings.recon.total")}</th>
            {cols.map((c) => (
              <td key={c.key} className="num">
                {n(total(c))}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
