// The `next start` server a benchmark runs, and what must go when the benchmark ends: the server's
// whole process group and the throw-away databases and directories — also on errors and Ctrl-C.
import type { ChildProcess } from "node:child_process";

/** Undone last first, by runCleanups. */
export const cleanups: (() => Promise<void> | void)[] = [];
let server: ChildProcess | null = null;

/** The server now running (spawned `detached`, so its group can be signalled), or null. */
export function trackServer(child: ChildProcess | null) {
  server = child;
}

export function killServerGroup(signal: NodeJS.Signals = "SIGKILL") {
  if (server?.pid && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  }
}
process.on("exit", () => killServerGroup());
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: cleaning up`);
    killServerGroup();
    void runCleanups().finally(() => process.exit(130));
  });
}

export async function runCleanups() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (e) {
      console.warn(`cleanup: ${(e as Error).message}`);
    }
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * SIGTERM to the group, and wait until the server has really exited (it may hold the embedded
 * database); SIGKILL after `graceMs`. Nothing of the group may survive: a forked worker would
 * still hold the database.
 */
export async function stopServer(graceMs = 15_000) {
  const child = server;
  if (!child?.pid) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    killServerGroup("SIGTERM");
    if ((await Promise.race([exited, sleep(graceMs).then(() => "timeout")])) === "timeout") {
      killServerGroup("SIGKILL");
      await exited;
    }
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      break;
    }
    if (i === 40) process.kill(-child.pid, "SIGKILL");
    await sleep(100);
  }
  server = null;
}
