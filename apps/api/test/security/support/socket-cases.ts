import fc from 'fast-check';
import { unicodeEdge, UNICODE_EDGES, unknownKey } from './malformed';

/** The client events of the `/live` namespace and a well-formed request for each (ids that name nothing). */
export const SOCKET_EVENTS = {
  'leaderboard:subscribe': { roundId: 999_999 },
  'leaderboard:unsubscribe': {},
  'live:join': { code: 'ZZZZZZ' },
  'live:answer': { sessionId: '00000000-0000-4000-8000-000000000000', questionId: '00000000-0000-4000-8000-000000000001', optionIds: ['00000000-0000-4000-8000-000000000002'] },
  'live:me': { sessionId: '00000000-0000-4000-8000-000000000000' },
} as const;

export type SocketEvent = keyof typeof SOCKET_EVENTS;

export interface SocketCase {
  event: string;
  args: unknown[];
  /** Past the server's 16 KiB message limit: the server drops the connection instead of answering. */
  oversized: boolean;
  /** Close enough to the limit that framing overhead decides: either outcome is right. */
  borderline: boolean;
  note: string;
}

const isSmallId = (n: number) => Number.isInteger(n) && n >= 1 && n < 1_000_000;

/** Values as a socket carries them (JSON plus binary): no RawJson here, the client serialises real values. */
const socketValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
  unicodeEdge,
  fc.constantFrom(-1, 0, -0, 0.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double().filter((n) => !isSmallId(n)),
  fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }),
  fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null), fc.boolean(), unicodeEdge), { maxLength: 12 }),
  fc.dictionary(unknownKey, fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)), { maxKeys: 4 }),
  fc.integer({ min: 200, max: 14_000 }).map((n) => 'ệ'.repeat(Math.floor(n / 3))),
);

/** Nesting built in a loop (a recursive arbitrary would blow the stack first). */
const deep = fc.tuple(fc.integer({ min: 33, max: 1_200 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

function payloadFor(event: string): fc.Arbitrary<{ payload: unknown; note: string }> {
  const base = (SOCKET_EVENTS as Record<string, Record<string, unknown>>)[event] ?? {};
  const fields = Object.keys(base).length ? Object.keys(base) : ['roundId', 'code'];
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...fields), socketValue).map(([f, v]) => ({ payload: { ...base, [f]: v }, note: `${f} = ${describe(v)}` })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...fields), socketValue, socketValue).map(([f, g, v, w]) => ({ payload: { ...base, [f]: v, [g]: w }, note: `${f} = ${describe(v)}, ${g} = ${describe(w)}` })) },
    { weight: 2, arbitrary: fc.dictionary(unknownKey, socketValue, { minKeys: 1, maxKeys: 4 }).map((extra) => ({ payload: { ...base, ...extra }, note: `unknown fields ${Object.keys(extra).map((k) => JSON.stringify(k)).join(', ')}` })) },
    { weight: 3, arbitrary: socketValue.map((v) => ({ payload: v, note: `payload = ${describe(v)}` })) },
    { weight: 1, arbitrary: deep.map((v) => ({ payload: event === 'live:join' ? { code: v } : v, note: 'deeply nested payload' })) },
    { weight: 1, arbitrary: fc.constantFrom(...UNICODE_EDGES).map((s) => ({ payload: { ...base, code: s, roundId: s, sessionId: s }, note: `text ${JSON.stringify(s)}` })) },
  );
}

function describe(v: unknown): string {
  if (Buffer.isBuffer(v)) return `<${v.length} bytes>`;
  const text = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'undefined' : (JSON.stringify(v) ?? String(v));
  return text.length > 50 ? `${text.slice(0, 30)}… (${text.length} chars)` : text;
}

/** The server's maxHttpBufferSize. */
const LIMIT = 16 * 1024;

/** About what the frame weighs on the wire (binary attachments travel as their own frames). */
function frameBytes(event: string, args: unknown[]): number {
  const text = JSON.stringify([event, ...args], (_, v: unknown) => (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' ? { _placeholder: true, num: 0 } : v));
  return Buffer.byteLength(text ?? '');
}

/** Malformed messages for one client event: bad fields, wrong shapes, extra arguments, oversized frames. */
export function socketCase(event: string): fc.Arbitrary<SocketCase> {
  return fc
    .tuple(payloadFor(event), fc.constantFrom('one', 'one', 'one', 'one', 'extra', 'none'), fc.integer({ min: 0, max: 99 }))
    .map(([{ payload, note }, shape, dice]) => {
      const padded = dice === 0 && shape !== 'none';
      const body = padded ? { ...(typeof payload === 'object' && payload !== null && !Buffer.isBuffer(payload) ? payload : {}), pad: 'x'.repeat(17 * 1024) } : payload;
      const args = shape === 'none' ? [] : shape === 'extra' ? [body, 'extra', { more: true }] : [body];
      const bytes = frameBytes(event, args);
      return { event, args, oversized: bytes > LIMIT + 300, borderline: Math.abs(bytes - LIMIT) <= 300, note: `${padded ? 'padded past 16 KiB: ' : ''}${shape === 'none' ? 'no payload' : note}${shape === 'extra' ? ' + extra arguments' : ''} (${bytes} bytes)` };
    });
}

/** Events the server does not know, with odd payloads: they must be ignored without harm. */
export const unknownEvent: fc.Arbitrary<SocketCase> = fc
  .tuple(fc.oneof(fc.constantFrom('live:admin', 'live:reveal', 'leaderboard:update', 'live:state', 'board:dirty', 'constructor', 'toString', '__proto__', 'connect', 'error', 'live:join '), fc.string({ minLength: 1, maxLength: 20 })), socketValue)
  .filter(([event]) => !['connect', 'disconnect', 'disconnecting', 'newListener', 'removeListener', 'connect_error', 'error'].includes(event))
  .map(([event, payload]) => ({ event, args: [payload], oversized: false, borderline: false, note: `unknown event ${JSON.stringify(event)} with ${describe(payload)}` }));
