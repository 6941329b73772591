// The targets Newsline is held to, each checked against the runs of its size: the median (with its
// spread and the machine's load beside it) and whether it is met by the median and by every run.
// Ratios are against vis + cluster in the same runs (run i against run i). This reports; it never
// fails a run.
import { formatNumber, formatSpread, spread, type Spread } from '../report';
import { MEASURES, pairedRatios, summarise, type MeasureKey, type RunsByPage } from './measures';

interface Target {
  size: number;
  label: string;
  measure: MeasureKey;
  /**
   * 'below' / 'at most': the app's value against `limit`; 'sooner than cluster': vis + cluster's
   * time over the app's at least `limit`; 'share of cluster': the app's over vis + cluster's at most.
   */
  rule: 'below' | 'at most' | 'sooner than cluster' | 'share of cluster';
  limit: number;
  /** The Newsline page held to it: the archive as one file (the default), in lanes by actor, or as time tiles. */
  page?: 'app' | 'lanes' | 'tiles';
}

const everyInteraction = (size: number, rule: Target['rule'], limit: number, except: MeasureKey[] = []) =>
  (
    [
      ['zoom step', 'zoomMs'],
      ['actor filter', 'filterMs'],
      ['filter removed', 'unfilterMs'],
      ['click → panel, no pan first', 'coldClickMs'],
      ['click → panel after a pan', 'clickMs'],
      ['pan: drag move → paint (p95)', 'panMoveP95Ms'],
    ] as const
  )
    .filter(([, measure]) => !except.includes(measure))
    .map(([label, measure]): Target => ({ size, label, measure, rule, limit }));

export const TARGETS: Target[] = [
  {
    size: 10_000,
    label: 'first painted frame ≥ 8× sooner than vis + cluster',
    measure: 'firstPaintMs',
    rule: 'sooner than cluster',
    limit: 8,
  },
  {
    size: 10_000,
    label: 'zoom step ≤ ½ of vis + cluster’s',
    measure: 'zoomMs',
    rule: 'share of cluster',
    limit: 0.5,
  },
  { size: 10_000, label: 'actor filter ≤ 50 ms', measure: 'filterMs', rule: 'at most', limit: 50 },
  { size: 10_000, label: 'filter removed ≤ 50 ms', measure: 'unfilterMs', rule: 'at most', limit: 50 },
  {
    size: 10_000,
    label: 'click → panel, no pan first ≤ 33 ms',
    measure: 'coldClickMs',
    rule: 'at most',
    limit: 33,
  },
  {
    size: 10_000,
    label: 'click → panel after a pan ≤ 33 ms',
    measure: 'clickMs',
    rule: 'at most',
    limit: 33,
  },
  { size: 100_000, label: 'first painted frame < 2 s', measure: 'firstPaintMs', rule: 'below', limit: 2_000 },
  ...everyInteraction(100_000, 'at most', 50).map((target) => ({
    ...target,
    label: `${target.label} ≤ 50 ms`,
  })),
  {
    size: 100_000,
    label: 'heap, page + workers ≤ 150 MiB',
    measure: 'totalHeapMiB',
    rule: 'at most',
    limit: 150,
  },
  // Lanes by actor (six lanes and Other): held to the one-line timeline's targets at 100,000.
  {
    size: 100_000,
    label: 'lanes by actor: first painted frame < 2 s',
    measure: 'firstPaintMs',
    rule: 'below',
    limit: 2_000,
    page: 'lanes',
  },
  ...everyInteraction(100_000, 'at most', 50).map((target): Target => ({
    ...target,
    label: `lanes by actor: ${target.label} ≤ 50 ms`,
    page: 'lanes',
  })),
  {
    size: 1_000_000,
    label: 'loads: first painted frame < 12 s',
    measure: 'firstPaintMs',
    rule: 'below',
    limit: 12_000,
  },
  ...everyInteraction(1_000_000, 'below', 100).map((target) => ({
    ...target,
    label: `${target.label} < 100 ms`,
  })),
  // The same archive as time tiles: the timeline reads only the periods its window needs.
  {
    size: 1_000_000,
    label: 'as tiles: first painted frame < 12 s',
    measure: 'firstPaintMs',
    rule: 'below',
    limit: 12_000,
    page: 'tiles',
  },
  ...everyInteraction(1_000_000, 'below', 100).map((target): Target => ({
    ...target,
    label: `as tiles: ${target.label} < 100 ms`,
    page: 'tiles',
  })),
];

export const TARGETS_HEADER = ['events', 'target', 'measured: median (spread)', 'load (1-min avg)', 'met'];

function meets(rule: Target['rule'], value: number, limit: number): boolean {
  switch (rule) {
    case 'below':
      return value < limit;
    case 'at most':
    case 'share of cluster':
      return value <= limit;
    case 'sooner than cluster':
      return value >= limit;
  }
}

/**
 * Met by the median and by every run (a run without a value, out of time or failed, is not), by the
 * median only, or not.
 */
function verdict(rule: Target['rule'], value: Spread, limit: number, runsWithout: number): string {
  if (!meets(rule, value.median, limit)) return 'no';
  // The run least in its favour: the largest time or share, the smallest "times sooner".
  const worst = rule === 'sooner than cluster' ? value.min : value.max;
  return meets(rule, worst, limit) && runsWithout === 0 ? 'yes' : 'median only';
}

function clip(text: string, length = 72): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function targetRows(resultsBySize: ReadonlyMap<number, RunsByPage>): string[][] {
  return TARGETS.map((target) => {
    const row = (measured: string, load: string, met: string) => [
      target.size.toLocaleString('en-US'),
      target.label,
      measured,
      load,
      met,
    ];
    const runsByPage = resultsBySize.get(target.size);
    const app = runsByPage?.[target.page ?? 'app'];
    if (!runsByPage || !app) return row('not run', '', `not measured (--sizes ${target.size})`);
    const loads = spread(
      Object.values(runsByPage).flatMap((runs) => runs.map((run) => run.load.load1Before)),
    );
    const load = loads ? formatSpread(loads, 2) : 'n/a';
    const { digits } = MEASURES[target.measure];
    const slowRuns = app.filter((run) => run.timedOut.includes(target.measure)).length;
    const runsWithout = app.filter((run) => run.values[target.measure] === undefined).length;
    if (target.rule === 'sooner than cluster' || target.rule === 'share of cluster') {
      const cluster = runsByPage.cluster;
      if (!cluster) return row('no vis + cluster runs', load, 'not measured');
      const ratios = pairedRatios(app, cluster, target.measure);
      if (!ratios) return row('n/a', load, 'not measured');
      if (target.rule === 'share of cluster')
        return row(
          `${formatSpread(ratios, 2)} of it`,
          load,
          verdict(target.rule, ratios, target.limit, runsWithout),
        );
      // "Times sooner" is the inverse of the app's share: its smallest is the largest share's.
      const inverted: Spread = {
        median: 1 / ratios.median,
        min: 1 / ratios.max,
        max: 1 / ratios.min,
        n: ratios.n,
        ...(ratios.p25 !== undefined ? { p25: 1 / ratios.p75!, p75: 1 / ratios.p25 } : {}),
      };
      return row(
        `${formatSpread(inverted, 1)}×`,
        load,
        verdict(target.rule, inverted, target.limit, runsWithout),
      );
    }
    const value = summarise(app, target.measure);
    if (!value) {
      const limit = MEASURES[target.measure] as { limitMs?: number };
      if (slowRuns > 0 && limit.limitMs) return row(`> ${formatNumber(limit.limitMs, 0)}`, load, 'no');
      if (!summarise(app, 'firstPaintMs')) {
        // The whole archive never loaded: say why, in short (the size's notes have it in full).
        const failure = app.flatMap((run) => run.failures)[0] ?? 'did not load';
        const short = failure.replace(/^\w+: /, '');
        return row(target.measure === 'firstPaintMs' ? clip(short) : 'did not load', load, 'no');
      }
      return row('n/a', load, 'not measured');
    }
    const failed = runsWithout - slowRuns;
    const slow =
      (slowRuns > 0 ? ` + ${slowRuns} out of time` : '') + (failed > 0 ? ` + ${failed} failed` : '');
    return row(
      `${formatSpread(value, digits)}${slow}`,
      load,
      verdict(target.rule, value, target.limit, runsWithout),
    );
  });
}
