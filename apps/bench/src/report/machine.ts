import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem, type } from 'node:os';
import type { Services } from '../stack/services';
import { CHROMIUM_PATH } from '../web/time-to-interactive';

export interface Machine {
  os: string;
  cpu: string;
  memory: string;
  node: string;
  postgres: string;
  redis: string;
  chromium: string;
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not found';
  }
}

export function describeMachine(services: Services): Machine {
  const list = cpus();
  return {
    os: `${type()} ${release()}`,
    cpu: `${list.length} × ${list[0]?.model ?? 'unknown'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    postgres: services.postgres?.version ?? 'unreachable',
    redis: services.redis?.version ?? 'unreachable',
    chromium: chromiumVersion(),
  };
}
