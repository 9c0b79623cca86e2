import type { HealthResponse } from '@reform-quiz/contracts';
import { apiClient } from './api-client';

interface Sample {
  /** serverNow − the local midpoint of the request that carried it. */
  offsetMs: number;
  roundTripMs: number;
}

/** Time the server may spend between reading its clock and answering. */
const PROCESSING_SLACK_MS = 1_000;

/**
 * The server's clock as seen from this device (product rule 1: the server is
 * the clock; a phone's own clock is often minutes, sometimes hours, wrong).
 *
 * Every response carrying `serverNow` is a sample: offset = serverNow − the
 * local midpoint of its request. The true offset lies within half the round
 * trip of a sample, so a sample with a shorter round trip replaces the
 * current one; a sample that cannot be reconciled with it (the device clock
 * was changed meanwhile) replaces it too. Date.now() rather than a monotonic
 * clock: phones suspend performance.now() while the screen is off.
 */
export class ServerClock {
  private sample: Sample | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly localNow: () => number = () => Date.now()) {}

  get synced(): boolean {
    return this.sample !== null;
  }

  get offsetMs(): number {
    return this.sample?.offsetMs ?? 0;
  }

  /** Server time now, in epoch milliseconds. */
  now(): number {
    return this.localNow() + this.offsetMs;
  }

  observe(serverNow: string, sentAt: number, receivedAt: number): void {
    const server = Date.parse(serverNow);
    if (Number.isNaN(server)) return;
    const roundTripMs = Math.max(0, receivedAt - sentAt);
    const next: Sample = { offsetMs: server - (sentAt + receivedAt) / 2, roundTripMs };
    const current = this.sample;
    const inconsistent = current !== null && Math.abs(next.offsetMs - current.offsetMs) > (next.roundTripMs + current.roundTripMs) / 2 + PROCESSING_SLACK_MS;
    if (current === null || inconsistent || next.roundTripMs <= current.roundTripMs) {
      this.sample = next;
      for (const listener of this.listeners) listener();
    }
  }

  /** Runs a request whose answer carries `serverNow`, and learns from it. */
  async measure<T extends { serverNow: string }>(request: () => Promise<T>): Promise<T> {
    const sentAt = this.localNow();
    const result = await request();
    this.observe(result.serverNow, sentAt, this.localNow());
    return result;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Forgets what it learnt (tests; a different server). */
  reset(): void {
    this.sample = null;
  }
}

export const serverClock = new ServerClock();

let healthInFlight: Promise<void> | null = null;

/**
 * Measures the offset from /health when nothing else has yet (a countdown to a
 * round's opening, before any attempt exists). Concurrent callers share one request.
 */
export function syncServerClock({ force = false }: { force?: boolean } = {}): Promise<void> {
  if (serverClock.synced && !force) return Promise.resolve();
  healthInFlight ??= serverClock
    .measure(() => apiClient.get<HealthResponse>('/health', { auth: false }))
    .then(
      () => undefined,
      // Unreachable: keep counting on the device clock (or the last offset) and try again next time.
      () => undefined,
    )
    .finally(() => {
      healthInFlight = null;
    });
  return healthInFlight;
}
