// CPU time of processes, read from /proc (Linux): what a run cost each party — the app server, the
// PostgreSQL server, the load generator — so a rate can be explained as milliseconds of CPU per
// response against the machine's 2 cores (2,000 ms of CPU per second).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim() || 100);

function stat(pid: number): { ppid: number; comm: string; ms: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm may hold spaces and parentheses: the fields after it start at the last ")".
    const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields[0] is state (field 3); utime, stime, cutime, cstime are fields 14–17.
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    return { ppid: Number(fields[1]), comm, ms: (utime + stime + cutime + cstime) * TICK_MS };
  } catch {
    return null; // gone
  }
}

function allPids() {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/** CPU milliseconds used so far by a process and all its descendants. */
export function treeCpuMs(root: number): number {
  const stats = new Map(allPids().map((pid) => [pid, stat(pid)]));
  let total = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    const s = stats.get(pid);
    if (!s) continue;
    total += s.ms;
    for (const [child, cs] of stats) if (cs?.ppid === pid) todo.push(child);
  }
  return total;
}

/** CPU milliseconds used so far by every process named "postgres" (server and backends). */
export function postgresCpuMs(): number {
  let total = 0;
  for (const pid of allPids()) {
    const s = stat(pid);
    if (s?.comm === "postgres") total += s.ms;
  }
  return total;
}

export function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
