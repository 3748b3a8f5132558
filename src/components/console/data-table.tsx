// The console's list table: the scrolling wrapper, a caption for screen readers, one heading row,
// and what to say when there is nothing to list. Pages write only their rows. No hooks, so server
// pages and client components use the same one.
import type { ReactNode } from "react";
import { HeadRow, type Column } from "@/components/head-row";
import { scrollRegion } from "@/components/scroll-region";

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
  /** Names the scrolling wrapper where the table has no caption (the section's heading, say). */
  label?: string;
  className?: string;
  /** Said instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Or said in one row across every column, under the headings (the table stays in place). */
  emptyRow?: ReactNode;
  /** Inside the wrapper, under the table: a note on rows left out, for instance. */
  footer?: ReactNode;
};

export function DataTable<Row>({
  columns,
  rows,
  children,
  caption,
  label,
  className,
  empty,
  emptyRow,
  footer,
}: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const shown = columns.filter((c): c is ListColumn => c !== false);
  // A named wrapper scrolls by keyboard on a phone (WCAG 2.1.1); an unnamed one stays a plain box.
  const name = caption ?? label;
  return (
    <div className="table-wrap" {...(name ? scrollRegion(name) : {})}>
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
