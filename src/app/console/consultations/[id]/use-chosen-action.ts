"use client";
// Panels that offer several actions, one at a time (the lifecycle buttons, a theme's rename, merge,
// delete and approve, the opinion toolbar): which one is under way, its mutation, and whether any
// is still running.
import { useState } from "react";

type ActionMutation = { reset: () => void; isPending: boolean };

export function useChosenAction<M extends Record<string, ActionMutation>>(mutations: M) {
  const [action, setAction] = useState<(keyof M & string) | null>(null);
  return {
    action,
    mutation: action ? mutations[action] : null,
    busy: Object.values(mutations).some((m) => m.isPending),
    /** Takes up an action afresh: what any action last reported is forgotten. */
    choose(next: keyof M & string) {
      for (const m of Object.values(mutations)) m.reset();
      setAction(next);
    },
    /** Puts the chosen action down (done, or the reader stepped back). */
    close: () => setAction(null),
  };
}
