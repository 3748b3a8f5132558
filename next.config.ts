import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files relative to its own module; bundled by Turbopack it fails at
  // run time (the build still passes). Keep it, its adapter, the native argon2 binding and pdfkit
  // (which reads its font metrics from its own folder) external.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pdfkit", "exceljs"],
  poweredByHeader: false,
  // The public verification page posts a copy of a record (up to 20 MB) through a server action,
  // whose default body limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
};

export default withNextIntl(nextConfig);
