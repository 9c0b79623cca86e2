import type { LiveSocket } from '../lib/live-socket';

type Listener = (...args: never[]) => void;
type Auth = (callback: (payload: { token?: string }) => void) => void;

/** What the stand-in server does with a connection attempt: accept it, refuse it with a message, or leave it hanging. */
export type ConnectOutcome = 'accept' | 'hold' | { refuse: string };

/** Marks an acknowledgement that never comes (the client's timeout fires). */
export const NO_ACK = Symbol('no ack');

/**
 * A stand-in for socket.io-client's Socket, driven by the test: it records
 * what the app emits, answers acknowledged events with `handlers`, and lets
 * the test connect, drop, refuse and push as the server would.
 */
export class StubSocket implements LiveSocket {
  connected = false;
  active = false;
  readonly emitted: { event: string; payload: unknown }[] = [];
  /** The auth payload sent at each connection attempt. */
  readonly auths: { token?: string }[] = [];
  handlers: Record<string, (payload: never) => unknown> = {};
  onConnectAttempt: (auth: { token?: string }) => ConnectOutcome = () => 'accept';
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly auth: Auth) {}

  connect(): this {
    this.active = true;
    this.auth((payload) => {
      this.auths.push(payload);
      const outcome = this.onConnectAttempt(payload);
      queueMicrotask(() => {
        if (outcome === 'accept') this.accept();
        else if (outcome !== 'hold') this.refuse(outcome.refuse);
      });
    });
    return this;
  }

  disconnect(): this {
    const was = this.connected;
    this.connected = false;
    this.active = false;
    if (was) this.fire('disconnect', 'io client disconnect');
    return this;
  }

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  timeout(_ms: number) {
    return {
      emitWithAck: async (event: string, payload: unknown): Promise<unknown> => {
        this.emitted.push({ event, payload });
        const handler = this.handlers[event] as ((payload: unknown) => unknown) | undefined;
        const reply = handler ? await handler(payload) : NO_ACK;
        if (reply === NO_ACK) throw new Error('operation has timed out');
        return reply;
      },
    };
  }

  /** How many times the app emitted `event`, and with what. */
  sent(event: string): unknown[] {
    return this.emitted.filter((entry) => entry.event === event).map((entry) => entry.payload);
  }

  // --- the server's side

  accept(): void {
    this.connected = true;
    this.fire('connect');
  }

  /** The server's middleware refused the connection (socket.io stops retrying). */
  refuse(message: string): void {
    this.connected = false;
    this.active = false;
    this.fire('connect_error', new Error(message));
  }

  /** The line dropped: socket.io keeps trying (active stays true); `accept()` brings it back. */
  drop(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  push(event: string, payload: unknown): void {
    this.fire(event, payload);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...values: unknown[]) => void)(...args);
  }
}

/**
 * The stand-in server behind every socket the app opens while socket.io-client
 * is mocked with stub-socket-io.ts: shared handlers, and the sockets made.
 */
export const stubServer = {
  sockets: [] as StubSocket[],
  handlers: {} as Record<string, (payload: never) => unknown>,
  onConnectAttempt: (() => 'accept') as (auth: { token?: string }) => ConnectOutcome,
  /** The socket opened last. */
  get socket(): StubSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  },
  reset(): void {
    this.sockets = [];
    this.handlers = {};
    this.onConnectAttempt = () => 'accept';
  },
};
