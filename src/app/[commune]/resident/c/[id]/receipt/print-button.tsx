"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Prints the receipt. Without JavaScript it does not render at all (a button that does nothing would
 * mislead): the browser's own print command prints the same page, laid out by resident.css.
 */
export function PrintButton({ label }: { label: string }) {
  const scripted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!scripted) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
