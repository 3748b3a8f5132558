// No module in src/ may import itself back through others. A cycle makes load order decide which
// module sees the other half-initialised, and it is where layers get tangled (a use case reaching
// back into the one that calls it). Edges are the imports that survive compilation: `import type`
// and imports of nothing but types are erased, so they cannot form a cycle at run time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SRC = path.join(ROOT, "src");
// Prisma's generated client is not ours to arrange.
const SKIP = new Set([path.join(SRC, "generated")]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (SKIP.has(p)) return [];
    if (statSync(p).isDirectory()) return walk(p);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

/** "@/x" is src/x (tsconfig paths); relative paths from the importing file; extension or index file. */
function resolveImport(from: string, spec: string, files: Set<string>): string | null {
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
    if (files.has(candidate)) return candidate;
  }
  return null;
}

function onlyTypes(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // `import "./x"` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** The module specifiers a file loads at run time: static imports, re-exports, import(). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!onlyTypes(node.importClause)) specs.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typesOnly =
        node.isTypeOnly ||
        (node.exportClause &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typesOnly) specs.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) specs.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

function importGraph(root: string): Map<string, string[]> {
  const files = new Set(walk(root));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const deps = runtimeImports(file)
      .map((spec) => resolveImport(file, spec, files))
      .filter((d): d is string => d !== null);
    graph.set(file, [...new Set(deps)].sort());
  }
  return graph;
}

/** Every cycle's files in import order, each cycle once (depth-first, reported on the back edge). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

const rel = (file: string) => path.relative(ROOT, file);

describe("import cycles in src/", () => {
  it("finds a cycle when there is one (the check itself works)", () => {
    const graph = new Map([
      ["/a.ts", ["/b.ts"]],
      ["/b.ts", ["/c.ts"]],
      ["/c.ts", ["/a.ts"]],
      ["/d.ts", ["/a.ts"]],
    ]);
    expect(findCycles(graph)).toEqual([["/a.ts", "/b.ts", "/c.ts", "/a.ts"]]);
  });

  it("reads the imports that stay after compilation, resolving @/ and relative paths", () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(100);
    // A known edge each way of writing an import, so a resolver that silently drops edges fails here.
    expect(graph.get(path.join(SRC, "server/records/build.ts"))).toContain(
      path.join(SRC, "domain/consultation-status.ts"),
    );
    expect(graph.get(path.join(SRC, "server/consultations/lifecycle.ts"))).toContain(
      path.join(SRC, "server/errors.ts"),
    );
  });

  it("has none", () => {
    const cycles = findCycles(importGraph(SRC)).map((cycle) => cycle.map(rel).join(" -> "));
    expect(cycles, `import cycle(s) in src/:\n${cycles.join("\n")}`).toEqual([]);
  });
});
