// next-auth signs sessions with AUTH_SECRET. Without it (a demo on a laptop) a random secret is
// generated once into the data directory, so sessions survive restarts and nothing is committed.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function getAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (cached) return cached;
  const fromEnv = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  // `next build` imports the auth route but signs nothing: write no file and warn nothing then.
  if (env.NEXT_PHASE === "phase-production-build") return randomBytes(32).toString("base64url");
  const dir = env.DATA_DIR ?? "./.data";
  const file = path.join(dir, "auth-secret");
  try {
    cached = readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  } catch {
    mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
    cached = randomBytes(32).toString("base64url");
    writeFileSync(/*turbopackIgnore: true*/ file, cached, { mode: 0o600, flag: "w" });
  }
  if (env.NODE_ENV === "production") {
    console.warn(
      `[auth] AUTH_SECRET is not set: using the development secret in ${file}. ` +
        "Set AUTH_SECRET (e.g. `openssl rand -base64 32`) in production.",
    );
  }
  return cached;
}
