// The console's list table: the scrolling wrapper, a caption for screen readers, one heading row,
// and what to say when there is nothing to list. Pages write only their rows. No hooks, so server
// pages and client components use the same one.
import type { ReactNode } from "react";
import { HeadRow, type Column } from "@/components/head-row";

/** A column heading: its text, or a Column (numeric columns are right-aligned). */
export type ListColumn = string | Column;

type Props<Row> = {
  /** Headings in order; `false` leaves a column out (columns that only some lists have). */
  columns: readonly (ListColumn | false)[];
  rows: readonly Row[];
  /** One `<tr>` (or a keyed fragment of rows) for each row. */
  children: (row: Row) => ReactNode;
  /** Read by screen readers only: the page's heading already says what the table is. */
  caption?: string;
  className?: string;
  /** Said instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Or said in one row across every column, under the headings (the table stays in place). */
  emptyRow?: ReactNode;
  /** Inside the wrapper, under the table: a note on rows left out, for instance. */
  footer?: ReactNode;
};

export function DataTable<Row>({ columns, rows, children, caption, className, empty, emptyRow, footer }: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const shown = columns.filter((c): c is ListColumn => c !== false);
  return (
    <div className="table-wrap">
      <table className={className ? `table ${className}` : "table"}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <HeadRow columns={shown.map((c) => (typeof c === "string" ? { label: c } : c))} />
        </thead>
        <tbody>
          {rows.length === 0 && emptyRow !== undefined ? (
            <tr>
              <td colSpan={shown.length}>{emptyRow}</td>
            </tr>
          ) : null}
          {rows.map((row) => children(row))}
        </tbody>
      </table>
      {footer}
    </div>
  );
}
