import type { LivePhase, LiveSessionState } from '@reform-quiz/contracts';
import { LiveRequestError, type LiveConnection } from '../../../lib/live-socket';
import { serverClock } from '../../../lib/server-clock';

export type JoinedAs = 'player' | 'audience';

export interface LiveGameView {
  state: LiveSessionState | null;
  joinedAs: JoinedAs | null;
  /** LIVE_SESSION_NOT_FOUND (a wrong code, or the game ended), or why the last join failed (TIMEOUT…). */
  error: string | null;
}

/** After a failed join (no answer, server trouble), try again this much later while connected. */
const REJOIN_DELAY_MS = 3_000;

/** Whether `next` is at least as recent as `current` by the server's clock (states of one game only). */
export function isNewer(current: LiveSessionState | null, next: LiveSessionState): boolean {
  if (!current) return true;
  if (current.id !== next.id) return false;
  return Date.parse(next.serverNow) >= Date.parse(current.serverNow);
}

/** The newer of two states of a game: the host's REST answers and the socket's pushes race each other. */
export function newestState(a: LiveSessionState | null | undefined, b: LiveSessionState | null | undefined): LiveSessionState | null {
  if (!a) return b ?? null;
  if (!b || b.id !== a.id) return a;
  return Date.parse(b.serverNow) >= Date.parse(a.serverNow) ? b : a;
}

/**
 * The phase by the server clock now: a question is closed once its time is
 * up, even before the server's push saying so arrives.
 */
export function effectivePhase(state: Pick<LiveSessionState, 'phase' | 'question'>, now: number): LivePhase {
  if (state.phase === 'question' && state.question && now >= Date.parse(state.question.closesAt)) return 'closed';
  return state.phase;
}

/**
 * Follows one game by its code over a live connection: joins (and joins
 * again after every reconnect — the server forgets rooms when a socket
 * drops, and it finds the same player, score intact), then keeps the newest
 * `live:state` the server pushes.
 */
export class LiveGameFollower {
  private view: LiveGameView = { state: null, joinedAs: null, error: null };
  private cleanups: (() => void)[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;

  constructor(
    private readonly connection: LiveConnection,
    private readonly code: string,
    private readonly onChange: (view: LiveGameView) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.cleanups = [this.connection.on('live:state', this.handleState), this.connection.onConnect(() => void this.join())];
  }

  stop(): void {
    this.stopped = true;
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
  }

  /** Joins again now (the server said this socket is not in the game). */
  rejoin(): Promise<void> {
    return this.join();
  }

  private set(view: Partial<LiveGameView>): void {
    this.view = { ...this.view, ...view };
    this.onChange(this.view);
  }

  private async join(): Promise<void> {
    if (this.stopped) return;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const sentAt = Date.now();
    try {
      const { joinedAs, ...state } = await this.connection.request('live:join', { code: this.code });
      if (this.stopped) return;
      serverClock.observe(state.serverNow, sentAt, Date.now());
      this.set({ state: isNewer(this.view.state, state) ? state : this.view.state, joinedAs: joinedAs ?? 'audience', error: null });
    } catch (error) {
      if (this.stopped) return;
      const code = error instanceof LiveRequestError ? error.code : 'UNKNOWN';
      this.set({ error: code });
      // A wrong code stays wrong; anything else may pass on a second try (a reconnect also joins again).
      if (code !== 'LIVE_SESSION_NOT_FOUND' && code !== 'OFFLINE') this.retryTimer = setTimeout(() => void this.join(), REJOIN_DELAY_MS);
    }
  }

  private readonly handleState = (state: LiveSessionState) => {
    if (this.stopped) return;
    const current = this.view.state;
    if (current ? current.id !== state.id : state.code !== this.code) return;
    if (isNewer(current, state)) this.set({ state });
  };
}
