import type { Attempt } from '@reform-quiz/contracts';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { answerBody, demoContest, keyOf, makeEntrants } from '../support/contest-fixtures';
import { startTestApp, testDrivers, type Driver, type TestApp } from '../support/test-app';
import { createDatabase, databaseUrl, dropDatabase, Figures } from './harness';
import type { ReliabilitySummary } from './summary';

const ROOT = resolve(__dirname, '../../../..');

/** The documented command, as an operator types it: `npm run backup -- <file>` / `npm run restore -- <file>`. */
function npmRun(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const { DATABASE_URL: _url, SQLITE_PATH: _path, ...inherited } = process.env;
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

/** Every row of every table, in a stable order: the database's whole content. */
async function contents(dataSource: DataSource): Promise<Record<string, string[]>> {
  const postgres = dataSource.options.type === 'postgres';
  const tables = (
    (await dataSource.query(
      postgres
        ? `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`
        : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )) as { name: string }[]
  ).map((t) => t.name);
  const out: Record<string, string[]> = {};
  for (const table of tables) out[table] = ((await dataSource.query(`SELECT * FROM "${table}"`)) as unknown[]).map((row) => JSON.stringify(row)).sort();
  return out;
}

/** What the public and an entrant see: contests, boards, statistics, units, the entrant's own attempts. */
async function served(t: TestApp, who: { token: string; attempts: string[] }): Promise<unknown[]> {
  const get = async (url: string, token?: string) => {
    const res = await t.request({ method: 'GET', url: `/api/v1${url}`, token });
    return { url, status: res.status, body: res.body };
  };
  const { contest } = await demoContest(t);
  const out: unknown[] = [
    await get('/contests'),
    await get(`/contests/${contest.id}`),
    await get(`/contests/${contest.id}/statistics`),
    await get('/units?q=tam%20ky'),
  ];
  for (const round of contest.rounds) out.push(await get(`/rounds/${round.id}/leaderboard?limit=100`));
  for (const id of who.attempts) out.push(await get(`/attempts/${id}`, who.token));
  out.push(await get('/me/attempts', who.token));
  return out;
}

/**
 * Item 10 of the reliability issue: the documented backup and restore
 * commands, for each database the API runs on. A backup is taken while the
 * API runs, restored into a fresh database, and an API started on that one
 * must hold the same rows and serve the same answers.
 */
export function backupRestoreSuite(summary: ReliabilitySummary): void {
  describe('backup and restore: npm run backup / npm run restore', () => {
    const figures = new Figures('backup and restore');
    let dir: string;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'rq-backup-'));
    });
    afterAll(() => {
      summary.add(figures);
      rmSync(dir, { recursive: true, force: true });
    });

    it.each(testDrivers())('%s: a backup taken while the API runs, restored into a fresh database, serves the same results', async (driver: Driver) => {
      const t = await startTestApp(driver);
      let restoredDb: string | null = null;
      let r: TestApp | null = null;
      try {
        // Something worth keeping: finished attempts on the weekly round, and one still in progress.
        const { weekly } = await demoContest(t);
        const [entrant, other] = await makeEntrants(t, 2);
        const attempts: string[] = [];
        const acked: string[] = [];
        for (const person of [entrant, other]) {
          const attempt = (
            await t.request<Attempt>({
              method: 'POST',
              url: `/api/v1/rounds/${weekly.id}/attempts`,
              token: person.token,
            })
          ).body;
          const key = await keyOf(t, attempt);
          for (const [i, q] of attempt.questions.entries()) {
            const saved = await t.request({
              method: 'PUT',
              url: `/api/v1/attempts/${attempt.id}/answers/${q.id}`,
              token: person.token,
              body: answerBody(attempt, key, q.id, i % 3 !== 0),
            });
            expect(saved.status).toBe(200);
            acked.push(`${attempt.id}/${q.id}`);
            figures.acknowledged += 1;
          }
          await t.request({
            method: 'POST',
            url: `/api/v1/attempts/${attempt.id}/submit`,
            token: person.token,
            body: {},
          });
          if (person === entrant) attempts.push(attempt.id);
        }
        const open = (
          await t.request<Attempt>({
            method: 'POST',
            url: `/api/v1/rounds/${weekly.id}/attempts`,
            token: entrant.token,
          })
        ).body;
        const key = await keyOf(t, open);
        const first = await t.request({
          method: 'PUT',
          url: `/api/v1/attempts/${open.id}/answers/${open.questions[0].id}`,
          token: entrant.token,
          body: answerBody(open, key, open.questions[0].id, true),
        });
        expect(first.status).toBe(200);
        acked.push(`${open.id}/${open.questions[0].id}`);
        figures.acknowledged += 1;
        attempts.push(open.id);

        const source = t.config.database;
        const sourceEnv: Record<string, string> = source.driver === 'postgres' ? { DATABASE_URL: source.url } : { SQLITE_PATH: source.path };
        const file = join(dir, `${driver}.backup`);
        const backedUp = await npmRun('backup', [file], sourceEnv);
        expect(backedUp.output).toContain('Backed up');
        expect(backedUp.code).toBe(0);

        let targetEnv: Record<string, string>;
        if (driver === 'postgres') {
          restoredDb = await createDatabase('rq_rel_restore');
          targetEnv = { DATABASE_URL: databaseUrl(restoredDb) };
        } else {
          targetEnv = {
            SQLITE_PATH: join(dir, 'restored', 'reform-quiz.sqlite'),
          };
        }
        const restored = await npmRun('restore', [file], targetEnv);
        expect(restored.output).toContain('Restored');
        expect(restored.code).toBe(0);
        // A database that holds data is not overwritten by mistake.
        const again = await npmRun('restore', [file], targetEnv);
        expect(again.code).toBe(1);
        expect(again.output).toContain('--force');

        const before = await contents(t.dataSource);
        const seen = await served(t, { token: entrant.token, attempts });
        r = await startTestApp(driver, targetEnv);
        r.clock.set(t.clock.now());
        expect(await contents(r.dataSource)).toEqual(before);
        expect(await served(r, { token: entrant.token, attempts })).toEqual(seen);
        // And it carries on where the original stood: the open attempt takes answers.
        const next = await r.request({
          method: 'PUT',
          url: `/api/v1/attempts/${open.id}/answers/${open.questions[1].id}`,
          token: entrant.token,
          body: answerBody(open, key, open.questions[1].id, true),
        });
        expect(next.status).toBe(200);
        const rows = Object.values(before).reduce((sum, list) => sum + list.length, 0);
        const restoredAnswers = new Set(
          ((await r.dataSource.query(`SELECT attempt_id, question_id FROM answers`)) as { attempt_id: string; question_id: string }[]).map(
            (a) => `${a.attempt_id}/${a.question_id}`,
          ),
        );
        figures.found += acked.filter((k) => restoredAnswers.has(k)).length;
        expect(acked.every((k) => restoredAnswers.has(k))).toBe(true);
        summary.note(
          `backup and restore on ${driver}: backed up while serving, restored into a fresh database: ${Object.keys(before).length} tables, ${rows} rows identical`,
        );
      } finally {
        await r?.close();
        await t.close();
        if (restoredDb) await dropDatabase(restoredDb);
      }
    });
  });
}
