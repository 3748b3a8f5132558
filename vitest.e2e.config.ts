import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser tests: a production build served by `next start`, driven by playwright-core and Debian's
// Chromium. Apart from `npm test`, because a user's machine may have no Chromium.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/server.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
