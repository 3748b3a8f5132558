// Code cites what a reader of the repository can open: docs/LAW.md's rule ids or the article itself,
// never research notes or design files kept outside it, and never a tracker's issue numbers (they say
// where a change came from, not why the code is so).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(p).isDirectory()) return walk(p);
    return /\.(ts|tsx|css)$/.test(name) ? [p] : [];
  });
}

function hits(dirs: string[], pattern: RegExp): string[] {
  return dirs.flatMap((dir) =>
    walk(path.join(ROOT, dir)).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (pattern.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    ),
  );
}

// Spelled in pieces so that this file does not match itself.
const OUTSIDE = new RegExp(["law-" + "notes", "law-" + "verified", "DESIGN" + "\\.md", "gloss" + "ary"].join("|"));

describe("citations in the code", () => {
  it("src/ and tests/ cite no file outside the repository", () => {
    expect(hits(["src", "tests"], OUTSIDE)).toEqual([]);
  });

  it("src/ names no issue numbers", () => {
    expect(hits(["src"], /\bissues? #?\d+/i)).toEqual([]);
  });
});
