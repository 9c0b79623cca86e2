import { io } from 'socket.io-client';
import { LIVE_NAMESPACE, type LiveClientEvents, type LiveError, type LiveServerEvents } from '@reform-quiz/contracts';
import { apiClient, sessionStore } from './api-client';
import type { SessionState } from './session-store';

/**
 * The part of socket.io-client's Socket this app uses; tests stand in a stub
 * for it (see src/testing/stub-socket.ts).
 */
export interface LiveSocket {
  readonly connected: boolean;
  /** False after the server refused the connection (a bad token): socket.io then stops retrying. */
  readonly active: boolean;
  connect(): unknown;
  disconnect(): unknown;
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
}

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

/** The session as the connection needs it: the token to send, who is signed in, and a refresh. */
export interface LiveSessionSource {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  refresh(): Promise<boolean>;
}

const appSession: LiveSessionSource = {
  getState: sessionStore.getState,
  subscribe: sessionStore.subscribe,
  refresh: () => apiClient.refreshSession(),
};

type AckOf<E extends keyof LiveClientEvents> = Parameters<LiveClientEvents[E]>[1] extends ((reply: infer R) => void) | undefined ? R : never;
/** What an event's acknowledgement carries when it is not an error. */
export type LiveReply<E extends keyof LiveClientEvents> = Exclude<AckOf<E>, LiveError>;

/** A refused or unanswered request: the server's error code, or TIMEOUT / OFFLINE when no answer came. */
export class LiveRequestError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = 'LiveRequestError';
  }
}

export function isLiveError(reply: unknown): reply is LiveError {
  return typeof reply === 'object' && reply !== null && 'error' in reply && typeof (reply as LiveError).error?.code === 'string';
}

/** Connect errors a fresh access token cures. */
const TOKEN_ERRORS = new Set(['TOKEN_EXPIRED', 'UNAUTHENTICATED', 'SESSION_REVOKED', 'REFRESH_TOKEN_INVALID']);
/** A refused connection is tried again after this long, unless the reason was the token. */
const REFUSED_RETRY_MS = 5_000;
export const LIVE_REQUEST_TIMEOUT_MS = 8_000;

export interface LiveConnectionOptions {
  /**
   * Connect without the access token even when signed in: the projector and
   * public boards watch, and a token would make a signed-in entrant a player.
   */
  anonymous?: boolean;
  session?: LiveSessionSource;
  createSocket?: (auth: (callback: (payload: { token?: string }) => void) => void) => LiveSocket;
}

function defaultSocket(auth: (callback: (payload: { token?: string }) => void) => void): LiveSocket {
  // Same origin as the app; WebSocket first, long-polling for networks that block it.
  // The cast narrows socket.io's overloaded, generic signatures to the plain ones above.
  return io(LIVE_NAMESPACE, { auth, transports: ['websocket', 'polling'], autoConnect: false }) as unknown as LiveSocket;
}

/**
 * One Socket.IO connection to `/live`, for one page. It sends the current
 * access token at every (re)connect; when the server refuses an expired
 * token it refreshes the session and connects again; when the signed-in user
 * changes it reconnects so the server sees who is there now. Pages register
 * `onConnect` handlers to join or subscribe again after every reconnect
 * (the server forgets rooms when a socket drops).
 */
export class LiveConnection {
  private readonly socket: LiveSocket;
  private readonly session: LiveSessionSource;
  private readonly anonymous: boolean;
  private status: LiveStatus = 'connecting';
  private readonly statusListeners = new Set<() => void>();
  private readonly connectHandlers = new Set<() => void>();
  private userId: string | null = null;
  private refreshing = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribeSession: (() => void) | null = null;
  private started = false;

  constructor(options: LiveConnectionOptions = {}) {
    this.anonymous = options.anonymous ?? false;
    this.session = options.session ?? appSession;
    this.socket = (options.createSocket ?? defaultSocket)((callback) => callback(this.authPayload()));
    this.socket.on('connect', this.handleConnect);
    this.socket.on('disconnect', this.handleDisconnect);
    this.socket.on('connect_error', this.handleConnectError);
  }

  /** Connects once the signed-in session is known (a reload restores it first). */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.anonymous) {
      this.socket.connect();
      return;
    }
    this.unsubscribeSession = this.session.subscribe(this.handleSessionChange);
    if (this.session.getState().status !== 'restoring') this.connectAs();
  }

  close(): void {
    this.started = false;
    this.unsubscribeSession?.();
    this.unsubscribeSession = null;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.socket.off('connect', this.handleConnect);
    this.socket.off('disconnect', this.handleDisconnect);
    this.socket.off('connect_error', this.handleConnectError);
    this.socket.disconnect();
    this.connectHandlers.clear();
    this.statusListeners.clear();
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  readonly getStatus = (): LiveStatus => this.status;

  readonly subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** Runs `handler` now if connected, and after every later (re)connect. */
  onConnect(handler: () => void): () => void {
    this.connectHandlers.add(handler);
    if (this.socket.connected) handler();
    return () => this.connectHandlers.delete(handler);
  }

  on<E extends keyof LiveServerEvents>(event: E, listener: LiveServerEvents[E]): () => void {
    this.socket.on(event, listener as (...args: never[]) => void);
    return () => this.socket.off(event, listener as (...args: never[]) => void);
  }

  /**
   * Emits and waits for the acknowledgement. Refuses at once while
   * disconnected: socket.io would buffer the message and might deliver it
   * long after the caller gave up on it.
   */
  async request<E extends keyof LiveClientEvents>(event: E, payload: Parameters<LiveClientEvents[E]>[0], timeoutMs = LIVE_REQUEST_TIMEOUT_MS): Promise<LiveReply<E>> {
    if (!this.socket.connected) throw new LiveRequestError('OFFLINE');
    let reply: unknown;
    try {
      reply = await this.socket.timeout(timeoutMs).emitWithAck(event, payload);
    } catch {
      throw new LiveRequestError('TIMEOUT');
    }
    if (isLiveError(reply)) throw new LiveRequestError(reply.error.code, reply.error.message);
    return reply as LiveReply<E>;
  }

  private authPayload(): { token?: string } {
    if (this.anonymous) return {};
    const token = this.session.getState().accessToken;
    return token ? { token } : {};
  }

  private connectAs(): void {
    this.userId = this.session.getState().user?.id ?? null;
    this.socket.connect();
  }

  private setStatus(next: LiveStatus): void {
    if (this.status === next) return;
    this.status = next;
    for (const listener of this.statusListeners) listener();
  }

  private readonly handleConnect = () => {
    this.setStatus('connected');
    for (const handler of [...this.connectHandlers]) handler();
  };

  private readonly handleDisconnect = (reason: string) => {
    if (!this.started) return;
    this.setStatus('reconnecting');
    // socket.io retries by itself, except after the server closed this socket on purpose.
    if (reason === 'io server disconnect') this.retryLater();
  };

  private retryLater(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.started) this.connectAs();
    }, REFUSED_RETRY_MS);
  }

  private readonly handleConnectError = (error: Error) => {
    if (!this.started) return;
    if (this.status === 'connected') this.setStatus('reconnecting');
    // Still active: a network failure that socket.io retries by itself.
    if (this.socket.active) return;
    if (!this.anonymous && TOKEN_ERRORS.has(error.message) && !this.refreshing) {
      this.refreshing = true;
      // A refused refresh signs the user out; the next attempt then goes without a token and watches.
      void this.session
        .refresh()
        .catch(() => false)
        .then(() => {
          this.refreshing = false;
          if (this.started) this.connectAs();
        });
      return;
    }
    this.retryLater();
  };

  private readonly handleSessionChange = () => {
    const state = this.session.getState();
    if (state.status === 'restoring' || !this.started) return;
    const userId = state.user?.id ?? null;
    if (!this.socket.connected && !this.socket.active) {
      // Never connected yet (the session was still restoring), or refused: go now.
      if (!this.refreshing) this.connectAs();
      return;
    }
    if (userId === this.userId) return;
    // Someone signed in or out: the server decides who plays at connect, so start over.
    this.socket.disconnect();
    this.connectAs();
  };
}
