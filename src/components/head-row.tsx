import type { ReactNode } from "react";

/** A table column's heading: numeric columns are right-aligned with tabular figures (`.num`), in the head and the cells. */
export type Column = { label: ReactNode; numeric?: boolean };

/** The head row of a table whose columns are listed once: the console's lists and the figures tables. */
export function HeadRow({ columns }: { columns: readonly Column[] }) {
  return (
    <tr>
      {columns.map((column, i) => (
        <th key={i} scope="col" className={column.numeric ? "num" : undefined}>
          {column.label}
        </th>
      ))}
    </tr>
  );
}
