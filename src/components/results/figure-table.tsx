import type { ReactNode } from "react";
import { HeadRow, type Column } from "@/components/head-row";

/** One row: its header (the neighbourhood, option or matter), then one cell per further column. */
export type FigureRow = { key: string; header: ReactNode; cells: ReactNode[] };

/**
 * A table of figures, one row a neighbourhood (or option, or matter) with its name as the row's
 * header: the public results' tables behind the charts and the console's tally and summaries.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  className,
}: {
  caption?: string;
  columns: Column[];
  rows: FigureRow[];
  /** Added to `table`, as with the console's DataTable. */
  className?: string;
}) {
  return (
    <table className={className ? `table ${className}` : "table"}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <HeadRow columns={columns} />
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              <td key={i} className={columns[i + 1]?.numeric ? "num" : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
