// Whether a backup may be restored into this version of the app. Migrations are named in order
// (prisma/migrations/<timestamp>_<name>): a backup taken by a newer app holds migrations this app
// does not have, and its data may depend on columns this app's code knows nothing of. Restoring it
// would leave a database this app cannot safely run on, so it is refused. An older backup is
// restored and then brought forward by the migrations it lacks, as any start does.

export type SchemaVerdict =
  | { ok: true; kind: "same" }
  | { ok: true; kind: "older"; pending: string[] }
  | { ok: false; kind: "newer"; unknown: string[] }
  | { ok: false; kind: "diverged"; unknown: string[] };

/**
 * `inBackup`: the migrations recorded in the backup; `known`: this app's migrations, sorted.
 * "diverged" is a backup holding a migration this app lacks that is older than this app's last
 * one: not simply newer, but from another line of development; also refused.
 */
export function schemaVerdict(inBackup: readonly string[], known: readonly string[]): SchemaVerdict {
  const have = new Set(known);
  const unknown = [...new Set(inBackup)].filter((m) => !have.has(m)).sort();
  if (unknown.length) {
    const last = [...known].sort().at(-1) ?? "";
    return unknown.every((m) => m > last)
      ? { ok: false, kind: "newer", unknown }
      : { ok: false, kind: "diverged", unknown };
  }
  const present = new Set(inBackup);
  const pending = known.filter((m) => !present.has(m));
  return pending.length ? { ok: true, kind: "older", pending } : { ok: true, kind: "same" };
}
