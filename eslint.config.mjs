import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "src/generated/**", ".data/**", "next-env.d.ts"] },
  {
    // Domain rules stay pure: no database, framework or transport imports.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@/server/*", "@/generated/*", "next", "next/*", "@trpc/*", "@prisma/*", "react"] },
      ],
    },
  },
  {
    // The resident pages carry no client runtime (src/pages/_app.tsx): no client-side router for a
    // <Link> to use, so their links are plain anchors, which is what a <Link> would render anyway.
    files: ["src/pages/**/*.tsx", "src/components/resident/**/*.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // The schema-engine bridge talks to an untyped internal Prisma package.
    files: ["scripts/schema-engine.ts", "scripts/pg-migrate-factory.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];

export default config;
