/**
 * How much CPU other work took while a round ran: the CPU time of every
 * process that is neither this one nor one of its descendants (the servers,
 * Postgres, wrk), read from /proc before and after, plus the time the
 * hypervisor gave the machine's cores to someone else (steal). Pinning keeps
 * the bench's own processes apart, but not anyone else's; on a shared machine
 * this says how far a round's numbers were pulled down. Processes that started
 * and ended within the round are missed, so it is a lower bound.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

type Snapshot = { processes: Map<number, { ppid: number; ticks: number }>; stealTicks: number };

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Every process's parent and CPU ticks (user + system, all threads), and the machine's steal ticks. */
export function cpuSnapshot(): Snapshot {
  const processes: Snapshot["processes"] = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which may itself contain spaces and parentheses: state, ppid, ... utime (12th), stime (13th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      processes.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while the folder was read.
    }
  }
  // The first line of /proc/stat: cpu user nice system idle iowait irq softirq steal ...
  const stealTicks = Number(fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/)[8] ?? 0);
  return { processes, stealTicks };
}

/** Cores' worth of CPU that processes outside `root`'s tree, and steal, took between the snapshots, over `seconds`. */
export function otherCores(before: Snapshot, after: Snapshot, seconds: number, root = process.pid): number {
  const ours = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === root) return true;
      p = after.processes.get(p)?.ppid ?? before.processes.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let ticks = after.stealTicks - before.stealTicks;
  for (const [pid, now] of after.processes) {
    if (ours(pid)) continue;
    const delta = now.ticks - (before.processes.get(pid)?.ticks ?? 0);
    ticks += delta >= 0 ? delta : now.ticks; // a pid reused by a new process
  }
  return ticks / ticksPerSecond / seconds;
}
