// The reconciliation table (server-rendered): a row per neighbourhood, a totals row. Each row says
// "matches" or "to check" (src/domain/reconciliation.ts); a row to check marks the cells concerned
// (a border, not colour alone) and says under the name which counts are missing or disagree.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Mismatch, Missing } from "@/domain/reconciliation";
import { scrollRegion } from "@/components/scroll-region";

const MISMATCHES = [
  "respondedOverRoll",
  "returnedOverIssued",
  "enteredVsValid",
  "enteredVsInvalid",
] as const satisfies readonly Mismatch[];
const COUNT_FIELDS = ["issued", "returned", "valid", "invalid"] as const satisfies readonly Missing[];
const isMismatch = (m: string): m is Mismatch => (MISMATCHES as readonly string[]).includes(m);
export type Row = {
  neighbourhoodId: string;
  name: string;
  roll: number;
  responded: number;
  channels: Partial<Record<string, number>>;
  voided: number;
  attendance: number;
  keyedValid: number;
  keyedBlank: number;
  keyedInvalid: number;
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  ballotsValid: number | null;
  ballotsInvalid: number | null;
  verdict: "MATCH" | "CHECK";
  missing: Missing[];
  mismatches: string[];
};

type Flag = Mismatch | Missing;
type Col = { key: string; label: string; value: (r: Row) => number | null; flag?: Flag[] };
/** One column: its key, heading, the number it shows per row, and the findings that mark its cells. */
const col = (key: string, label: string, value: Col["value"], flag?: Flag[]): Col => ({ key, label, value, flag });

export async function ReconTable({ rows, channels }: { rows: Row[]; channels: readonly string[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const n = (x: number | null) => (x === null ? "—" : format.number(x));
  const paper = channels.includes("PAPER_BALLOT");
  const cols: Col[] = [
    col("roll", t("meetings.recon.colRoll"), (r) => r.roll, ["respondedOverRoll"]),
    col("responded", t("meetings.recon.colResponded"), (r) => r.responded, ["respondedOverRoll"]),
    ...channels.map((ch) => col(ch, t(`channel.${ch}` as "channel.ONLINE"), (r) => r.channels[ch] ?? 0)),
    col("voided", t("meetings.recon.colVoided"), (r) => r.voided),
    col("attendance", t("meetings.recon.colAttendance"), (r) => r.attendance, ["secretCount"]),
    ...(paper
      ? [
          col("keyedValid", t("meetings.recon.colKeyedValid"), (r) => r.keyedValid, ["enteredVsValid"]),
          col("keyedBlank", t("meetings.recon.colKeyedBlank"), (r) => r.keyedBlank, ["enteredVsInvalid"]),
          col("keyedInvalid", t("meetings.recon.colKeyedInvalid"), (r) => r.keyedInvalid, ["enteredVsInvalid"]),
        ]
      : []),
    col("issued", t("meetings.recon.colIssued"), (r) => r.ballotsIssued, ["returnedOverIssued", "issued"]),
    col("returned", t("meetings.recon.colReturned"), (r) => r.ballotsReturned, ["returnedOverIssued", "returned"]),
    col("valid", t("meetings.recon.colValid"), (r) => r.ballotsValid, ["enteredVsValid", "valid"]),
    col("invalid", t("meetings.recon.colInvalid"), (r) => r.ballotsInvalid, ["enteredVsInvalid", "invalid"]),
  ];
  // A count some neighbourhood has not recorded leaves the total unknown, not smaller.
  const total = (c: Col) => {
    const values = rows.map(c.value);
    return values.length && values.every((v) => v !== null) ? values.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
  };
  const flagged = (r: Row) => new Set<string>([...r.mismatches, ...r.missing]);
  return (
    <div className="table-wrap" {...scrollRegion(t("meetings.recon.caption"))}>
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
            const bad = r.verdict !== "MATCH";
            const flags = flagged(r);
            const missingCounts = COUNT_FIELDS.filter((f) => r.missing.includes(f));
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
                        {missingCounts.length ? (
                          <li>
                            {t("meetings.recon.missing.counts", {
                              what: format.list(missingCounts.map((f) => t(`meetings.recon.missing.${f}`))),
                            })}
                          </li>
                        ) : null}
                        {r.missing.includes("secretCount") ? <li>{t("meetings.recon.missing.secretCount")}</li> : null}
                        {r.mismatches.filter(isMismatch).map((m) => (
                          <li key={m}>{t(`meetings.recon.mismatch.${m}`)}</li>
                        ))}
                      </ul>
                    </span>
                  ) : (
                    <span className="mtg-recon__match">
                      <span aria-hidden="true">✓ </span>
                      {t("meetings.recon.match")}
                    </span>
                  )}
                </th>
                {cols.map((c) => (
                  <td key={c.key} className={c.flag?.some((f) => flags.has(f)) ? "num mtg-recon__cell--flag" : "num"}>
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
