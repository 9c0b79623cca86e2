import type { ErrorBody, LiveSessionState, QuestionBank, SessionResponse } from '@reform-quiz/contracts';
import { io, type Socket } from 'socket.io-client';
import { REGISTRATION_LIMIT } from '../../src/modules/auth/registration-throttle.service';
import { JOIN_LIMIT, SOCKET_LIMIT } from '../../src/modules/live/live.gateway';
import { makeEntrants } from '../support/contest-fixtures';
import { registration } from '../support/fixtures';
import { multipartFile } from '../support/multipart';
import { startTestApp, testDrivers, type TestApp } from '../support/test-app';
import { recordFigures } from './support/summary';

/** A client address of its own per test: counters kept in Redis outlive a run. */
const randomIp = () => `172.${16 + Math.floor(Math.random() * 16)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

type Ack = { error?: { code: string; message: string } } & Partial<LiveSessionState>;

describe.each(testDrivers())('abuse on %s', (driver) => {
  let t: TestApp;
  let organizer: SessionResponse;

  beforeAll(async () => {
    // TRUST_PROXY: sockets and requests name their address in X-Forwarded-For, as behind the production load balancer.
    t = await startTestApp(driver, { TRUST_PROXY: 'true' }, { listen: true });
    organizer = await t.login('organizer@demo.local');
  });
  afterAll(() => t?.close());

  const connect = (address: string, token?: string): Promise<Socket> => {
    const socket = io(`${t.url}/live`, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { 'x-forwarded-for': address } });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  };
  const ask = (socket: Socket, event: string, payload: unknown) => socket.timeout(3000).emitWithAck(event, payload) as Promise<Ack>;

  describe('registration floods', () => {
    it(`refuses registrations past ${REGISTRATION_LIMIT.perAddress} per address with TOO_MANY_REGISTRATIONS and Retry-After, while others register and sign in`, async () => {
      const flooder = randomIp();
      const register = async (ip: string) => t.request<ErrorBody & SessionResponse>({ method: 'POST', url: '/api/v1/auth/register', body: await registration(t), ip });
      const statuses: number[] = [];
      for (let i = 0; i < REGISTRATION_LIMIT.perAddress; i++) statuses.push((await register(flooder)).status);
      expect(statuses.every((s) => s === 201)).toBe(true);

      const refused = await register(flooder);
      expect([refused.status, refused.body.error.code]).toEqual([429, 'TOO_MANY_REGISTRATIONS']);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(REGISTRATION_LIMIT.windowSeconds);
      // Probing which phones are taken counts too: a duplicate is refused as a flood, not answered PHONE_TAKEN.
      const probe = await t.request<ErrorBody>({ method: 'POST', url: '/api/v1/auth/register', body: await registration(t, { phone: '0912345678' }), ip: flooder });
      expect(probe.body.error.code).toBe('TOO_MANY_REGISTRATIONS');

      // Legitimate users keep working: another address registers, and people at the flooding address still sign in.
      expect((await register(randomIp())).status).toBe(201);
      const signIn = await t.request<SessionResponse>({ method: 'POST', url: '/api/v1/auth/login', body: { login: 'entrant2@demo.local', password: 'Demo@2018' }, ip: flooder });
      expect(signIn.status).toBe(200);
      recordFigures(`abuse: registration flood (${driver})`, { 'registrations accepted from one address': REGISTRATION_LIMIT.perAddress, 'window (s)': REGISTRATION_LIMIT.windowSeconds, 'then refused with': `429 TOO_MANY_REGISTRATIONS, Retry-After ${retryAfter}` });
    });
  });

  describe('socket floods', () => {
    let session: LiveSessionState;
    beforeAll(async () => {
      const contests = await t.request<{ id: number }[]>({ method: 'GET', url: '/api/v1/contests' });
      const contest = await t.request<{ rounds: { id: number; mode: string }[] }>({ method: 'GET', url: `/api/v1/contests/${contests.body[0].id}` });
      const round = contest.body.rounds.find((r) => r.mode === 'live');
      session = (await t.request<LiveSessionState>({ method: 'POST', url: '/api/v1/live-sessions', token: organizer.accessToken, body: { roundId: round?.id } })).body;
    });

    it(`answers RATE_LIMITED past ${SOCKET_LIMIT.messages} messages per ${SOCKET_LIMIT.windowSeconds} s on one connection, drops a connection that keeps going, and leaves others alone`, async () => {
      const address = randomIp();
      const noisy = await connect(address);
      const calm = await connect(address);
      let dropped = false;
      noisy.on('disconnect', () => (dropped = true));
      const replies: Ack[] = [];
      for (let i = 0; i < SOCKET_LIMIT.messages + 5; i++) replies.push(await ask(noisy, 'leaderboard:unsubscribe', {}));
      expect(replies.slice(0, SOCKET_LIMIT.messages).every((r) => (r as { ok?: boolean }).ok === true)).toBe(true);
      expect(replies.slice(SOCKET_LIMIT.messages).map((r) => r.error?.code)).toEqual(Array(5).fill('RATE_LIMITED'));
      // Unknown events count as well: a flood cannot hide behind names nobody handles.
      for (let i = 0; i < SOCKET_LIMIT.disconnectAfterRefused; i++) noisy.emit('no-such-event', {});
      const deadline = Date.now() + 3000;
      while (!dropped && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(dropped).toBe(true);
      // The other connection from the same address is not touched.
      expect(await ask(calm, 'leaderboard:unsubscribe', {})).toEqual({ ok: true });
      calm.close();
      recordFigures(`abuse: socket messages (${driver})`, { 'messages per connection': `${SOCKET_LIMIT.messages} per ${SOCKET_LIMIT.windowSeconds} s`, 'then': 'RATE_LIMITED per message', 'disconnected after refused': SOCKET_LIMIT.disconnectAfterRefused });
    });

    it(`blocks an address after ${JOIN_LIMIT.failedPerAddress} joins with codes that do not exist, even with the right code, while other addresses join`, async () => {
      const guesser = randomIp();
      const codes: string[] = [];
      let socket = await connect(guesser);
      for (let i = 0; i < JOIN_LIMIT.failedPerAddress; i++) {
        // A fresh connection now and then: the per-connection limit is not what is tested here.
        if (i % (SOCKET_LIMIT.messages - 2) === 0) socket = await connect(guesser);
        codes.push((await ask(socket, 'live:join', { code: `Q${String(i).padStart(5, '0')}` })).error?.code ?? 'joined');
      }
      expect(new Set(codes)).toEqual(new Set(['LIVE_SESSION_NOT_FOUND']));
      socket = await connect(guesser);
      const blocked = await ask(socket, 'live:join', { code: session.code });
      expect(blocked.error?.code).toBe('RATE_LIMITED');
      expect(blocked.error?.message).toMatch(/retry in \d+ s/);

      const [player] = await makeEntrants(t, 1);
      const elsewhere = await connect(randomIp(), player.token);
      expect((await ask(elsewhere, 'live:join', { code: session.code })).joinedAs).toBe('player');
      elsewhere.close();
      socket.close();
    });

    it(`limits one account to ${JOIN_LIMIT.perAccount} joins however many connections it opens; other players join`, async () => {
      const [flooder, other] = await makeEntrants(t, 2);
      let refusedAt = -1;
      for (let i = 0; i < JOIN_LIMIT.perAccount + 1; i++) {
        const socket = await connect(randomIp(), flooder.token);
        const reply = await ask(socket, 'live:join', { code: session.code });
        socket.close();
        if (reply.error) {
          expect(reply.error.code).toBe('RATE_LIMITED');
          refusedAt = i;
          break;
        }
        expect(reply.joinedAs).toBe('player');
      }
      expect(refusedAt).toBe(JOIN_LIMIT.perAccount);
      const socket = await connect(randomIp(), other.token);
      expect((await ask(socket, 'live:join', { code: session.code })).joinedAs).toBe('player');
      socket.close();
    });

    it('drops a connection that sends a frame past 16 KiB, and only that one', async () => {
      const address = randomIp();
      const big = await connect(address);
      const small = await connect(address);
      const gone = new Promise<string>((resolve) => big.on('disconnect', (reason) => resolve(reason)));
      big.emit('leaderboard:subscribe', { roundId: 1, pad: 'x'.repeat(17 * 1024) });
      expect(await gone).toBe('transport close');
      expect(await ask(small, 'leaderboard:unsubscribe', {})).toEqual({ ok: true });
      small.close();
    });
  });

  describe('request and upload limits', () => {
    it('refuses JSON bodies past 1 MiB with 413 PAYLOAD_TOO_LARGE, and reads those just under', async () => {
      const body = (bytes: number) => JSON.stringify({ login: 'x'.repeat(bytes - 30), password: 'p' });
      const under = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body(1024 * 1024 - 10), headers: { 'content-type': 'application/json' } });
      expect(JSON.parse(under.body).error.code).toBe('VALIDATION_FAILED');
      const over = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body(1024 * 1024 + 10), headers: { 'content-type': 'application/json' } });
      expect([over.statusCode, JSON.parse(over.body).error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    });

    it('takes uploads only where a route declares them, within their limits, and answers broken ones in the error shape', async () => {
      const bank = (await t.request<QuestionBank[]>({ method: 'GET', url: '/api/v1/question-banks', token: organizer.accessToken })).body[0];
      const upload = (payload: Buffer, headers: Record<string, string>, url = `/api/v1/questions/import?bankId=${bank.id}&dryRun=true`) =>
        t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${organizer.accessToken}`, ...headers } }).then((r) => ({ status: r.statusCode, code: (JSON.parse(r.body) as ErrorBody).error?.code }));
      const ok = multipartFile('q.csv', 'Câu hỏi\n');
      const boundary = ok.headers['content-type'].split('boundary=')[1];
      const big = multipartFile('big.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
      expect(await upload(big.body, big.headers)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      const fields = Buffer.concat([...Array.from({ length: 11 }, (_, i) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`)), ok.body]);
      expect(await upload(fields, ok.headers)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(await upload(ok.body.subarray(0, ok.body.length - 20), ok.headers)).toEqual({ status: 400, code: 'MALFORMED_REQUEST' });
      expect(await upload(ok.body, { 'content-type': 'multipart/form-data' })).toEqual({ status: 400, code: 'MALFORMED_REQUEST' });
      // A form (multipart or urlencoded) sent to a JSON route is refused before anything reads it.
      for (const [payload, type] of [[ok.body, ok.headers['content-type']], [Buffer.from('refreshToken=x'), 'application/x-www-form-urlencoded']] as const) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', payload, headers: { 'content-type': type } });
        expect([res.statusCode, JSON.parse(res.body).error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      }
    });
  });
});
