// PGlite does not lock its data directory: a second process that opens it loses writes.
// A pid lock file keeps the embedded database to one process at a time.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${pid}. ` +
        `Stop that process first (e.g. the running "npm start"), or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock or throws DataDirInUseError; returns a release function. */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, ".ydan.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(/*turbopackIgnore: true*/ file, String(process.pid), { flag: "wx" });
      const release = () => {
        process.off("exit", release);
        try {
          if (readFileSync(/*turbopackIgnore: true*/ file, "utf8") === String(process.pid))
            rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let holder = NaN;
      try {
        holder = Number(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
      } catch {
        continue; // removed between our write and read: try again
      }
      if (holder === process.pid) throw new DataDirInUseError(dir, holder);
      if (isAlive(holder)) throw new DataDirInUseError(dir, holder);
      rmSync(/*turbopackIgnore: true*/ file, { force: true }); // left by a crashed process
    }
  }
  throw new Error(`Could not take the lock on ${dir}`);
}
