/** Workers asked for: WEB_CONCURRENCY as a whole number ≥ 1, or "auto" (one per core). */
export function workersWanted(env: Record<string, string | undefined>): number;
/** Hands each worker's public cache invalidation to the others and answers once all applied it. */
export function relayPublicInvalidations(cluster: import("node:events").EventEmitter & { workers?: unknown }): void;
