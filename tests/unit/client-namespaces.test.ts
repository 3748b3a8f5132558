// Every console page hands its client components only the message namespaces its segment lists
// (src/components/console/client-namespaces.ts). A client component reading a namespace its page
// does not hand over would show raw keys in the browser, so: from each page, follow its imports to
// every client module it renders, read the namespaces those modules translate with, and require
// each of them in the page's list.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, type ConsoleSegment } from "@/components/console/client-namespaces";
import { MESSAGES } from "@/i18n/locales";

const SRC = path.resolve(import.meta.dirname, "../../src");
const CONSOLE = path.join(SRC, "app/console");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(SRC, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const isClient = (source: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(source);

/** The client modules a page renders: its imports followed through server modules and client ones alike. */
function clientModulesOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const clients = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (isClient(source)) clients.add(file);
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const target = resolveImport(file, m[1]);
      if (target && /\.tsx?$/.test(target) && !target.includes(`${path.sep}generated${path.sep}`)) visit(target);
    }
  };
  visit(entry);
  return clients;
}

/** The top-level namespaces a client module translates with. */
function namespacesOf(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(/useTranslations\(\s*["'`]([a-zA-Z]+)/g)) out.add(m[1]);
  if (/useTranslations\(\s*\)/.test(source)) {
    // The root translator: every key it is called with names its namespace first.
    for (const m of source.matchAll(/\bt\(\s*["'`]([a-zA-Z]+)\./g)) out.add(m[1]);
  }
  return out;
}

/** The segment a page belongs to: the first folder under src/app/console that has a list of its own. */
function segmentOf(file: string): ConsoleSegment | "console" {
  const first = path.relative(CONSOLE, file).split(path.sep)[0];
  return first in CLIENT_NAMESPACES && first !== "console" ? (first as ConsoleSegment) : "console";
}

const pages = walk(CONSOLE).filter((f) => /(page|layout)\.tsx$/.test(f));

describe("console client messages", () => {
  it("finds the console's pages and their client components (the scan works)", () => {
    expect(pages.length).toBeGreaterThan(20);
    const detail = pages.find((p) => p.endsWith(path.join("consultations", "[id]", "page.tsx")))!;
    expect(clientModulesOf(detail).size).toBeGreaterThan(3);
  });

  it.each(pages.map((p) => [path.relative(SRC, p), p]))(
    "%s hands over every namespace its client components read",
    (_label, page) => {
      const segment = segmentOf(page);
      const provided = new Set<string>([
        ...CLIENT_NAMESPACES.console,
        ...(segment === "console" ? [] : CLIENT_NAMESPACES[segment]),
      ]);
      const missing: string[] = [];
      for (const client of clientModulesOf(page)) {
        for (const ns of namespacesOf(readFileSync(client, "utf8"))) {
          if (!provided.has(ns)) missing.push(`${path.relative(SRC, client)} reads "${ns}"`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it("names only namespaces that exist, in both languages", () => {
    for (const list of Object.values(CLIENT_NAMESPACES)) {
      for (const ns of list) {
        expect(MESSAGES.vi, ns).toHaveProperty(ns);
        expect(MESSAGES.en, ns).toHaveProperty(ns);
      }
    }
  });

  it("every segment with a list of its own has a layout handing it over", () => {
    for (const segment of Object.keys(CLIENT_NAMESPACES).filter((s) => s !== "console")) {
      const layout = path.join(CONSOLE, segment, "layout.tsx");
      expect(existsSync(layout), segment).toBe(true);
      expect(readFileSync(layout, "utf8")).toContain(`<ClientMessages segment="${segment}">`);
    }
  });
});
