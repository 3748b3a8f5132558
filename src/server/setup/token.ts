// The first-run page's one-time token (like Jenkins' initialAdminPassword): made at server start
// while the install has no commune, printed in the server log and kept in DATA_DIR/setup-token, so
// every instance sharing the data directory accepts the same one. Deleted once a commune is set up.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the data directory is: process.env, or a test's own. */
export type DataDirEnv = Record<string, string | undefined>;

export function setupTokenFile(env: DataDirEnv = process.env): string {
  return path.join(env.DATA_DIR ?? "./.data", "setup-token");
}

export function readSetupToken(env: DataDirEnv = process.env): string | null {
  try {
    return readFileSync(/*turbopackIgnore: true*/ setupTokenFile(env), "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** The token in the data directory, made now if there is none (`created`). */
export function ensureSetupToken(env: DataDirEnv = process.env): { token: string; file: string; created: boolean } {
  const file = setupTokenFile(env);
  const existing = readSetupToken(env);
  if (existing) return { token: existing, file, created: false };
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const token = randomBytes(16).toString("hex");
  try {
    // "wx": of two instances starting together, one writes and the other reads what it wrote.
    writeFileSync(/*turbopackIgnore: true*/ file, `${token}\n`, { mode: 0o600, flag: "wx" });
    return { token, file, created: true };
  } catch (e) {
    const rival = (e as NodeJS.ErrnoException).code === "EEXIST" ? readSetupToken(env) : null;
    if (!rival) throw e;
    return { token: rival, file, created: false };
  }
}

export function removeSetupToken(env: DataDirEnv = process.env): void {
  rmSync(/*turbopackIgnore: true*/ setupTokenFile(env), { force: true });
}

/** Constant time whatever the input: both sides are hashed to the same length first. */
export function isSetupToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s.trim().toLowerCase()).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
