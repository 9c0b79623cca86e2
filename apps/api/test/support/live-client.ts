import type { LiveClientEvents, LiveServerEvents } from '@reform-quiz/contracts';
import { io, type Socket } from 'socket.io-client';

export type LiveClient = Socket<LiveServerEvents, LiveClientEvents>;

/** A Socket.IO client of the `/live` namespace, connected (or refused) before it is returned. */
export async function connectLive(baseUrl: string, token?: string, transports: ('websocket' | 'polling')[] = ['websocket']): Promise<LiveClient> {
  const socket: LiveClient = io(`${baseUrl}/live`, { auth: token ? { token } : {}, transports, reconnection: false, forceNew: true, timeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** Emits with an acknowledgement, never waiting forever. */
export function ask<T>(socket: LiveClient, event: keyof LiveClientEvents, payload: unknown, ms = 5000): Promise<T> {
  return (socket.timeout(ms) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<T> }).emitWithAck(event, payload);
}

/** Collects every payload of an event, with the local time it arrived. */
export function collect<T>(socket: LiveClient, event: keyof LiveServerEvents): { items: { at: number; value: T }[] } {
  const bucket = { items: [] as { at: number; value: T }[] };
  (socket as unknown as { on: (e: string, f: (v: T) => void) => void }).on(event, (value: T) => bucket.items.push({ at: Date.now(), value }));
  return bucket;
}

export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
