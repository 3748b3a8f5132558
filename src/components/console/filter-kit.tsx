// The console's list filters. They are plain GET forms, so filtering works without JavaScript and
// each filtered view is a URL that can be bookmarked; the fields' `name`s are the query's parameters.
// No hooks, so server pages and client components use the same pieces.
import Link from "next/link";
import { described, type ControlProps } from "@/components/aria";
import type { ReactNode, SelectHTMLAttributes } from "react";

/**
 * A panel of filters: a titled GET form, its fields in a grid, the submit button and, when the view
 * is filtered, a link back to the unfiltered list.
 */
export function FilterPanel({
  action,
  title,
  titleId,
  className,
  isSearch = false,
  submit,
  clear,
  children,
}: {
  action: string;
  title: string;
  titleId: string;
  /** The page's own class, for what only its panel needs. */
  className?: string;
  /** A search over the list (role="search") rather than a choice of what to show. */
  isSearch?: boolean;
  submit: string;
  clear?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <form
      className={className ? `panel filter-panel ${className}` : "panel filter-panel"}
      method="get"
      action={action}
      role={isSearch ? "search" : undefined}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="filter-panel__grid">{children}</div>
      <p className="filter-panel__actions">
        <button className="button button--small button--primary" type="submit">
          {submit}
        </button>
        {clear ? <Link href={clear.href}>{clear.label}</Link> : null}
      </p>
    </form>
  );
}

/** What a filter's control needs to be found by its label, hint and error. */
export type FilterControlProps = ControlProps;

/**
 * One filter in a panel: the label, the control (given its id and aria attributes), then an optional
 * hint and the error for a value the page could not read (`${id}-hint`, `${id}-error`).
 */
export function FilterField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (control: FilterControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, ...described(error, errorId, hint ? hintId : undefined) })}
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** A filter set in a row with others: its label and control side by side. */
export function InlineFilter({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field field--inline">
      <span className="field__label">{label}</span>
      {children}
    </label>
  );
}

/** A row of inline filters as a GET form on the page's own URL. */
export function InlineFilterForm({ submit, children }: { submit: string; children: ReactNode }) {
  return (
    <form className="filters" method="get">
      {children}
      <button className="button button--small" type="submit">
        {submit}
      </button>
    </form>
  );
}

export type FilterOption = { value: string | number; label: ReactNode };
type FilterSelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  options?: readonly FilterOption[];
  anyLabel?: string;
};

/**
 * A select over a list of choices; with `anyLabel`, first an empty choice that filters nothing.
 * Children come after the choices (an unknown value from the URL, or groups of choices).
 */
export function FilterSelect({ options = [], anyLabel, children, ...select }: FilterSelectProps) {
  return (
    <select {...select}>
      {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  );
}

/** A FilterField whose control is a FilterSelect: a panel's choice of what to list. */
export function SelectFilter({ id, label, ...select }: FilterSelectProps & { id: string; label: string }) {
  return (
    <FilterField id={id} label={label}>
      {(control) => <FilterSelect {...control} {...select} />}
    </FilterField>
  );
}
