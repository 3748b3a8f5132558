import type { ReactNode } from "react";

/**
 * A chart under its caption, and the same figures as a table (`.results-data`): hidden from the
 * screen, read by screen readers and printed.
 */
export function ResultsFigure({
  id,
  title,
  help,
  chart,
  table,
}: {
  /** Prefix of the caption's id, which names the figure. */
  id: string;
  title: string;
  help: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="results-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <span className="results-figure__title">{title}</span>
        <span className="hint">{help}</span>
      </figcaption>
      {chart}
      <div className="results-data">{table}</div>
    </figure>
  );
}
