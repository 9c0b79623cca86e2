import type { LeaderboardSnapshot, LeaderboardSubscription } from '@reform-quiz/contracts';
import { LiveRequestError, type LiveConnection } from './live-socket';

/** How many places a pushed board carries (the server's limit for `leaderboard:subscribe`). */
export const LIVE_BOARD_LIMIT = 50;

/** After a subscribe that got no answer while connected, ask again this much later. */
const RESUBSCRIBE_DELAY_MS = 3_000;

/** Whether a pushed snapshot is of the board subscribed to (a round's, or a contest's, and the same block). */
export function isSameBoard(subscription: LeaderboardSubscription, snapshot: LeaderboardSnapshot): boolean {
  const board = subscription.roundId !== undefined ? snapshot.roundId === subscription.roundId : snapshot.roundId === undefined && snapshot.contestId === subscription.contestId;
  return board && (snapshot.category ?? null) === (subscription.category ?? null);
}

export interface LeaderboardFeedHandlers {
  onSnapshot: (snapshot: LeaderboardSnapshot) => void;
  onError?: (code: string) => void;
}

/**
 * Follows one board over a live connection: subscribes (and again after
 * every reconnect, when the server has forgotten the room), then applies
 * `leaderboard:update` snapshots in order. Snapshots are numbered: one that
 * is not the previous + 1 means one was missed, so it asks for a fresh
 * snapshot rather than show a board that skipped a change. Older or repeated
 * numbers are dropped.
 */
export class LeaderboardFeed {
  private lastSeq: number | null = null;
  /** An update that overtook the subscribe's answer. */
  private early: LeaderboardSnapshot | null = null;
  private subscribing = false;
  private again = false;
  private stopped = true;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private cleanups: (() => void)[] = [];

  constructor(
    private readonly connection: LiveConnection,
    private readonly subscription: LeaderboardSubscription,
    private readonly handlers: LeaderboardFeedHandlers,
  ) {}

  start(): void {
    this.stopped = false;
    this.cleanups = [this.connection.on('leaderboard:update', this.handleUpdate), this.connection.onConnect(() => void this.subscribe())];
  }

  stop(): void {
    this.stopped = true;
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    if (this.connection.connected) void this.connection.request('leaderboard:unsubscribe', this.subscription, 2_000).catch(() => undefined);
  }

  private async subscribe(): Promise<void> {
    if (this.stopped) return;
    if (this.subscribing) {
      this.again = true;
      return;
    }
    this.subscribing = true;
    this.lastSeq = null;
    this.early = null;
    try {
      const snapshot = await this.connection.request('leaderboard:subscribe', this.subscription);
      if (this.stopped) return;
      this.lastSeq = snapshot.seq;
      this.handlers.onSnapshot(snapshot);
      const early = this.early as LeaderboardSnapshot | null;
      this.early = null;
      if (early) this.apply(early);
    } catch (error) {
      if (this.stopped) return;
      const code = error instanceof LiveRequestError ? error.code : 'UNKNOWN';
      this.handlers.onError?.(code);
      // No answer in time: ask again while the socket is up (a reconnect asks by itself).
      if (code === 'TIMEOUT') this.retryTimer = setTimeout(() => void this.subscribe(), RESUBSCRIBE_DELAY_MS);
    } finally {
      this.subscribing = false;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.subscribe();
      }
    }
  }

  private readonly handleUpdate = (snapshot: LeaderboardSnapshot) => {
    if (this.stopped || !isSameBoard(this.subscription, snapshot)) return;
    if (this.lastSeq === null) {
      if (this.subscribing && (!this.early || snapshot.seq > this.early.seq)) this.early = snapshot;
      return;
    }
    this.apply(snapshot);
  };

  private apply(snapshot: LeaderboardSnapshot): void {
    if (this.lastSeq === null || snapshot.seq <= this.lastSeq) return;
    if (snapshot.seq !== this.lastSeq + 1) {
      void this.subscribe();
      return;
    }
    this.lastSeq = snapshot.seq;
    this.handlers.onSnapshot(snapshot);
  }
}
