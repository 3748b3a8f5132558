import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file: migrations run through scripts/migrate.ts (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
