"use client";
// The two buttons of the publicity materials that need the browser: copy a text to the clipboard,
// and print one script alone (the page marks which, and materials.css hides the rest on paper).
// Their words come from the server component as props, so this page's client messages stay as they are.
import { useState } from "react";

type CopyLabels = { copy: string; copied: string; copyFailed: string };

export function CopyButton({ text, labels }: { text: string; labels: CopyLabels }) {
  const [state, setState] = useState<"" | "copied" | "failed">("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <>
      <button type="button" className="button button--small" onClick={copy}>
        {labels.copy}
      </button>
      <span className="materials__status" role="status">
        {state === "copied" ? labels.copied : state === "failed" ? labels.copyFailed : null}
      </span>
    </>
  );
}

/** Prints only the script `target` ("short", "full"): html[data-print-script] is read by materials.css. */
export function PrintButton({ target, label, ariaLabel }: { target: string; label: string; ariaLabel: string }) {
  function print() {
    const root = document.documentElement;
    root.dataset.printScript = target;
    const reset = () => {
      delete root.dataset.printScript;
      window.removeEventListener("afterprint", reset);
    };
    window.addEventListener("afterprint", reset);
    window.print();
  }
  return (
    <button type="button" className="button button--small" onClick={print} aria-label={ariaLabel}>
      {label}
    </button>
  );
}
