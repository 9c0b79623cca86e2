import { ErrorCodes, type QuestionBank } from '@reform-quiz/contracts';
import fc from 'fast-check';
import { makeEntrants } from '../support/contest-fixtures';
import { listRoutes, type RouteInfo } from '../support/routes';
import { startTestApp, testDrivers, type TestApp } from '../support/test-app';
import { malformedCase, type FuzzCase, type Target } from './support/cases';
import { changedTables, dbChecksum } from './support/db-checksum';
import { dtoFields, requiredFields } from './support/malformed';
import { SAMPLES } from './support/samples';
import { recordFigures } from './support/summary';

/**
 * Property: no malformed request — to any route, from a caller the route
 * lets in — gets a 5xx; every refusal is the one error shape with a known
 * code; requests certain to be invalid are refused; and the database is
 * exactly as it was (a checksum over every row of every table).
 *
 * FUZZ_RUNS sets the requests per route (default 1,000), FUZZ_SEED replays a run,
 * FUZZ_ROUTE (a part of "METHOD /path") narrows it to some routes. The full
 * count goes to PostgreSQL (the production shape); when it is there too,
 * SQLite gets FUZZ_SQLITE_SHARE of it (default 0.3), to keep the run short.
 */
const FULL_RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
const runsOn = (driver: string) => (driver === 'postgres' || testDrivers().length === 1 ? FULL_RUNS : Math.ceil(FULL_RUNS * Number(process.env['FUZZ_SQLITE_SHARE'] ?? 0.3)));
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = Number(process.env['FUZZ_CONCURRENCY'] ?? 4);
const KNOWN_CODES = new Set<string>(Object.values(ErrorCodes));
const label = (r: RouteInfo) => `${r.method} ${r.path}`;

let ipCounter = 0;
/** A client address per request, so per-address throttles (in Redis, shared by runs) never decide the answer. */
const freshIp = () => {
  ipCounter += 1;
  return `10.${(process.pid >> 8) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

interface Outcome {
  status: number;
  problem: string | null;
}

function judge(c: FuzzCase, status: number, raw: string): Outcome {
  if (status >= 500) return { status, problem: `${status} ${raw.slice(0, 200)}` };
  if (status >= 400) {
    let error: { code?: unknown; message?: unknown } | undefined;
    try {
      error = (JSON.parse(raw) as { error?: typeof error } | null)?.error;
    } catch {
      return { status, problem: `${status} without a JSON body: ${raw.slice(0, 120)}` };
    }
    if (typeof error?.code !== 'string' || !KNOWN_CODES.has(error.code) || typeof error.message !== 'string') return { status, problem: `${status} not in the error shape: ${raw.slice(0, 200)}` };
    return { status, problem: null };
  }
  if (c.mustRefuse) return { status, problem: `${status}: accepted a request that must be refused` };
  return { status, problem: null };
}

describe.each(testDrivers())('malformed requests on %s', (driver) => {
  const RUNS = runsOn(driver);
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens: Record<string, string | null> = { anonymous: null };
  let bankId: number;

  beforeAll(async () => {
    t = await startTestApp(driver);
    routes = listRoutes(t.app);
    for (const role of ['admin', 'organizer', 'judge'] as const) tokens[role] = (await t.login(`${role}@demo.local`)).accessToken;
    tokens['participant'] = (await makeEntrants(t, 1))[0].token;
    bankId = (await t.request<QuestionBank[]>({ method: 'GET', url: '/api/v1/question-banks', token: tokens['organizer'] ?? undefined })).body[0].id;
  });
  afterAll(() => t?.close());

  it('has a well-formed sample for every route that takes a body or a required query', () => {
    const missing = routes.filter((r) => (r.body !== null && dtoFields(r.body).length > 0 && !SAMPLES[r.handler]?.body) || (requiredFields(r.query).length > 0 && !r.readsRequest && !SAMPLES[r.handler]?.query));
    expect(missing.map((r) => `${label(r)} (${r.handler})`)).toEqual([]);
  });

  it(`answers ${RUNS} malformed requests per route without a 5xx, in the error shape, changing nothing`, async () => {
    const started = Date.now();
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    let tried = 0;
    let fiveXx = 0;
    const categories = new Map<string, number>();
    let checked = 0;

    const only = process.env['FUZZ_ROUTE'];
    for (const route of routes.filter((r) => !only || label(r).includes(only))) {
      const role = !route.policy || route.policy.kind === 'public' ? 'anonymous' : route.policy.kind === 'authenticated' ? 'participant' : route.policy.roles[0];
      const upload = route.readsRequest && route.handler === 'QuestionImportController.import';
      const target: Target = {
        route,
        token: tokens[role] ?? null,
        params: {},
        sample: upload ? { query: { bankId: String(bankId), dryRun: 'true' } } : (SAMPLES[route.handler] ?? {}),
        upload,
      };
      const cases = fc.sample(malformedCase(target), { numRuns: RUNS, seed: SEED + routes.indexOf(route) });
      const before = await dbChecksum(t.dataSource);
      const routeFailures: string[] = [];
      for (let i = 0; i < cases.length; i += CONCURRENCY) {
        await Promise.all(
          cases.slice(i, i + CONCURRENCY).map(async (c) => {
            const res = await t.app.inject({ method: c.method as 'GET', url: c.url, headers: c.headers, payload: c.payload, remoteAddress: freshIp() });
            const outcome = judge(c, res.statusCode, res.body);
            tried += 1;
            categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
            byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
            if (res.statusCode >= 500) fiveXx += 1;
            if (outcome.problem && routeFailures.length < 5) routeFailures.push(`  ${c.note}\n    → ${outcome.problem}`);
          }),
        );
      }
      const after = await dbChecksum(t.dataSource);
      checked += 1;
      if (after.total !== before.total) routeFailures.push(`  the database changed: ${changedTables(before, after).join(', ')}`);
      if (routeFailures.length) failures.push(`${label(route)} as ${role}:\n${routeFailures.join('\n')}`);
    }

    recordFigures(`bad input (${driver})`, {
      'routes fuzzed': routes.length,
      'requests per route': RUNS,
      'payloads tried': tried,
      '5xx seen': fiveXx,
      'refused (4xx)': [...byStatus].filter(([s]) => s >= 400 && s < 500).reduce((n, [, c]) => n + c, 0),
      'answered 2xx/3xx (reads, no-op logouts, dry-run reports)': [...byStatus].filter(([s]) => s < 400).reduce((n, [, c]) => n + c, 0),
      'by kind': [...categories].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '),
      seed: SEED,
      'database checksum compared': `before and after each of ${checked} routes`,
      seconds: Math.round((Date.now() - started) / 1000),
    });
    expect({ seed: SEED, failures }).toEqual({ seed: SEED, failures: [] });
    if (!only) expect(tried).toBeGreaterThanOrEqual(routes.length * RUNS);
  }, 1_800_000);
});

