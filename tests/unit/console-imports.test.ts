// The console's routes share code only through src/components/console (or a folder above both): a
// route that imports from inside another route's folder breaks when that route moves, and hides
// what is shared. Shared components never import from src/app.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");
const APP = path.join(SRC, "app");
const CONSOLE = path.join(APP, "console");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(tsx?|css)$/.test(name) ? [p] : [];
  });
}

/** Every file a module imports by path (code and CSS), resolved to an absolute path without extension. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    const spec = m[1];
    if (spec.startsWith("@/")) out.push(path.join(SRC, spec.slice(2)));
    else if (spec.startsWith(".")) out.push(path.resolve(path.dirname(file), spec));
  }
  return out;
}

/** The route folder a file belongs to: private folders (`_form`) belong to the route above them. */
function routeOf(dir: string): string {
  return path.basename(dir).startsWith("_") ? routeOf(path.dirname(dir)) : dir;
}

const inside = (dir: string, folder: string) => dir === folder || dir.startsWith(folder + path.sep);

describe("imports between routes", () => {
  it.each(walk(CONSOLE).map((f) => [path.relative(SRC, f), f]))(
    "%s imports only from its own route, the routes above it, or shared code",
    (_label, file) => {
      const route = routeOf(path.dirname(file));
      const strays = importsOf(file)
        .filter((target) => inside(target, CONSOLE))
        .filter((target) => !inside(route, routeOf(path.dirname(target))))
        .map((target) => path.relative(SRC, target));
      expect(strays).toEqual([]);
    },
  );

  it.each(walk(path.join(SRC, "components")).map((f) => [path.relative(SRC, f), f]))(
    "%s does not import from src/app",
    (_label, file) => {
      expect(
        importsOf(file)
          .filter((target) => inside(target, APP))
          .map((target) => path.relative(SRC, target)),
      ).toEqual([]);
    },
  );
});
