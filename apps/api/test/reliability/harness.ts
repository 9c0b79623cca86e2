import { JwtService } from '@nestjs/jwt';
import type { Attempt, Contest, ContestSummary, Round } from '@reform-quiz/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { POSTGRES_ADMIN_URL } from '../support/services';

/**
 * The simulated entrants and the bookkeeping of the reliability suite: real
 * HTTP against real API processes, every acknowledgement remembered, every
 * 5xx counted, and the database read back directly at the end.
 */

export const JWT_SECRET = 'reliability-secret-reliability-secret!';

// ---- databases --------------------------------------------------------------

export function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string, params: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> {
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    return await admin.query(sql, params);
  } finally {
    await admin.end();
  }
}

export async function createDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`).catch(() => undefined);
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** The API's environment for a process of the production shape on `db`. */
export function apiEnv(databaseUrlValue: string, redisUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrlValue,
    REDIS_URL: redisUrl,
    JWT_SECRET,
    DEMO: 'true',
    COOKIE_SECURE: 'false',
    // Off unless a scenario needs it: the demo seeding plays past attempts that a sweeper could finalise under it.
    ATTEMPT_SWEEP_SECONDS: '0',
    LOGIN_FAILURES_PER_ADDRESS: '10000',
    WEB_DIST: '/nonexistent',
    ...extra,
  };
}

/** The error lines (pino level ≥ 50) an API process wrote. */
export function serverErrors(api: { output: string[] } | undefined): string {
  const lines = (api?.output.join('') ?? '').split('\n').filter((l) => /"level":(50|60)/.test(l) || /Error|rror:/.test(l));
  return lines
    .slice(0, 40)
    .map((l) => l.slice(0, 1500))
    .join('\n');
}

// ---- HTTP -------------------------------------------------------------------

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A request that got no HTTP answer: refused, reset, or cut mid-way. */
export class NetworkError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function call<T = unknown>(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<Reply<T>> {
  let res: Response;
  try {
    res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        ...(options.body !== undefined && {
          'content-type': 'application/json',
        }),
        ...(options.token && { authorization: `Bearer ${options.token}` }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new NetworkError(cause?.code ?? (error as Error).name, cause?.message ?? (error as Error).message);
  }
  const text = await res.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 20_000, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(every);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Health of one process: its status code and body, or null when it does not answer at all. */
export async function health(base: string): Promise<Reply<{
  status: string;
  database: { status: string };
  redis: { status: string };
}> | null> {
  return call<{
    status: string;
    database: { status: string };
    redis: { status: string };
  }>(base, 'GET', '/health', { timeoutMs: 3000 }).catch(() => null);
}

// ---- figures ----------------------------------------------------------------

/** What one scenario did and saw; summed into the suite's summary. */
export class Figures {
  faults: string[] = [];
  requests = 0;
  acknowledged = 0;
  found = 0;
  /** Every 5xx answer, by status. */
  fiveXx = 0;
  /** 503s in the agreed shape: code SERVICE_UNAVAILABLE and a Retry-After header. */
  unavailable = 0;
  /** 5xx that are not that: each one is a failure. */
  unexpected: string[] = [];
  /** Requests that got no answer (refused, reset): retried. */
  networkErrors = 0;
  /** When the last acknowledgement arrived. */
  lastAckAt = 0;
  /** When the last 503 arrived. */
  lastUnavailableAt = 0;

  constructor(readonly scenario: string) {}

  fault(description: string): void {
    this.faults.push(description);
  }

  /** Counts one HTTP answer; returns whether it is the retryable 503. */
  observe(reply: Reply, what: string): boolean {
    this.requests += 1;
    if (reply.status < 500) return false;
    this.fiveXx += 1;
    const code = (reply.body as { error?: { code?: string } } | null)?.error?.code;
    const retryAfter = Number(reply.headers.get('retry-after'));
    if (reply.status === 503 && code === 'SERVICE_UNAVAILABLE' && retryAfter > 0) {
      this.unavailable += 1;
      this.lastUnavailableAt = Date.now();
      return true;
    }
    this.unexpected.push(`${what}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)} retry-after=${reply.headers.get('retry-after')}`);
    return false;
  }
}

// ---- entrants -----------------------------------------------------------------

export interface Person {
  id: string;
  token: string;
}

/** Participants written straight into the database, with sessions and tokens every API process accepts. */
export async function makePeople(pg: Client, count: number): Promise<Person[]> {
  const jwt = new JwtService({ secret: JWT_SECRET });
  const template = (await pg.query(`SELECT password_hash, unit_id FROM users WHERE email = 'entrant1@demo.local'`)).rows[0] as {
    password_hash: string;
    unit_id: number;
  };
  const people: Person[] = [];
  const now = Date.now();
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, () => ({
      id: randomUUID(),
      sid: randomUUID(),
    }));
    const users: unknown[] = [];
    const sessions: unknown[] = [];
    const userRows = batch.map((b, i) => {
      users.push(b.id, `Thí sinh tin cậy ${start + i}`, template.password_hash, template.unit_id, now);
      const k = i * 5;
      return `($${k + 1}, 'participant', 'active', $${k + 2}, $${k + 2}, $${k + 3}, 'citizen', $${k + 4}, $${k + 5}, $${k + 5})`;
    });
    await pg.query(
      `INSERT INTO users (id, role, status, full_name, search_text, password_hash, category, unit_id, created_at, updated_at) VALUES ${userRows.join(', ')}`,
      users,
    );
    const sessionRows = batch.map((b, i) => {
      sessions.push(b.sid, b.id, randomUUID().replace(/-/g, '').padEnd(64, '0'), now, now + 86_400_000);
      const k = i * 5;
      return `($${k + 1}, $${k + 2}, $${k + 3}, $${k + 4}, $${k + 5})`;
    });
    await pg.query(`INSERT INTO sessions (id, user_id, token_hash, created_at, expires_at) VALUES ${sessionRows.join(', ')}`, sessions);
    for (const b of batch)
      people.push({
        id: b.id,
        token: jwt.sign({ sub: b.id, sid: b.sid, role: 'participant' }, { expiresIn: 3600 }),
      });
  }
  return people;
}

export interface DemoRounds {
  contest: Contest;
  weekly: Round;
}

export async function demoRounds(base: string): Promise<DemoRounds> {
  const list = await call<ContestSummary[]>(base, 'GET', '/contests');
  const contest = (await call<Contest>(base, 'GET', `/contests/${list.body[0].id}`)).body;
  const weekly = contest.rounds.find((r) => r.title === 'Tuần 1');
  if (!weekly) throw new Error('demo weekly round missing');
  return { contest, weekly };
}

/** A copy of a round with other timing rules, added by the organizer (as the committee would, through the API). */
export async function addRound(base: string, contest: Contest, from: Round, changes: Partial<Round>): Promise<Round> {
  const login = await call<{ accessToken: string }>(base, 'POST', '/auth/login', { body: { login: 'organizer@demo.local', password: 'Demo@2018' } });
  const { id: _id, contestId: _contestId, position: _position, phase: _phase, ...input } = from;
  const created = await call<Round>(base, 'POST', `/contests/${contest.id}/rounds`, { token: login.body.accessToken, body: { ...input, ...changes } });
  if (created.status !== 201 && created.status !== 200) throw new Error(`round not added: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

interface Ack {
  questionId: string;
  clientSeq: number;
  optionIds: string[];
}

/** An entrant keeps retrying this long before the test calls it a failure (no outage here lasts nearly as long). */
const GIVE_UP_MS = 60_000;

/** Picks the process that gets the next request: one process, or the test's own load balancer over several. */
export type Balancer = () => string;

/**
 * One entrant on a phone: starts (or resumes) an attempt, then answers its
 * choice questions one by one, sometimes changing an earlier answer, each
 * change with a higher clientSeq. Like the web app's answer queue it keeps
 * every answer until the server acknowledges it: on a 503 it waits as long
 * as Retry-After says, on a refused or dropped connection it tries again
 * shortly (through the balancer, possibly another process), and it stops for
 * good when the attempt is over.
 */
export class SimEntrant {
  attempt: Attempt | null = null;
  readonly acks: Ack[] = [];
  /** Requests sent and never answered (the process died under them). */
  unanswered = 0;
  /** Requests sent and not answered yet, now. */
  outstanding = 0;
  stopped: string | null = null;
  private seq = 0;
  /** The next step of the plan to send. */
  private next = 0;
  private readonly plan: { questionId: string; optionIds: string[] }[] = [];

  constructor(
    readonly person: Person,
    private readonly figures: Figures,
    private readonly pick: Balancer,
  ) {}

  /** Sends until the server answers with something other than a retryable failure; `halted` stops the retrying. */
  private async send<T>(method: string, path: string, body: unknown, halted: () => boolean): Promise<Reply<T> | null> {
    const giveUpAt = Date.now() + GIVE_UP_MS;
    for (let tries = 0; ; tries++) {
      if (halted()) return null;
      if (Date.now() > giveUpAt) throw new Error(`${method} ${path}: no answer for ${GIVE_UP_MS} ms`);
      try {
        this.outstanding += 1;
        const reply = await call<T>(this.pick(), method, path, { token: this.person.token, body }).finally(() => (this.outstanding -= 1));
        const unavailable = this.figures.observe(reply, `${method} ${path}`);
        // Like the web app's queue: a 503 (and a 429, should a rate limit apply) is retried after Retry-After; anything else is the answer.
        if (!unavailable && reply.status !== 429) return reply;
        const wait = (Number(reply.headers.get('retry-after')) || 1) * 1000;
        await sleep(Math.min(wait, 2000) * (0.5 + Math.random() / 2));
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        this.figures.networkErrors += 1;
        if (halted()) {
          this.unanswered += 1;
          return null;
        }
        await sleep(Math.min(2000, 50 * 2 ** Math.min(tries, 5)) * (0.5 + Math.random() / 2));
      }
    }
  }

  async start(roundId: number, halted: () => boolean = () => false): Promise<Attempt> {
    const reply = await this.send<Attempt>('POST', `/rounds/${roundId}/attempts`, undefined, halted);
    if (!reply || reply.status !== 200) throw new Error(`attempt not started: ${reply?.status} ${JSON.stringify(reply?.body)}`);
    this.attempt = reply.body;
    const choice = this.attempt.questions.filter((q) => q.options.length > 0);
    for (const q of choice)
      this.plan.push({
        questionId: q.id,
        optionIds: [q.options[Math.floor(Math.random() * q.options.length)].id],
      });
    // Second thoughts: a few answers are changed later, with a higher sequence number.
    for (const q of choice) {
      if (Math.random() < 0.3)
        this.plan.push({
          questionId: q.id,
          optionIds: [q.options[Math.floor(Math.random() * q.options.length)].id],
        });
    }
    return this.attempt;
  }

  /** How many answers it means to give in all. */
  get planned(): number {
    return this.plan.length;
  }

  /** Answers the rest of the plan (an answer never acknowledged is sent again); returns when done or halted. */
  async answer(halted: () => boolean, pauseMs = 0): Promise<void> {
    const attempt = this.attempt;
    if (!attempt) throw new Error('no attempt');
    for (; this.next < this.plan.length && !this.stopped; this.next++) {
      const step = this.plan[this.next];
      this.seq += 1;
      const clientSeq = this.seq;
      const reply = await this.send<{ clientSeq: number }>(
        'PUT',
        `/attempts/${attempt.id}/answers/${step.questionId}`,
        { optionIds: step.optionIds, clientSeq },
        halted,
      );
      if (!reply) return;
      if (reply.status === 200) {
        this.acks.push({
          questionId: step.questionId,
          clientSeq,
          optionIds: step.optionIds,
        });
        this.figures.acknowledged += 1;
        this.figures.lastAckAt = Date.now();
      } else {
        const code = (reply.body as { error?: { code?: string } }).error?.code ?? String(reply.status);
        if (code === 'ATTEMPT_EXPIRED' || code === 'ATTEMPT_FINISHED') this.stopped = code;
        else throw new Error(`answer refused: ${reply.status} ${JSON.stringify(reply.body)}`);
      }
      if (pauseMs > 0) await sleep(pauseMs * Math.random());
    }
  }

  /**
   * Keeps changing answers (each change a higher clientSeq, like an entrant
   * hesitating) until `stop` says so; the change in hand when it does is still
   * retried until it is acknowledged.
   */
  async answerUntil(stop: () => boolean, pauseMs: number): Promise<void> {
    const attempt = this.attempt;
    if (!attempt) throw new Error('no attempt');
    const choice = attempt.questions.filter((q) => q.options.length > 0);
    while (!stop() && !this.stopped) {
      const q = choice[Math.floor(Math.random() * choice.length)];
      const optionIds = [q.options[Math.floor(Math.random() * q.options.length)].id];
      this.seq += 1;
      const clientSeq = this.seq;
      const reply = await this.send<{ clientSeq: number }>('PUT', `/attempts/${attempt.id}/answers/${q.id}`, { optionIds, clientSeq }, () => false);
      if (reply?.status === 200) {
        this.acks.push({ questionId: q.id, clientSeq, optionIds });
        this.figures.acknowledged += 1;
        this.figures.lastAckAt = Date.now();
      } else {
        throw new Error(`answer refused: ${reply?.status} ${JSON.stringify(reply?.body)}`);
      }
      await sleep(pauseMs * Math.random());
    }
  }

  get done(): boolean {
    return this.next >= this.plan.length;
  }

  async submit(halted: () => boolean = () => false): Promise<Reply<Attempt> | null> {
    if (!this.attempt) throw new Error('no attempt');
    return this.send<Attempt>('POST', `/attempts/${this.attempt.id}/submit`, {}, halted);
  }
}

interface StoredRow {
  attempt_id: string;
  question_id: string;
  client_seq: number;
  option_ids: string | string[] | null;
  saved_at: string | number;
}

export interface AckCheck {
  acknowledged: number;
  found: number;
  missing: string[];
  duplicates: number;
  stored: Map<string, StoredRow>;
}

/**
 * Reads the answers of these entrants back from the database: each
 * acknowledged answer must be there — as acknowledged, or replaced by a later
 * change of the same entrant (a higher clientSeq) — and each (attempt,
 * question) stored exactly once.
 */
export async function checkAcknowledged(pg: Client, entrants: SimEntrant[]): Promise<AckCheck> {
  const ids = entrants.map((e) => e.attempt?.id).filter((id): id is string => !!id);
  const rows = (await pg.query(`SELECT attempt_id, question_id, client_seq, option_ids, saved_at FROM answers WHERE attempt_id = ANY($1::uuid[])`, [ids]))
    .rows as StoredRow[];
  const dupes = await pg.query(
    `SELECT attempt_id, question_id FROM answers WHERE attempt_id = ANY($1::uuid[]) GROUP BY attempt_id, question_id HAVING COUNT(*) > 1`,
    [ids],
  );
  const stored = new Map(rows.map((r) => [`${r.attempt_id}/${r.question_id}`, r]));
  const missing: string[] = [];
  let acknowledged = 0;
  let found = 0;
  for (const e of entrants) {
    for (const ack of e.acks) {
      acknowledged += 1;
      const key = `${e.attempt?.id}/${ack.questionId}`;
      const row = stored.get(key);
      const options = row ? (typeof row.option_ids === 'string' ? (JSON.parse(row.option_ids) as string[]) : row.option_ids) : null;
      const seq = row ? Number(row.client_seq) : -1;
      if (row && (seq > ack.clientSeq || (seq === ack.clientSeq && JSON.stringify(options) === JSON.stringify(ack.optionIds)))) found += 1;
      else missing.push(`${key} seq ${ack.clientSeq}: stored ${row ? `seq ${seq} ${JSON.stringify(options)}` : 'nothing'}`);
    }
  }
  return {
    acknowledged,
    found,
    missing,
    duplicates: dupes.rows.length,
    stored,
  };
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}
