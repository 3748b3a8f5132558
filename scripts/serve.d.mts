/** Workers asked for: WEB_CONCURRENCY as a whole number ≥ 1, or "auto" (one per core). */
export function workersWanted(env: Record<string, string | undefined>): number;
