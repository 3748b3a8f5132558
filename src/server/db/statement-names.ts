// Named (prepared) statements for the hot queries only. A statement whose SQL starts with the
// HOT marker is parsed and planned once per connection and then only executed: for the one
// statement of a first response that halves PostgreSQL's CPU (bench:layers). Everything else stays
// unnamed, because Prisma's generated SQL varies with list lengths and every name is kept for the
// life of the connection.
import { createHash } from "node:crypto";

export const HOT = "/* hot */";

export function hotStatementName(query: { sql: string }): string {
  return query.sql.startsWith(HOT) ? `hot_${createHash("sha1").update(query.sql).digest("hex").slice(0, 24)}` : "";
}
