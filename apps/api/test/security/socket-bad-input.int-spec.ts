import { ErrorCodes } from '@reform-quiz/contracts';
import fc from 'fast-check';
import { io, type Socket } from 'socket.io-client';
import { makeEntrants, type Entrant } from '../support/contest-fixtures';
import { startTestApp, testDrivers, type TestApp } from '../support/test-app';
import { changedTables, dbChecksum } from './support/db-checksum';
import { SOCKET_EVENTS, socketCase, unknownEvent, type SocketCase } from './support/socket-cases';
import { recordFigures } from './support/summary';

/**
 * Property: no malformed message to any `/live` event — from an anonymous
 * socket or a signed-in player's — brings an internal error, an `exception`
 * event or silence; every refusal is `{ error: { code, message } }` with a
 * known code; unknown events are ignored; messages past the 16 KiB frame
 * limit cost only their own connection; and the database is unchanged.
 * Bad handshakes (odd `auth.token` values) are refused at connect.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
/** Messages per connection: under the per-connection rate limit, so every message is judged on its content. */
const PER_CONNECTION = 15;
const KNOWN_CODES = new Set<string>(Object.values(ErrorCodes));

let addressCounter = 0;
const freshAddress = () => {
  addressCounter += 1;
  return `10.${200 + (process.pid % 50)}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
};

function connect(url: string, token?: unknown): Promise<Socket> {
  // With TRUST_PROXY on, X-Forwarded-For gives each connection an address of its own (per-address limits live in Redis across runs).
  const socket = io(`${url}/live`, { auth: token === undefined ? {} : { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 5000, extraHeaders: { 'x-forwarded-for': freshAddress() } });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Emits with an acknowledgement: the reply, or the error of its absence. */
const ask = (socket: Socket, event: string, args: unknown[]): Promise<{ r: unknown } | { e: Error }> =>
  (socket.timeout(3000) as unknown as { emitWithAck: (e: string, ...a: unknown[]) => Promise<unknown> }).emitWithAck(event, ...args).then(
    (r) => ({ r }),
    (e: Error) => ({ e }),
  );

const judgeReply = (reply: unknown): string | null => {
  if (reply === null || typeof reply !== 'object') return `reply is not an object: ${String(reply)}`;
  const error = (reply as { error?: { code?: unknown; message?: unknown } }).error;
  if (error === undefined) return null;
  if (typeof error.code !== 'string' || !KNOWN_CODES.has(error.code) || typeof error.message !== 'string') return `not in the error shape: ${JSON.stringify(reply).slice(0, 200)}`;
  if (error.code === 'INTERNAL_ERROR') return `internal error: ${error.message}`;
  return null;
};

describe.each(testDrivers())('malformed socket messages on %s', (driver) => {
  let t: TestApp;
  let players: Entrant[];

  beforeAll(async () => {
    t = await startTestApp(driver, { TRUST_PROXY: 'true' }, { listen: true });
    players = await makeEntrants(t, 40);
  });
  afterAll(() => t?.close());

  it('refuses odd handshake tokens at connect, and keeps serving', async () => {
    const tokens = fc.sample(fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constantFrom('Bearer x', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'a.b.c', '\u0000', 'x'.repeat(10_000))), { numRuns: 60, seed: SEED });
    const outcomes: string[] = [];
    for (const token of tokens) {
      const outcome = await connect(t.url as string, token).then(
        (s) => {
          s.close();
          return 'connected';
        },
        (e: Error) => e.message,
      );
      if (outcome === 'connected' && token !== '' && token !== null) outcomes.push(`accepted token ${JSON.stringify(token).slice(0, 60)}`);
      if (outcome !== 'connected' && !KNOWN_CODES.has(outcome)) outcomes.push(`refused with ${outcome.slice(0, 80)} for ${JSON.stringify(token).slice(0, 60)}`);
    }
    expect(outcomes).toEqual([]);
    const alive = await connect(t.url as string);
    expect(alive.connected).toBe(true);
    alive.close();
  });

  it(`answers ${RUNS} malformed messages per event without an internal error, in the error shape, changing nothing`, async () => {
    const started = Date.now();
    const before = await dbChecksum(t.dataSource);
    const failures: string[] = [];
    let tried = 0;
    let refused = 0;
    let dropped = 0;
    let internal = 0;
    let player = 0;

    const plan: { event: string; cases: SocketCase[] }[] = [
      ...Object.keys(SOCKET_EVENTS).map((event, i) => ({ event, cases: fc.sample(socketCase(event), { numRuns: RUNS, seed: SEED + i }) })),
      { event: '(unknown events)', cases: fc.sample(unknownEvent, { numRuns: Math.ceil(RUNS / 5), seed: SEED + 99 }) },
    ];

    for (const { event, cases } of plan) {
      const eventFailures: string[] = [];
      let next = 0;
      for (let connection = 0; next < cases.length; connection++) {
        // Alternate anonymous sockets and players' sockets: handlers treat them differently.
        const socket = await connect(t.url as string, connection % 2 === 1 ? players[player++ % players.length].token : undefined);
        const exceptions: unknown[] = [];
        socket.on('exception', (e: unknown) => exceptions.push(e));
        let gone = false;
        socket.on('disconnect', () => (gone = true));
        const sent: SocketCase[] = [];
        // One message of the allowance is kept for the probe below.
        while (next < cases.length && sent.length < PER_CONNECTION - 1 && !gone) {
          const c = cases[next++];
          sent.push(c);
          tried += 1;
          if (c.event !== event) {
            // Unknown events get no answer: sent, then the connection must still answer a known one.
            socket.emit(c.event, ...c.args);
            continue;
          }
          const reply = await ask(socket, c.event, c.args);
          if (c.oversized || (c.borderline && gone)) {
            // The server closes a connection that sends a frame past maxHttpBufferSize; nothing else is touched.
            if ('r' in reply) eventFailures.push(`${c.note}\n    → answered a frame past the size limit`);
            dropped += 1;
            break;
          }
          if ('e' in reply) {
            eventFailures.push(`${c.note}\n    → no answer (${reply.e.message})`);
            continue;
          }
          const problem = judgeReply(reply.r);
          if ((reply.r as { error?: unknown } | null)?.error) refused += 1;
          if (problem?.startsWith('internal')) internal += 1;
          if (problem) eventFailures.push(`${c.note}\n    → ${problem}`);
        }
        if (!gone) {
          const probe = await ask(socket, 'leaderboard:unsubscribe', [{}]);
          if (!('r' in probe) || JSON.stringify(probe.r) !== '{"ok":true}') eventFailures.push(`connection stopped answering after: ${sent.map((c) => c.note).join(' | ').slice(0, 300)} (${JSON.stringify(probe)})`);
        }
        if (exceptions.length) eventFailures.push(`exception events: ${JSON.stringify(exceptions).slice(0, 200)} after ${sent.map((c) => c.note).join(' | ').slice(0, 300)}`);
        internal += exceptions.length;
        socket.close();
      }
      if (eventFailures.length) failures.push(`${event}:\n  ${eventFailures.slice(0, 6).join('\n  ')}${eventFailures.length > 6 ? `\n  … and ${eventFailures.length - 6} more` : ''}`);
    }

    const after = await dbChecksum(t.dataSource);
    if (after.total !== before.total) failures.push(`the database changed: ${changedTables(before, after).join(', ')}`);
    recordFigures(`socket bad input (${driver})`, {
      'events fuzzed': Object.keys(SOCKET_EVENTS).length,
      'messages per event': RUNS,
      'messages tried (with unknown events)': tried,
      'internal errors or exception events': internal,
      'refused with an error code': refused,
      'connections dropped for oversized frames': dropped,
      seed: SEED,
      seconds: Math.round((Date.now() - started) / 1000),
    });
    expect({ seed: SEED, failures }).toEqual({ seed: SEED, failures: [] });
    expect(tried).toBeGreaterThanOrEqual(Object.keys(SOCKET_EVENTS).length * RUNS * 0.98);
  }, 1_200_000);
});
