import { REFRESH_COOKIE, type Attempt, type CertificateVerification, type ErrorBody, type LeaderboardSnapshot, type RegisterRequest, type SessionResponse } from '@reform-quiz/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoContest } from '../support/contest-fixtures';
import { registration } from '../support/fixtures';
import { ask, connectLive } from '../support/live-client';
import { freePort, startApiProcess } from '../support/processes';
import { listRoutes, fillPath } from '../support/routes';
import { startTestApp, testDrivers, type TestApp } from '../support/test-app';
import { recordFigures } from './support/summary';

const EVIL = 'https://evil.example';

/** A participant with every piece of personal data filled in: what must never show publicly or in logs. */
async function personalRegistration(t: TestApp, n: number): Promise<RegisterRequest & { nationalId: string; email: string }> {
  const base = await registration(t, { dateOfBirth: '1987-03-21' });
  const nationalId = `0490870${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
  return { ...base, nationalId, email: `ca-nhan-${Date.now()}-${n}@example.vn`, fullName: `Lê Thị Riêng Tư ${n}`, address: { district: 'Huyện Riêng', commune: 'Xã Kín', detail: 'Số 7 ngõ Bí Mật' } };
}

/** Every way a phone number may be written. */
const phoneForms = (phone: string) => [phone, phone.slice(1), `+84${phone.slice(1)}`, `84${phone.slice(1)}`];

describe.each(testDrivers())('security basics on %s', (driver) => {
  describe('headers, cookies, CSRF', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(driver, { COOKIE_SECURE: 'false' });
    });
    afterAll(() => t?.close());

    it('sends security headers on answers, errors and refusals alike, and keeps API answers out of caches', async () => {
      for (const req of [
        { method: 'GET', url: '/api/v1/contests' },
        { method: 'GET', url: '/api/v1/nothing-here' },
        { method: 'GET', url: '/api/v1/admin/users' },
        { method: 'POST', url: '/api/v1/auth/login', body: { login: 'x@example.vn', password: 'p' } },
      ] as const) {
        const res = await t.request(req as never);
        const h = res.headers;
        expect({ url: req.url, nosniff: h['x-content-type-options'], frame: h['x-frame-options'], csp: String(h['content-security-policy']).includes("default-src 'self'"), referrer: h['referrer-policy'], coop: h['cross-origin-opener-policy'], poweredBy: h['x-powered-by'], cache: h['cache-control'] }).toEqual({
          url: req.url,
          nosniff: 'nosniff',
          frame: 'SAMEORIGIN',
          csp: true,
          referrer: 'no-referrer',
          coop: 'same-origin',
          poweredBy: undefined,
          cache: 'no-store',
        });
      }
      // Plain HTTP (no COOKIE_SECURE): no HSTS, which would lock a LAN install out of its own address.
      expect((await t.request({ method: 'GET', url: '/api/v1/contests' })).headers['strict-transport-security']).toBeUndefined();
    });

    it('keeps the refresh token in an HttpOnly, SameSite=Strict cookie scoped to the auth routes, and the body carries no refresh token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'entrant1@demo.local', password: 'Demo@2018' } });
      const cookie = res.cookies.find((c) => c.name === REFRESH_COOKIE);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
      expect(cookie?.secure).toBeFalsy();
      expect(res.body).not.toContain(cookie?.value);
      expect(Object.keys(JSON.parse(res.body)).sort()).toEqual(['accessToken', 'expiresAt', 'tokenType', 'user']);
    });

    it('refuses a cookie-authenticated refresh or logout from another site (CSRF_REJECTED), and serves its own', async () => {
      const login = async () => {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'entrant2@demo.local', password: 'Demo@2018' } });
        return { cookie: res.cookies.find((c) => c.name === REFRESH_COOKIE)?.value ?? '', access: (JSON.parse(res.body) as SessionResponse).accessToken };
      };
      const { cookie, access } = await login();
      const withCookie = (url: string, headers: Record<string, string>, payload: string | null = '{}') =>
        t.app.inject({ method: 'POST', url, payload: payload ?? undefined, headers: { cookie: `${REFRESH_COOKIE}=${cookie}`, ...headers } }).then((r) => ({ status: r.statusCode, code: (JSON.parse(r.body || '{}') as ErrorBody).error?.code }));

      for (const url of ['/api/v1/auth/refresh', '/api/v1/auth/logout']) {
        expect(await withCookie(url, { 'content-type': 'application/json', origin: EVIL })).toEqual({ status: 403, code: 'CSRF_REJECTED' });
        expect(await withCookie(url, { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).toEqual({ status: 403, code: 'CSRF_REJECTED' });
        // No JSON, no cookie: what a plain cross-site form or an image tag would send.
        expect(await withCookie(url, {}, null)).toEqual({ status: 403, code: 'CSRF_REJECTED' });
        expect((await withCookie(url, { 'content-type': 'application/x-www-form-urlencoded' }, 'a=b')).status).toBe(415);
      }
      // The refused logouts ended nothing.
      expect((await t.request({ method: 'GET', url: '/api/v1/me', token: access })).status).toBe(200);
      // The app itself: same origin (as the browser sends it), JSON.
      const own = await withCookie('/api/v1/auth/refresh', { 'content-type': 'application/json', origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin', host: 'localhost:80' });
      expect(own.status).toBe(200);
      // A client that sends the token in the body carries no ambient credential: nothing to forge.
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: 'not-a-token' }, headers: { origin: EVIL } })).statusCode).toBe(401);
    });
  });

  describe('in production shape (COOKIE_SECURE, CORS_ORIGINS)', () => {
    let t: TestApp;
    const allowed = 'https://cuocthi.example.vn';
    beforeAll(async () => {
      t = await startTestApp(driver, { COOKIE_SECURE: 'true', CORS_ORIGINS: allowed }, { listen: true });
    });
    afterAll(() => t?.close());

    it('marks the cookie Secure and sends HSTS', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'entrant1@demo.local', password: 'Demo@2018' } });
      expect(res.cookies.find((c) => c.name === REFRESH_COOKIE)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
      expect(res.headers['strict-transport-security']).toContain('max-age=');
    });

    it('answers CORS only for the configured origins, on the API and on the socket handshake', async () => {
      const preflight = (origin: string) =>
        t.app.inject({ method: 'OPTIONS', url: '/api/v1/auth/refresh', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      const ok = await preflight(allowed);
      expect(ok.headers['access-control-allow-origin']).toBe(allowed);
      expect(ok.headers['access-control-allow-credentials']).toBe('true');
      for (const origin of [EVIL, 'null', `${allowed}.evil.example`, 'http://cuocthi.example.vn']) {
        expect({ origin, allow: (await preflight(origin)).headers['access-control-allow-origin'] }).toEqual({ origin, allow: undefined });
        expect({ origin, allow: (await t.app.inject({ method: 'GET', url: '/api/v1/contests', headers: { origin } })).headers['access-control-allow-origin'] }).toEqual({ origin, allow: undefined });
      }
      for (const [origin, want] of [[allowed, allowed], [EVIL, null]] as const) {
        const handshake = await fetch(`${t.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin } });
        expect({ origin, allow: handshake.headers.get('access-control-allow-origin') }).toEqual({ origin, allow: want });
      }
    });

    it('takes a cookie refresh from a configured origin, not from others', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'entrant3@demo.local', password: 'Demo@2018' } });
      const cookie = res.cookies.find((c) => c.name === REFRESH_COOKIE)?.value ?? '';
      const refresh = (origin: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: {}, headers: { origin, cookie: `${REFRESH_COOKIE}=${cookie}` } });
      expect((await refresh(EVIL)).statusCode).toBe(403);
      expect((await refresh(allowed)).statusCode).toBe(200);
    });
  });

  describe('personal data', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(driver, {}, { listen: true });
    });
    afterAll(() => t?.close());

    it('never shows a phone, CCCD, email, birth date or address in anything public', async () => {
      const demo = await demoContest(t);
      const people = [await personalRegistration(t, 1), await personalRegistration(t, 2)];
      const codes: string[] = [];
      for (const person of people) {
        const created = await t.request<SessionResponse>({ method: 'POST', url: '/api/v1/auth/register', body: person, ip: `198.18.0.${codes.length + 1}` });
        expect(created.status).toBe(201);
        const token = created.body.accessToken;
        const attempt = (await t.request<Attempt>({ method: 'POST', url: `/api/v1/rounds/${demo.weekly.id}/attempts`, token })).body;
        await t.request({ method: 'POST', url: `/api/v1/attempts/${attempt.id}/submit`, token, body: {} });
        codes.push((await t.request<CertificateVerification>({ method: 'POST', url: `/api/v1/contests/${demo.contest.id}/participation-certificate`, token })).body.code);
      }
      const secrets = people.flatMap((p) => [...phoneForms(p.phone), p.nationalId, p.email, p.dateOfBirth, '21/03/1987', p.address?.detail ?? '', p.address?.commune ?? '']);

      // Every public GET route, with the demo's real ids, as anyone; and the public boards over the socket.
      const seen: { where: string; raw: string }[] = [];
      for (const r of listRoutes(t.app).filter((x) => x.policy?.kind === 'public' && x.method === 'GET')) {
        const values = r.path.includes('certificates/:code') ? codes.map((code) => ({ code })) : r.path.includes('rounds/:id') ? [demo.weekly, demo.practice, demo.live].map((x) => ({ id: String(x.id) })) : [{ id: String(demo.contest.id) }];
        for (const v of values) {
          const url = fillPath(r.path, v);
          const res = await t.app.inject({ method: 'GET', url });
          seen.push({ where: `GET ${url}`, raw: res.headers['content-type']?.toString().includes('pdf') ? res.rawPayload.toString('latin1') : res.body });
        }
      }
      const socket = await connectLive(t.url as string);
      for (const sub of [{ roundId: demo.weekly.id }, { contestId: demo.contest.id }]) seen.push({ where: `leaderboard:subscribe ${JSON.stringify(sub)}`, raw: JSON.stringify(await ask<LeaderboardSnapshot>(socket, 'leaderboard:subscribe', sub)) });
      socket.disconnect();

      // The scan can see the people: their names are public, on the board.
      expect(seen.some((x) => x.raw.includes(people[0].fullName))).toBe(true);
      const found = seen.flatMap((x) => secrets.filter((s) => s && x.raw.includes(s)).map((s) => `${x.where}: ${s}`));
      recordFigures(`personal data in public answers (${driver})`, { 'public payloads scanned': seen.length, 'values looked for': secrets.length, found: found.length });
      expect(found).toEqual([]);
    });
  });
});

describe('logs of a real API process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rq-logs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never carry passwords, tokens, CCCD or phone numbers, at the most verbose level', async () => {
    const api = await startApiProcess({ SQLITE_PATH: join(dir, 'logs.sqlite'), DEMO: 'true', LOG_LEVEL: 'trace', JWT_SECRET: 'log-test-secret-log-test-secret-!!', ATTEMPT_SWEEP_SECONDS: '0', WEB_DIST: '/nonexistent' }, await freePort());
    try {
      const post = (path: string, body: unknown, headers: Record<string, string> = {}) => fetch(`${api.url}/api/v1${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
      const units = (await (await fetch(`${api.url}/api/v1/units?q=Tam%20K%E1%BB%B3`)).json()) as { id: number }[];
      // Random digits, not the clock's: a log full of timestamps must not match the phone by chance.
      const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
      const person = { fullName: 'Trần Văn Nhật Ký', phone: `09${digits(8)}`, nationalId: `0490870${digits(5)}`, email: `nhat-ky-${Date.now()}@example.vn`, dateOfBirth: '1987-03-21', gender: 'male', unitId: units[0].id, category: 'citizen', password: 'Mật-khẩu-Nhật-ký-2018!', consent: true };
      const registered = await post('/auth/register', person);
      expect(registered.status).toBe(201);
      const cookie = registered.headers.get('set-cookie')?.split(';')[0] ?? '';
      const { accessToken } = (await registered.json()) as SessionResponse;
      const wrong = 'Sai-mật-khẩu-đoán-thử-99';
      await post('/auth/login', { login: person.phone, password: wrong });
      await post('/auth/login', { login: person.email, password: wrong });
      await post('/auth/login', { login: person.phone, password: person.password });
      const newPassword = 'Mật-khẩu-mới-Nhật-ký-2019!';
      expect((await post('/me/password', { currentPassword: person.password, newPassword }, { authorization: `Bearer ${accessToken}` })).status).toBe(204);
      await post('/auth/register', { ...person, password: 'Khác-hẳn-2018!' });
      await post('/auth/refresh', {}, { cookie, origin: EVIL });
      await post('/auth/refresh', {}, { cookie });
      await fetch(`${api.url}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
      await new Promise((r) => setTimeout(r, 500));

      const log = api.output.join('');
      // The requests were logged: the check looks at real log lines.
      expect(log).toContain('/api/v1/auth/login');
      const secrets = { 'the password': person.password, 'the new password': newPassword, 'a wrong password': wrong, 'the access token': accessToken, 'the refresh token': cookie.split('=')[1] ?? 'x', 'the CCCD': person.nationalId, 'the email': person.email };
      const found = Object.entries(secrets).filter(([, v]) => log.includes(v)).map(([k]) => k);
      // The phone, in any of its forms. (Query strings are logged as sent: see docs/reliability.md on searches by phone.)
      for (const form of phoneForms(person.phone)) if (log.includes(form)) found.push(`the phone (${form})`);
      recordFigures('logs of a real API process', { 'log lines at trace level': log.split('\n').length, 'secrets looked for': Object.keys(secrets).length + 4, found: found.length });
      expect(found).toEqual([]);
    } finally {
      await api.stop();
    }
  }, 180_000);
});
