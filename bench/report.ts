// What every benchmark reports the same way: medians with min and max (and the quartiles from five
// runs), the machine it ran on, and a JSON file of the results under bench/results/ (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many values. */
  n: number;
  /** The 25th and 75th percentiles, from QUARTILES_FROM values on (fewer make them meaningless). */
  p25?: number;
  p75?: number;
}

export const QUARTILES_FROM = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median, min and max of the values (and p25, p75 from five values), or null when there are none. */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const quartiles =
    values.length >= QUARTILES_FROM ? { p25: percentile(values, 25), p75: percentile(values, 75) } : {};
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
    ...quartiles,
  };
}

/** `median (min–max)`, or `median (min–max; p25–p75)` when there are quartiles; a lone value alone. */
export function formatSpread(value: Spread, digits: number): string {
  const f = (n: number) => formatNumber(n, digits);
  if (value.n === 1) return f(value.median);
  const quartiles =
    value.p25 !== undefined && value.p75 !== undefined ? `; ${f(value.p25)}–${f(value.p75)}` : '';
  return `${f(value.median)} (${f(value.min)}–${f(value.max)}${quartiles})`;
}

/** The value at a percentile (0-100) of the values, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export function describeMachine(): Record<string, string | number> {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    totalMemoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.totalMemoryGiB} GiB, node ${machine.node}`,
  );
  return machine;
}

export function formatNumber(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A plain-text table: the first `textColumns` columns left-aligned (one by default), the others right-aligned. */
export function printTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns = 1,
): void {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
}

/** The same table in Markdown, for the README. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns = 1,
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (i < textColumns ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** Writes `<name>-<timestamp>.json` in bench/results/ and returns its path. */
export function writeResults(name: string, result: object): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}
