import type { ResultRow, RunReport } from './results';
import type { Table } from './tables';

const PRODUCTION = 'PostgreSQL + Redis';
const FIXED_RATE = 2_500;

interface Target {
  what: string;
  goal: number;
  /** Higher is better (throughput) or lower is better (latency, weight). */
  better: 'higher' | 'lower';
  unit: string;
  measure: (report: RunReport) => number | null;
  /** When the run shows the target cannot be judged as stated, why (replaces the verdict). */
  caveat?: (report: RunReport) => string | null;
}

function row(report: RunReport, scenario: string, variant: RegExp): ResultRow | undefined {
  return report.rows.find((r) => r.stack === PRODUCTION && r.scenario === scenario && variant.test(r.variant));
}

/** A latency at the fixed save rate only means something if the server kept up with (90% of) that rate. */
function fixedRateNotSustained(report: RunReport): string | null {
  const achieved = row(report, 'answer saves', /^fixed 2,500/)?.rate?.value;
  if (achieved === undefined || achieved >= FIXED_RATE * 0.9) return null;
  return `missed: ${FIXED_RATE.toLocaleString('en')}/s not sustained, the server acknowledged ${achieved.toLocaleString('en')}/s`;
}

/** The issue's targets for this 2-core machine, PostgreSQL durable. */
const TARGETS: Target[] = [
  { what: 'answer saves/s, PostgreSQL durable', goal: 5_000, better: 'higher', unit: '/s', measure: (r) => row(r, 'answer saves', /^max$/)?.rate?.value ?? null },
  { what: 'answer saves/s (stretch)', goal: 10_000, better: 'higher', unit: '/s', measure: (r) => row(r, 'answer saves', /^max$/)?.rate?.value ?? null },
  {
    what: 'answer save p99 at 2,500/s',
    goal: 50,
    better: 'lower',
    unit: ' ms',
    measure: (r) => row(r, 'answer saves', /^fixed 2,500/)?.latency?.p99 ?? null,
    caveat: fixedRateNotSustained,
  },
  { what: 'live burst of 5,000: answers not acknowledged', goal: 0, better: 'lower', unit: '', measure: (r) => row(r, 'live burst', /^5,000 players answer/)?.errors ?? null },
  { what: 'live burst of 5,000: acknowledgement p99', goal: 200, better: 'lower', unit: ' ms', measure: (r) => row(r, 'live burst', /^5,000 players answer/)?.latency?.p99 ?? null },
  { what: '10,000 audience sockets: delivery p99', goal: 300, better: 'lower', unit: ' ms', measure: (r) => row(r, 'audience fan-out', /^snapshots to/)?.latency?.p99 ?? null },
  { what: '10,000 audience sockets: event-loop lag p99', goal: 50, better: 'lower', unit: ' ms', measure: (r) => row(r, 'audience fan-out', /^snapshots to/)?.loopLagP99Ms ?? null },
  { what: "entrant's attempt page JavaScript, gzip", goal: 200, better: 'lower', unit: ' KB', measure: (r) => (r.web?.loads.length ? Math.round((r.web.attemptPageGzipBytes / 1024) * 10) / 10 : null) },
];

const number = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 1 });

function verdict(t: Target, value: number | null): string {
  if (value === null) return 'not measured';
  const met = t.better === 'higher' ? value >= t.goal : value <= t.goal;
  if (met) return 'met';
  const by = Math.abs(value - t.goal);
  return `missed by ${number(by)}${t.unit}${t.goal === 0 ? '' : ` (${Math.round((by / t.goal) * 100)}%)`}`;
}

export function targetsTable(report: RunReport): Table {
  return {
    title: 'targets (issue 7), PostgreSQL + Redis stack',
    header: ['target', 'goal', 'measured', 'verdict'],
    rows: TARGETS.map((t) => {
      const value = t.measure(report);
      return [t.what, `${t.better === 'higher' ? '≥' : '≤'} ${number(t.goal)}${t.unit}`, value === null ? '—' : `${number(value)}${t.unit}`, t.caveat?.(report) ?? verdict(t, value)];
    }),
  };
}
