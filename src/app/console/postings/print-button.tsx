"use client";
// "In danh sách": the browser's print, on A4 by the page's print rules (postings.css).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
