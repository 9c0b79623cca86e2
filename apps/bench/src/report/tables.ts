import type { WebReport } from '../web/web-weight';
import type { ResultRow, RunReport } from './results';

export interface Table {
  title: string;
  header: string[];
  rows: string[][];
}

const BASELINE = 'bare Fastify';

export const ms = (v: number | undefined | null) => (v === undefined || v === null ? '—' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Against the bare-Fastify run of the same variant: share of its throughput,
 * and p99 as a multiple of its p99 — only when both kept up with the same
 * offered load (a fixed rate one of them could not sustain compares nothing).
 */
function vsBaseline(row: ResultRow, all: ResultRow[]): string {
  const base = all.find((r) => r.stack === BASELINE && r.variant === row.variant);
  if (row.stack === BASELINE || !base?.rate || !row.rate || !base.latency || !row.latency) return '';
  const share = `${Math.round((row.rate.value / base.rate.value) * 100)}% of its req/s`;
  const sameLoad = row.variant === 'max' || row.rate.value >= base.rate.value * 0.9;
  return sameLoad ? `${share}, p99 ×${(row.latency.p99 / Math.max(base.latency.p99, 0.1)).toFixed(1)}` : share;
}

/** One table per scenario, in the order they ran; the baseline sits with the answer saves. */
export function scenarioTables(report: RunReport): Table[] {
  const scenarios = [...new Set(report.rows.map((r) => r.scenario))];
  return scenarios.map((scenario) => {
    const rows = report.rows.filter((r) => r.scenario === scenario);
    const withBaseline = rows.some((r) => r.stack === BASELINE);
    return {
      title: scenario,
      header: ['stack', 'variant', 'throughput', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'server loop lag p99 ms', 'server CPU', 'server memory / connection', ...(withBaseline ? ['vs bare Fastify'] : []), 'notes'],
      rows: rows.map((r) => [
        r.stack,
        r.variant,
        r.rate ? `${r.rate.value.toLocaleString('en', { maximumFractionDigits: r.rate.value < 10 ? 1 : 0 })} ${r.rate.unit}` : '—',
        ms(r.latency?.p50),
        ms(r.latency?.p99),
        ms(r.latency?.max),
        r.errors.toLocaleString('en'),
        ms(r.loopLagP99Ms),
        r.serverCpuPercent === undefined ? '—' : `${r.serverCpuPercent}%`,
        r.memPerConnectionKb === undefined ? '—' : `${r.memPerConnectionKb} KB`,
        ...(withBaseline ? [vsBaseline(r, report.rows)] : []),
        r.note ?? '',
      ]),
    };
  });
}

/** With `--profile`: where the API spent its CPU during each measured phase (self time). */
export function profileTables(report: RunReport): Table[] {
  return report.profiles.map((p) => ({
    title: `CPU profile of the API: ${p.scenario}, ${p.stack}${p.file ? ` (whole profile: ${p.file})` : ''}`,
    header: ['self %', 'owner', 'function'],
    rows: p.lines.map((l) => [l.selfPercent.toFixed(1), l.owner, l.fn]),
  }));
}

/** Chunks listed one by one: the entry, what the attempt page loads, and the largest of the rest. */
const LISTED_LAZY = 10;

export function webTables(web: WebReport): Table[] {
  const sum = (list: typeof web.chunks, key: 'bytes' | 'gzipBytes') => list.reduce((s, c) => s + c[key], 0);
  const loaded = new Set(web.loads[0]?.scripts ?? []);
  const entry = web.chunks.filter((c) => c.kind === 'entry');
  const lazy = web.chunks.filter((c) => c.kind === 'lazy');
  const listed = [...entry, ...lazy.filter((c) => loaded.has(c.file)), ...lazy.filter((c) => !loaded.has(c.file)).slice(0, LISTED_LAZY)];
  const rest = lazy.filter((c) => !listed.includes(c));
  const chunkRow = (c: (typeof web.chunks)[number]) => [c.file, c.kind, kb(c.bytes), kb(c.gzipBytes), loaded.has(c.file) ? 'yes' : ''];
  return [
    {
      title: 'web bundle (dist/apps/web, gzip)',
      header: ['chunk', 'kind', 'raw', 'gzip', 'loaded by the attempt page'],
      rows: [
        ['all entry chunks', 'entry', kb(sum(entry, 'bytes')), kb(sum(entry, 'gzipBytes')), ''],
        ['all lazy chunks', 'lazy', kb(sum(lazy, 'bytes')), kb(sum(lazy, 'gzipBytes')), ''],
        ['attempt page, everything it loads', '', kb(sum(web.chunks.filter((c) => loaded.has(c.file)), 'bytes')), kb(web.attemptPageGzipBytes), ''],
        ...listed.map(chunkRow),
        ...(rest.length > 0 ? [[`${rest.length} smaller lazy chunks`, 'lazy', kb(sum(rest, 'bytes')), kb(sum(rest, 'gzipBytes')), '']] : []),
      ],
    },
    {
      title: `attempt page in Chromium, ${web.throttled ? 'slow 3G (2 s RTT, 400 kbit/s)' : 'no throttling (quick mode)'}`,
      header: ['load', 'first contentful paint ms', 'interactive ms', 'scripts', 'script bytes on the wire'],
      rows: web.loads.map((l) => [l.label, ms(l.fcpMs), ms(l.interactiveMs), String(l.scripts.length), kb(l.scriptTransferBytes)]),
    },
  ];
}

export function renderText(table: Table): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [`\n== ${table.title}`, line(table.header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

export function renderMarkdown(table: Table): string {
  const escape = (c: string) => c.replace(/\|/g, '\\|');
  return [`### ${table.title}`, '', `| ${table.header.join(' | ')} |`, `| ${table.header.map(() => '---').join(' | ')} |`, ...table.rows.map((r) => `| ${r.map(escape).join(' | ')} |`), ''].join('\n');
}
