import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { ROOT } from '../stack/api-process';
import { freePort } from '../stack/free-port';
import { runLoad, type NextRequest } from '../http/load';
import type { ResultRow } from '../report/results';
import type { Sizes } from '../sizes';

/** Requests shaped like answer saves: same path, a token of a real one's length, the same body. */
function answerShaped(): () => NextRequest {
  const token = randomBytes(180).toString('base64url');
  let clientSeq = 0;
  return () => ({ method: 'PUT', path: `/attempts/${randomUUID()}/answers/${randomUUID()}`, token, body: { optionIds: [randomUUID()], clientSeq: ++clientSeq } });
}

/** Answer-shaped requests against bare Fastify: at the fixed save rate, and as fast as it goes. */
export async function baseline(sizes: Sizes): Promise<ResultRow[]> {
  const next = answerShaped();
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/bench/src/stack/bare-fastify.ts'], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_ENV: 'production', PORT: String(port) },
    // The IPC channel only ties its life to the bench's (bare-fastify.ts exits when it closes).
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 30_000;
    while (!(await fetch(`${baseUrl}/api/v1/health`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error('the bare Fastify server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const fixed = await runLoad({ baseUrl, connections: sizes.connections, seconds: sizes.saveSeconds, rate: sizes.saveRate, next });
    const max = await runLoad({ baseUrl, connections: sizes.connections, seconds: sizes.baselineSeconds, next });
    const row = (variant: string, r: typeof fixed): ResultRow => ({
      scenario: 'answer saves',
      variant,
      stack: 'bare Fastify',
      rate: { value: r.perSecond, unit: 'req/s' },
      latency: { p50: r.p50, p99: r.p99, max: r.max },
      errors: r.errors,
    });
    return [row(`fixed ${sizes.saveRate.toLocaleString('en')}/s`, fixed), row('max', max)];
  } finally {
    child.kill('SIGTERM');
  }
}
