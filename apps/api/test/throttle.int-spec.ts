import type { ErrorBody } from '@reform-quiz/contracts';
import { registration } from './support/fixtures';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

/** A client address of its own per test, so counters kept in Redis by earlier runs do not interfere. */
const randomIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe.each(testDrivers())('login throttling on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver, { LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_ADDRESS: '6' });
  });
  afterAll(() => t.close());

  const login = (login: string, password: string, ip: string) =>
    t.request<ErrorBody>({ method: 'POST', url: '/api/v1/auth/login', body: { login, password }, ip });

  it('blocks an account after its failures, even with the right password, and says when to retry', async () => {
    const body = await registration(t);
    expect((await t.request({ method: 'POST', url: '/api/v1/auth/register', body })).status).toBe(201);
    for (let i = 0; i < 3; i++) expect((await login(body.phone, 'wrong-password', randomIp())).status).toBe(401);

    const blocked = await login(body.phone, body.password, randomIp());
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
  });

  it('a success resets the account counter', async () => {
    const body = await registration(t);
    await t.request({ method: 'POST', url: '/api/v1/auth/register', body });
    const ip = randomIp();
    for (let i = 0; i < 2; i++) await login(body.phone, 'wrong-password', ip);
    expect((await login(body.phone, body.password, ip)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await login(body.phone, 'wrong-password', randomIp())).status).toBe(401);
    expect((await login(body.phone, body.password, randomIp())).status).toBe(200);
  });

  it('keeps other accounts working from the address of a blocked one', async () => {
    const ip = randomIp();
    const [victim, neighbour] = [await registration(t), await registration(t)];
    for (const body of [victim, neighbour]) await t.request({ method: 'POST', url: '/api/v1/auth/register', body, ip: randomIp() });
    for (let i = 0; i < 3; i++) await login(victim.phone, 'wrong-password', ip);
    expect((await login(victim.phone, victim.password, ip)).body.error.code).toBe('TOO_MANY_ATTEMPTS');
    // Same office network, another person: not punished for someone else's account.
    expect((await login(neighbour.phone, neighbour.password, ip)).status).toBe(200);
  });

  it('counts a login written differently as the same account (spaces, +84)', async () => {
    const body = await registration(t);
    await t.request({ method: 'POST', url: '/api/v1/auth/register', body, ip: randomIp() });
    const spaced = `${body.phone.slice(0, 4)} ${body.phone.slice(4, 7)} ${body.phone.slice(7)}`;
    for (const variant of [body.phone, spaced, `+84${body.phone.slice(1)}`]) await login(variant, 'wrong-password', randomIp());
    expect((await login(body.phone, body.password, randomIp())).body.error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('blocks an address that tries many accounts, while other addresses still get in', async () => {
    const ip = randomIp();
    const victim = await registration(t);
    await t.request({ method: 'POST', url: '/api/v1/auth/register', body: victim });
    for (let i = 0; i < 6; i++) await login(`attacker-${i}-${ip}@example.vn`, 'guess-guess', ip);
    const blocked = await login(victim.phone, victim.password, ip);
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    expect((await login(victim.phone, victim.password, randomIp())).status).toBe(200);
  });

  // With REDIS_URL the counters live in Redis: a second API process of the same deployment (same database) sees the failures the first one counted.
  (driver === 'postgres' && process.env['RQ_TEST_REDIS'] === 'up' ? it : it.skip)('shares its counters between API processes through Redis', async () => {
    const database = t.config.database;
    if (database.driver !== 'postgres') throw new Error('runs on PostgreSQL');
    const second = await startTestApp(driver, { LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_ADDRESS: '6', DATABASE_URL: database.url });
    try {
      expect(second.config.redisUrl).toBeTruthy();
      const account = `shared-${Date.now()}-${Math.random().toString(36).slice(2)}@example.vn`;
      for (let i = 0; i < 3; i++) expect((await login(account, 'wrong-password', randomIp())).status).toBe(401);
      const elsewhere = await second.request<ErrorBody>({ method: 'POST', url: '/api/v1/auth/login', body: { login: account, password: 'wrong-password' }, ip: randomIp() });
      expect([elsewhere.status, elsewhere.body.error.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
      // Another deployment on the same Redis server (its own database) keeps counters of its own.
      const other = await startTestApp(driver, { LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_ADDRESS: '6' });
      try {
        expect((await other.request<ErrorBody>({ method: 'POST', url: '/api/v1/auth/login', body: { login: account, password: 'wrong-password' }, ip: randomIp() })).status).toBe(401);
      } finally {
        await other.close();
      }
    } finally {
      await second.close();
    }
  });
});
