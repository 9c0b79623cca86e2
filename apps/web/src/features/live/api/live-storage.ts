import type { LivePlayerView, LiveSessionState } from '@reform-quiz/contracts';

/**
 * What a player's phone keeps for the tab (sessionStorage): the code to join
 * again after a reload, the time of each answer (the server's `live:me` does
 * not repeat it), and the last state and score, shown when a reload comes
 * after the game ended (the server forgets the code then).
 */
const CODE_KEY = 'reformquiz.live.code';
const ANSWERS_KEY = 'reformquiz.live.answers';
const LAST_KEY = 'reformquiz.live.last';

export interface StoredAnswer {
  optionIds: string[];
  elapsedMs: number | null;
}

export interface StoredGame {
  code: string;
  state: LiveSessionState;
  me: LivePlayerView | null;
}

function read<T>(key: string): T | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the server still has everything that counts.
  }
}

export const JOIN_CODE_PATTERN = /^[A-Z0-9]{6}$/;

/** "k7qx 2m" → "K7QX2M": what people type from a projector. */
export function normalizeCode(value: string): string {
  return value.replace(/[^a-z0-9]/gi, '').toUpperCase().slice(0, 6);
}

export function storedCode(): string | null {
  const code = read<string>(CODE_KEY);
  return typeof code === 'string' && JOIN_CODE_PATTERN.test(code) ? code : null;
}

export function storeCode(code: string | null): void {
  if (code === null) {
    try {
      globalThis.sessionStorage?.removeItem(CODE_KEY);
    } catch {
      // Nothing to forget.
    }
  } else write(CODE_KEY, code);
}

export function storedAnswer(sessionId: string, questionId: string): StoredAnswer | null {
  return read<Record<string, Record<string, StoredAnswer>>>(ANSWERS_KEY)?.[sessionId]?.[questionId] ?? null;
}

export function storeAnswer(sessionId: string, questionId: string, answer: StoredAnswer): void {
  const all = read<Record<string, Record<string, StoredAnswer>>>(ANSWERS_KEY) ?? {};
  // One game at a time is enough to keep.
  write(ANSWERS_KEY, { [sessionId]: { ...(all[sessionId] ?? {}), [questionId]: answer } });
}

export function storedGame(code: string): StoredGame | null {
  const game = read<StoredGame>(LAST_KEY);
  return game && game.code === code ? game : null;
}

export function storeGame(game: StoredGame): void {
  write(LAST_KEY, game);
}
