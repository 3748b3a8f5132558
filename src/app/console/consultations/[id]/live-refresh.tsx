"use client";
// Live progress while a consultation is open: the server-rendered tally is fetched again every
// `seconds` while the tab is visible (router.refresh re-runs the server components; no client-side
// tally). Staff may pause it, e.g. while reading a table.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** `labels.live` and `labels.paused` already carry the time of the figures shown. */
export function LiveRefresh({
  seconds,
  labels,
}: {
  seconds: number;
  labels: { live: string; paused: string; pause: string; resume: string };
}) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [paused, router, seconds]);
  return (
    <p className="hint tally-live">
      {/* Not a live region: announcing the time every half minute would drown a screen reader. */}
      <span>{paused ? labels.paused : labels.live}</span>{" "}
      <button type="button" className="button button--small" onClick={() => setPaused((p) => !p)} aria-pressed={paused}>
        {paused ? labels.resume : labels.pause}
      </button>
    </p>
  );
}
