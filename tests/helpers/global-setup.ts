// `npm test` needs no database server: unless TEST_DATABASE_URL names one, this starts the embedded
// PostgreSQL server (the same binaries as the app's default) in a throw-away directory for the run,
// and every test file gets a schema of its own on it (tests/helpers/test-db.ts).
// Durability is not what these tests are about, so this server runs with fsync off; the tests of
// durability (tests/integration/embedded-engine.test.ts) start servers with the app's settings.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureEmbedded } from "../../src/server/db/embedded-server.mjs";

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = mkdtempSync(path.join(tmpdir(), "ydan-test-db-"));
  const server = await ensureEmbedded(path.join(dir, "postgres"), {
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: "300" },
    log: () => {},
  });
  process.env.TEST_DATABASE_URL = server.url;
  process.env.TEST_DATABASE_KIND = "embedded";
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
