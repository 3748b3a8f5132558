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
    // The schema-engine bridge talks to an untyped internal Prisma package.
    files: ["scripts/schema-engine.ts", "scripts/pg-migrate-factory.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];

export default config;
