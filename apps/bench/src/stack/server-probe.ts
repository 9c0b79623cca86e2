/**
 * Preloaded into the API process (`node -r`), so the bench can read the
 * server's own event-loop delay and memory, and take a CPU profile, without
 * the API exposing any of it. Talks to the bench over the IPC channel only.
 * Standalone on purpose: it is transpiled on its own and imports only Node.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ProbeReading {
  loopP99Ms: number;
  loopMaxMs: number;
  rssBytes: number;
  /** CPU time the API process used since the reset, as a share of one core (200 = two cores busy). */
  cpuPercent: number;
}

export interface ProfileLine {
  /** Package (from node_modules), or `app` for the API's own code, or a V8 pseudo-frame like (garbage collector). */
  owner: string;
  fn: string;
  selfPercent: number;
}

export type ProbeRequest = { probe: 'reset' | 'read' | 'profile-start' | 'profile-stop'; id: number };
export type ProbeResponse = { probe: 'reading'; id: number; reading: ProbeReading } | { probe: 'profile'; id: number; lines: ProfileLine[]; file: string | null } | { probe: 'ack'; id: number };

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
}

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let session: Session | null = null;
let since = { cpu: process.cpuUsage(), at: process.hrtime.bigint() };

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

/** The loop and CPU figures of the phase first, then memory after a full collection (the API runs with --expose-gc), so that it counts what is live. */
function reading(): ProbeReading {
  const cpu = process.cpuUsage(since.cpu);
  const wallMicros = Number(process.hrtime.bigint() - since.at) / 1000;
  const phase = { loopP99Ms: ms(delay.percentile(99)), loopMaxMs: ms(delay.max), cpuPercent: Math.round(((cpu.user + cpu.system) / Math.max(wallMicros, 1)) * 100) };
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  return { ...phase, rssBytes: memory.rss };
}

function ownerOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : 'native';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  return url.startsWith('node:') ? 'node' : 'app';
}

const rounded = (lines: ProfileLine[], top: number) =>
  lines
    .sort((a, b) => b.selfPercent - a.selfPercent)
    .slice(0, top)
    .map((l) => ({ ...l, selfPercent: Math.round(l.selfPercent * 10) / 10 }));

/** Self time, as shares of all samples: first per owner (all its functions), then the top functions. */
function summarize(profile: CpuProfile): ProfileLine[] {
  const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
  const byFn = new Map<string, ProfileLine>();
  const byOwner = new Map<string, ProfileLine>();
  const add = (map: Map<string, ProfileLine>, key: string, line: Omit<ProfileLine, 'selfPercent'>, share: number) => {
    const found = map.get(key) ?? { ...line, selfPercent: 0 };
    found.selfPercent += share;
    map.set(key, found);
  };
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const fn = `${functionName || '(anonymous)'}${url ? `:${lineNumber + 1}` : ''}`;
    const owner = ownerOf(url, functionName);
    const share = ((node.hitCount ?? 0) / total) * 100;
    add(byFn, `${owner} ${fn}`, { owner, fn }, share);
    add(byOwner, owner, { owner, fn: '(all its functions)' }, share);
  }
  return [...rounded([...byOwner.values()], 10), ...rounded([...byFn.values()], 20)];
}

function post<T>(method: string): Promise<T> {
  return new Promise((resolve, reject) => session?.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
}

async function handle(request: ProbeRequest): Promise<ProbeResponse> {
  switch (request.probe) {
    case 'reset':
      delay.reset();
      since = { cpu: process.cpuUsage(), at: process.hrtime.bigint() };
      return { probe: 'ack', id: request.id };
    case 'read':
      return { probe: 'reading', id: request.id, reading: reading() };
    case 'profile-start':
      session = new Session();
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
      return { probe: 'ack', id: request.id };
    case 'profile-stop': {
      const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
      session?.disconnect();
      session = null;
      // The whole profile too, for Chrome DevTools (Performance → load profile), when the bench names a folder.
      const dir = process.env.BENCH_PROFILE_DIR;
      const file = dir ? join(dir, `api-${process.pid}-${request.id}.cpuprofile`) : null;
      if (file) writeFileSync(file, JSON.stringify(profile));
      return { probe: 'profile', id: request.id, lines: summarize(profile), file };
    }
  }
}

// Started by the bench: if the bench goes away, so does this API process.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: ProbeRequest) => {
  if (!message || typeof message !== 'object' || !('probe' in message)) return;
  void handle(message).then((response) => process.send?.(response));
});
