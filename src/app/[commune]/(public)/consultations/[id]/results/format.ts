import { getFormatter } from "next-intl/server";

/** Counts as 1.234 and shares as 50,5% in Vietnamese; "—" when there is nothing to divide by. */
export async function getNumbers() {
  const format = await getFormatter();
  const num = (n: number) => format.number(n);
  const pct = (n: number, d: number) =>
    d > 0 ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—";
  return { num, pct };
}
