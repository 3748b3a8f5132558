export const DEFAULT_EMBEDDED_DIR: string;
export const EMBEDDED_DATABASE: string;
export const DURABLE_SETTINGS: Record<string, string>;
export type EmbeddedBinaries = { postgres: string; initdb: string; pg_ctl: string };
export type EmbeddedHandle = { url: string; owned: boolean; pid: number; stop(): Promise<void> };
export function embeddedBinaries(): Promise<EmbeddedBinaries>;
export function socketDir(dataDir: string): string;
export function embeddedUrl(dataDir: string, database?: string): string;
export function runningPostmaster(dataDir: string): number | null;
export function postgresVersion(bin: EmbeddedBinaries): string;
export function ensureEmbedded(
  dataDir: string,
  options?: { settings?: Record<string, string>; log?: (line: string) => void },
): Promise<EmbeddedHandle>;
export function stopEmbedded(dataDir: string): Promise<void>;
export function stopEmbeddedSync(dataDir: string, pgCtl: string): void;
export function serverUser(): { uid?: number; gid?: number };
