import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { ProbeReading, ProbeRequest, ProbeResponse, ProfileLine } from './server-probe';

export const ROOT = resolve(__dirname, '../../../..');
export const API_DIST = join(ROOT, 'dist/apps/api/main.js');
export const WEB_DIST = join(ROOT, 'dist/apps/web');
/** Where the probe keeps whole CPU profiles (`--profile`). */
const PROFILE_DIR = join(ROOT, 'dist/bench-profiles');

/** Where the API runs from: the production build, or the TypeScript sources as the integration tests run them. */
export type ApiSource = 'dist' | 'source';

export interface ApiProcess {
  url: string;
  reset(): Promise<void>;
  read(): Promise<ProbeReading>;
  profileStart(): Promise<void>;
  profileStop(): Promise<{ lines: ProfileLine[]; file: string | null }>;
  stop(): Promise<void>;
}

let probePath: string | null = null;

/** The probe is TypeScript; the API process preloads it as plain CommonJS, compiled here once per run. */
function compiledProbe(): string {
  if (probePath) return probePath;
  const source = readFileSync(join(__dirname, 'server-probe.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const dir = mkdtempSync(join(tmpdir(), 'rq-bench-probe-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  probePath = join(dir, 'server-probe.cjs');
  writeFileSync(probePath, outputText);
  return probePath;
}

function commandFor(source: ApiSource): string[] {
  if (source === 'source') return ['-r', '@swc-node/register', 'apps/api/src/main.ts'];
  if (!existsSync(API_DIST)) throw new Error(`${API_DIST} is missing: build the API first (npx nx build api), or run \`npm run bench\`, which does`);
  return [API_DIST];
}

export async function startApi(source: ApiSource, env: Record<string, string>, port: number): Promise<ApiProcess> {
  const output: string[] = [];
  mkdirSync(PROFILE_DIR, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '-r', compiledProbe(), ...commandFor(source)], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', BENCH_PROFILE_DIR: PROFILE_DIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const remember = (d: Buffer) => {
    output.push(d.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);

  const waiting = new Map<number, (response: ProbeResponse) => void>();
  child.on('message', (response: ProbeResponse) => waiting.get(response.id)?.(response));
  let nextId = 0;
  const ask = (probe: ProbeRequest['probe']) =>
    new Promise<ProbeResponse>((done, fail) => {
      const id = ++nextId;
      const timer = setTimeout(() => fail(new Error(`the API's probe did not answer ${probe}`)), 30_000);
      waiting.set(id, (response) => {
        clearTimeout(timer);
        waiting.delete(id);
        done(response);
      });
      child.send({ probe, id } satisfies ProbeRequest);
    });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output.join('')}`);
    if (await fetch(`${url}/api/v1/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the API did not become healthy:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    reset: async () => void (await ask('reset')),
    read: async () => {
      const response = await ask('read');
      if (response.probe !== 'reading') throw new Error('unexpected probe reply');
      return response.reading;
    },
    profileStart: async () => void (await ask('profile-start')),
    profileStop: async () => {
      const response = await ask('profile-stop');
      if (response.probe !== 'profile') throw new Error('unexpected probe reply');
      return { lines: response.lines, file: response.file };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
