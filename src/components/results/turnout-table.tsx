import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "./figure-table";
import { getNumbers } from "./numbers";

export type TurnoutRow = { key: string; header: ReactNode; roll: number; responded: number };

/** Households on the roll, households that responded and the turnout, a row a neighbourhood. */
export async function TurnoutTable({ caption, rows }: { caption: string; rows: TurnoutRow[] }) {
  const [t, { num, pct }] = await Promise.all([getTranslations("tally"), getNumbers()]);
  return (
    <FigureTable
      caption={caption}
      columns={[
        { label: t("neighbourhood") },
        { label: t("roll"), numeric: true },
        { label: t("responded"), numeric: true },
        { label: t("turnout"), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.key,
        header: row.header,
        cells: [num(row.roll), num(row.responded), pct(row.responded, row.roll)],
      }))}
    />
  );
}
