import type { ProfileLine } from '../stack/server-probe';
import type { WebReport } from '../web/web-weight';

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

/** One line of a scenario's table. */
export interface ResultRow {
  scenario: string;
  variant: string;
  /** SQLite, PostgreSQL + Redis, or the bare-Fastify baseline. */
  stack: string;
  rate?: { value: number; unit: string };
  latency?: Latency;
  errors: number;
  /** The API process's own event-loop delay during the measurement (p99). */
  loopLagP99Ms?: number;
  /** CPU the API process used during the measurement, in % of one core. */
  serverCpuPercent?: number;
  memPerConnectionKb?: number;
  note?: string;
}

export interface Failure {
  scenario: string;
  stack: string;
  error: string;
}

export interface Profile {
  scenario: string;
  stack: string;
  lines: ProfileLine[];
  /** The whole profile (`.cpuprofile`, for Chrome DevTools), kept under dist/bench-profiles. */
  file: string | null;
}

/** The machine's 1-minute load average when a stack's scenarios started and ended: other work on the 2 cores shows here. */
export interface StackLoad {
  stack: string;
  start: number;
  end: number;
}

/** Everything one run measured, for the console and for docs/benchmarks.md. */
export interface RunReport {
  rows: ResultRow[];
  loads: StackLoad[];
  failures: Failure[];
  profiles: Profile[];
  web: WebReport | null;
}

/** Percentiles of raw samples (milliseconds), nearest-rank. */
export function latencyOf(samples: number[]): Latency {
  if (samples.length === 0) return { p50: 0, p99: 0, max: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}
