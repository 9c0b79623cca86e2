import type { Profile } from '../report/results';
import type { Sizes } from '../sizes';
import type { ProbeReading } from '../stack/server-probe';
import type { Stack } from '../stack/stack';

export interface ScenarioContext {
  stack: Stack;
  sizes: Sizes;
  /** With `--profile`: where CPU profiles of the API taken around measured phases go. */
  profiles: Profile[] | null;
}

/**
 * The API's memory before sockets connect, once the previous scenario's
 * sockets have closed (the server tears them down in the background).
 */
export async function settledMemory(ctx: ScenarioContext): Promise<number> {
  await new Promise((r) => setTimeout(r, 3000));
  return (await ctx.stack.api.read()).rssBytes;
}

/** Server memory per connection, in KB; none when the process shrank meanwhile (freed garbage outweighed the sockets). */
export function perConnectionKb(before: number, after: number, connections: number): number | undefined {
  const kb = (after - before) / Math.max(connections, 1) / 1024;
  return connections > 0 && kb > 0 ? Math.round(kb) : undefined;
}

/** What the API process itself went through during a phase, as table columns. */
export const serverSide = (reading: ProbeReading) => ({ loopLagP99Ms: reading.loopP99Ms, serverCpuPercent: reading.cpuPercent });

/**
 * Runs one measured phase: the API's event-loop histogram is reset before and
 * read after, and with `--profile` the API is CPU-profiled for the phase.
 */
export async function measured<T>(ctx: ScenarioContext, label: string, phase: () => Promise<T>): Promise<{ result: T; server: ProbeReading }> {
  const { api } = ctx.stack;
  await api.reset();
  if (ctx.profiles) await api.profileStart();
  try {
    const result = await phase();
    return { result, server: await api.read() };
  } finally {
    if (ctx.profiles) ctx.profiles.push({ scenario: label, stack: ctx.stack.name, ...(await api.profileStop()) });
  }
}
