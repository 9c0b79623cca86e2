import type { Profile, SessionResponse } from '@reform-quiz/contracts';

export type SessionStatus = 'restoring' | 'anonymous' | 'authenticated';

/** Why the last session ended; the login page tells the user when it was not their choice. */
export type SessionEndReason = 'logout' | 'expired' | 'revoked';

export interface SessionState {
  status: SessionStatus;
  user: Profile | null;
  accessToken: string | null;
  expiresAt: string | null;
  endReason: SessionEndReason | null;
}

/**
 * The signed-in user and the access token, in memory only: a token in
 * localStorage would be readable by any injected script. The refresh token
 * lives in an HttpOnly cookie the browser sends to /auth/refresh.
 */
export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();

  constructor(status: SessionStatus = 'restoring') {
    this.state = { status, user: null, accessToken: null, expiresAt: null, endReason: null };
  }

  // Arrow properties so React's useSyncExternalStore can take them unbound.
  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getAccessToken(): string | null {
    return this.state.accessToken;
  }

  start(session: SessionResponse): void {
    this.set({
      status: 'authenticated',
      user: session.user,
      accessToken: session.accessToken,
      expiresAt: session.expiresAt,
      endReason: null,
    });
  }

  clear(endReason: SessionEndReason | null = null): void {
    this.set({ status: 'anonymous', user: null, accessToken: null, expiresAt: null, endReason });
  }

  private set(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
