import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket, type Server } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

export interface ApiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: string[];
  /** SIGTERM, and wait for the exit (SIGKILL after 20 s). */
  stop: () => Promise<void>;
  /** Sends a signal; resolves with how the process ended. */
  kill: (signal: NodeJS.Signals) => Promise<ProcessExit>;
  /** Resolves when the process has exited (at once if it already has). */
  exited: Promise<ProcessExit>;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A real API process started from the TypeScript sources, as `npm start` would run the build. */
export async function startApiProcess(env: Record<string, string>, port: number): Promise<ApiProcess> {
  const output: string[] = [];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<ProcessExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API process exited (${child.exitCode}):\n${output.join('')}`);
    const up = await fetch(`${url}/api/v1/health`).then((r) => r.status > 0, () => false);
    if (up) break;
    if (Date.now() > deadline) {
      // Not left behind: a live child keeps the test runner from exiting.
      child.kill('SIGKILL');
      throw new Error(`API process did not start:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const kill = async (signal: NodeJS.Signals): Promise<ProcessExit> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return {
    url,
    port,
    child,
    output,
    exited,
    kill,
    stop: async () => {
      // A process that does not finish its shutdown in time is killed, so a failing test cannot leave it behind.
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await kill('SIGTERM');
      clearTimeout(timer);
    },
  };
}

/**
 * A TCP relay in front of Redis or PostgreSQL that a test can cut and
 * restore, to simulate the service going away (connections dropped, new ones
 * refused) without stopping the machine's service that other suites use.
 */
export class CuttableRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  /** A relay on a free port in front of the service at `url` (`redis://…` or `postgres://…`). */
  static async inFrontOf(url: string, defaultPort: number): Promise<CuttableRelay> {
    const target = new URL(url);
    const relay = new CuttableRelay(await freePort(), Number(target.port || defaultPort), target.hostname || '127.0.0.1');
    await relay.start();
    return relay;
  }

  /** `url` with its host and port replaced by the relay's. */
  via(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  async start(): Promise<void> {
    if (this.server) return;
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => {
          this.sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((r) => this.server?.listen(this.port, '127.0.0.1', r));
  }

  /** Drops every connection and refuses new ones. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise((r) => server.close(r));
  }
}

/** Ports this worker has handed out: the kernel may offer a just-freed port again before its first taker binds it. */
const handedOut = new Set<number>();

/** A port nobody listens on, and not one given out before by this worker (two processes started together must not get the same). */
export async function freePort(): Promise<number> {
  for (;;) {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    await new Promise((r) => server.close(r));
    if (!address || typeof address === 'string') throw new Error('no port');
    if (handedOut.has(address.port)) continue;
    handedOut.add(address.port);
    return address.port;
  }
}
