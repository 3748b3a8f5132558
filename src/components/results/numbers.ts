import { getFormatter } from "next-intl/server";

/**
 * Counts as 1.234 and shares as 50,5% in Vietnamese; "—" when there is nothing to divide by.
 * `withShares` writes a count with its share of each base, e.g. of the respondents and of the roll:
 * "13 (72,2% · 65%)".
 */
export async function getNumbers() {
  const format = await getFormatter();
  const num = (n: number) => format.number(n);
  const pct = (n: number, d: number) =>
    d > 0 ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—";
  const withShares = (n: number, ...bases: number[]) => `${num(n)} (${bases.map((d) => pct(n, d)).join(" · ")})`;
  return { format, num, pct, withShares };
}
