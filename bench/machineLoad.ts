// How busy the machine was while a benchmark ran: the 1-minute load average before and after, and
// how much CPU other processes (not this one or the browsers it started) took meanwhile: the whole
// machine's busy time (/proc/stat) less our own process tree's, and which other processes were
// busy. On a shared machine a figure means little without it. Where there is no /proc (not
// Linux), only the load average is recorded.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

/** A process using at least this share of one core over a run counts as busy. */
const BUSY_SHARE = 0.1;

interface ProcessTimes {
  ppid: number;
  name: string;
  /** CPU time used so far, user and system, in clock ticks. */
  ticks: number;
  /** The same for its children that ended and were waited for (a closed page's renderer). */
  childTicks: number;
}

export interface LoadSample {
  at: number;
  load1: number;
  /** Busy (not idle or waiting) clock ticks of all cores so far. */
  machineTicks: number | null;
  processes: Map<number, ProcessTimes> | null;
}

export interface LoadDuringRun {
  /** The 1-minute load average at the start and at the end. */
  load1Before: number;
  load1After: number;
  /** Cores' worth of CPU that other processes used, on average over the run (null without /proc). */
  otherCpuCores: number | null;
  /** Other processes that used at least a tenth of a core over the run, busiest first. */
  otherBusy: { pid: number; name: string; cores: number }[] | null;
}

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    ticksPerSecond = Number(answer.stdout) || 100;
  }
  return ticksPerSecond;
}

function readProcesses(): Map<number, ProcessTimes> | null {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return null;
  }
  const processes = new Map<number, ProcessTimes>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces or parentheses itself: split after the last.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      processes.set(pid, {
        name: stat.slice(stat.indexOf('(') + 1, close),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        childTicks: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // Gone between the listing and the read.
    }
  }
  return processes;
}

function readMachineTicks(): number | null {
  try {
    // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return [user, nice, system, irq, softirq, steal].reduce((sum: number, n) => sum + (n ?? 0), 0);
  } catch {
    return null;
  }
}

export function sampleLoad(): LoadSample {
  return {
    at: performance.now(),
    load1: os.loadavg()[0] ?? 0,
    machineTicks: readMachineTicks(),
    processes: readProcesses(),
  };
}

/** This process and every process it started, as far as either sample shows. */
function ownProcesses(samples: LoadSample[]): Set<number> {
  const own = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const sample of samples)
      for (const [pid, { ppid }] of sample.processes ?? [])
        if (!own.has(pid) && own.has(ppid)) {
          own.add(pid);
          grew = true;
        }
  }
  return own;
}

/** CPU ticks of our own tree: each live process's own, plus those of its children that ended. */
function ownTicks(sample: LoadSample, own: Set<number>): number {
  let ticks = 0;
  for (const [pid, times] of sample.processes ?? [])
    if (own.has(pid)) ticks += times.ticks + times.childTicks;
  return ticks;
}

export function loadBetween(before: LoadSample, after: LoadSample): LoadDuringRun {
  const result = { load1Before: before.load1, load1After: after.load1 };
  if (!before.processes || !after.processes || before.machineTicks === null || after.machineTicks === null)
    return { ...result, otherCpuCores: null, otherBusy: null };
  const seconds = Math.max((after.at - before.at) / 1000, 0.001);
  const toCores = (ticks: number) => ticks / clockTicks() / seconds;
  const own = ownProcesses([before, after]);
  const otherTicks =
    after.machineTicks - before.machineTicks - (ownTicks(after, own) - ownTicks(before, own));
  const busy: { pid: number; name: string; cores: number }[] = [];
  for (const [pid, now] of after.processes) {
    if (own.has(pid)) continue;
    const then = before.processes.get(pid);
    const cores = toCores(now.ticks - (then && then.name === now.name ? then.ticks : 0));
    if (cores >= BUSY_SHARE) busy.push({ pid, name: now.name, cores: Number(cores.toFixed(2)) });
  }
  busy.sort((a, b) => b.cores - a.cores);
  return { ...result, otherCpuCores: Math.max(0, toCores(otherTicks)), otherBusy: busy };
}
