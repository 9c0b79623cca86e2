import { REFRESH_COOKIE, type ErrorBody, type Profile, type SessionResponse } from '@reform-quiz/contracts';
import { UserEntity } from '../src/modules/users/user.entity';
import { registration, uniquePhone } from './support/fixtures';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

describe.each(testDrivers())('accounts on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(() => t.close());

  const userCount = () => t.dataSource.getRepository(UserEntity).count();
  const register = (body: unknown) => t.request<SessionResponse & ErrorBody>({ method: 'POST', url: '/api/v1/auth/register', body });

  it('registers, logs in by phone and by email, and shows the profile', async () => {
    const body = await registration(t, { email: 'Hoa.Ngo@Example.VN', nationalId: '049190001234', address: { district: 'Tam Kỳ', commune: 'An Mỹ' } });
    const created = await register({ ...body, phone: `+84 ${body.phone.slice(1, 4)} ${body.phone.slice(4)}` });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ fullName: 'Ngô Thị Hoa', phone: body.phone, email: 'hoa.ngo@example.vn', role: 'participant', category: 'citizen' });
    expect(created.body.user.nationalId).toBe('********1234');
    expect(created.cookies.find((c) => c.name === REFRESH_COOKIE)?.value).toBeTruthy();

    const byPhone = await t.login(body.phone, body.password);
    const byEmail = await t.login('HOA.NGO@example.vn', body.password);
    expect(byEmail.user.id).toBe(byPhone.user.id);

    const me = await t.request<Profile>({ method: 'GET', url: '/api/v1/me', token: byPhone.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: created.body.user.id, dateOfBirth: '1990-05-17', gender: 'female', address: { district: 'Tam Kỳ', commune: 'An Mỹ' } });
    expect(me.body.unit?.name).toBe('Thành phố Tam Kỳ');
    expect(me.body.consentAt).not.toBeNull();
    // The full CCCD never leaves the server.
    expect(me.raw).not.toContain('049190001234');
  });

  it('stores names in NFC whatever the keyboard sent', async () => {
    const body = await registration(t, { fullName: '  Trương   Văn Ánh '.normalize('NFD') });
    const res = await register(body);
    expect(res.status).toBe(201);
    expect(res.body.user.fullName).toBe('Trương Văn Ánh');
  });

  it.each([
    ['phone', 'PHONE_TAKEN'],
    ['nationalId', 'NATIONAL_ID_TAKEN'],
    ['email', 'EMAIL_TAKEN'],
  ] as const)('refuses a second account with the same %s (409 %s)', async (field, code) => {
    const first = await registration(t, { email: `first-${field}@example.vn`, nationalId: `04909000${String(Math.floor(Math.random() * 9000) + 1000)}` });
    expect((await register(first)).status).toBe(201);
    const before = await userCount();
    const second = await registration(t, { [field]: first[field] } as object);
    const res = await register(second);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe(code);
    expect(await userCount()).toBe(before);
  });

  it('refuses a malformed CCCD with a field code and creates nothing', async () => {
    const before = await userCount();
    const res = await register(await registration(t, { nationalId: '04919' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'nationalId', code: 'NATIONAL_ID_INVALID' })]);
    expect(await userCount()).toBe(before);
  });

  it.each([
    [{ phone: '0123456789' }, 'phone', 'PHONE_INVALID'],
    [{ email: 'not-an-email' }, 'email', 'EMAIL_INVALID'],
    [{ nationalId: '049080001234' }, 'nationalId', 'NATIONAL_ID_BIRTH_YEAR_MISMATCH'],
    [{ dateOfBirth: '1990-02-30' }, 'dateOfBirth', 'DATE_INVALID'],
    [{ password: 'short' }, 'password', 'PASSWORD_TOO_SHORT'],
    [{ password: 'x'.repeat(129) }, 'password', 'PASSWORD_TOO_LONG'],
    [{ password: 'iloveyou123' }, 'password', 'PASSWORD_TOO_COMMON'],
    [{ password: 'matkhau123' }, 'password', 'PASSWORD_TOO_COMMON'],
    [{ consent: false }, 'consent', 'CONSENT_REQUIRED'],
    [{ gender: 'unknown' }, 'gender', 'INVALID_VALUE'],
    [{ category: 'student' }, 'category', 'INVALID_VALUE'],
    [{ unitId: '3' }, 'unitId', 'INVALID_TYPE'],
    [{ unitId: 999999 }, 'unitId', 'INVALID_VALUE'],
    [{ fullName: '' }, 'fullName', 'TOO_SHORT'],
    [{ role: 'admin' }, 'role', 'UNKNOWN_FIELD'],
    [{ address: { district: 'x', planet: 'Mars' } }, 'address.planet', 'UNKNOWN_FIELD'],
  ])('refuses %j: %s → %s', async (override, field, code) => {
    const before = await userCount();
    const res = await register({ ...(await registration(t)), ...override });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ field, code }));
    expect(await userCount()).toBe(before);
  });

  it('refuses entrants younger than 12 by the server clock', async () => {
    t.clock.set(Date.parse('2026-11-25T05:00:00Z'));
    const tooYoung = await register(await registration(t, { dateOfBirth: '2014-11-26' }));
    expect(tooYoung.status).toBe(400);
    expect(tooYoung.body.error.details).toEqual([expect.objectContaining({ field: 'dateOfBirth', code: 'TOO_YOUNG' })]);
    const twelveToday = await register(await registration(t, { dateOfBirth: '2014-11-25' }));
    expect(twelveToday.status).toBe(201);
    t.clock.set(Date.now());
  });

  it('refuses wrong passwords and unknown logins alike', async () => {
    const body = await registration(t);
    await register(body);
    const wrong = await t.request<ErrorBody>({ method: 'POST', url: '/api/v1/auth/login', body: { login: body.phone, password: 'nope-nope-nope' } });
    const unknown = await t.request<ErrorBody>({ method: 'POST', url: '/api/v1/auth/login', body: { login: uniquePhone(), password: 'nope-nope-nope' } });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect([unknown.status, unknown.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
  });

  describe('sessions', () => {
    const refresh = (cookie: string) =>
      t.request<SessionResponse & ErrorBody>({ method: 'POST', url: '/api/v1/auth/refresh', body: {}, cookies: { [REFRESH_COOKIE]: cookie } });
    const cookieOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === REFRESH_COOKIE)?.value ?? '';

    it('rotates the refresh token on every use', async () => {
      const created = await register(await registration(t));
      const first = cookieOf(created);
      const rotated = await refresh(first);
      expect(rotated.status).toBe(200);
      const second = cookieOf(rotated);
      expect(second).toBeTruthy();
      expect(second).not.toBe(first);
      const me = await t.request<Profile>({ method: 'GET', url: '/api/v1/me', token: rotated.body.accessToken });
      expect(me.body.id).toBe(created.body.user.id);
      expect((await refresh(second)).status).toBe(200);
    });

    it('treats a replayed old refresh token as theft and ends the session', async () => {
      const created = await register(await registration(t));
      const first = cookieOf(created);
      const rotated = await refresh(first);
      const current = cookieOf(rotated);

      // Within seconds, a replay is a second tab racing: refused, session kept.
      const race = await refresh(first);
      expect([race.status, race.body.error.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);

      t.clock.advance(60_000);
      const replay = await refresh(first);
      expect([replay.status, replay.body.error.code]).toEqual([401, 'REFRESH_TOKEN_REUSED']);
      // The legitimate holder is signed out too, and so is the access token.
      expect((await refresh(current)).status).toBe(401);
      const me = await t.request<ErrorBody>({ method: 'GET', url: '/api/v1/me', token: rotated.body.accessToken });
      expect([me.status, me.body.error.code]).toEqual([401, 'SESSION_REVOKED']);
      t.clock.set(Date.now());
    });

    it('expires access tokens by the server clock', async () => {
      const created = await register(await registration(t));
      t.clock.advance((t.config.accessTokenTtlSeconds + 1) * 1000);
      const me = await t.request<ErrorBody>({ method: 'GET', url: '/api/v1/me', token: created.body.accessToken });
      expect([me.status, me.body.error.code]).toEqual([401, 'TOKEN_EXPIRED']);
      expect((await refresh(cookieOf(created))).status).toBe(200);
      t.clock.set(Date.now());
    });

    it('logs out: the refresh token and the access token stop working', async () => {
      const created = await register(await registration(t));
      const out = await t.request({ method: 'POST', url: '/api/v1/auth/logout', body: {}, token: created.body.accessToken, cookies: { [REFRESH_COOKIE]: cookieOf(created) } });
      expect(out.status).toBe(204);
      expect((await refresh(cookieOf(created))).status).toBe(401);
      expect((await t.request({ method: 'GET', url: '/api/v1/me', token: created.body.accessToken })).status).toBe(401);
    });

    it('changing the password keeps this session and ends the others', async () => {
      const body = await registration(t);
      const here = (await register(body)).body;
      const elsewhere = await t.login(body.phone, body.password);
      const wrong = await t.request<ErrorBody>({ method: 'POST', url: '/api/v1/me/password', token: here.accessToken, body: { currentPassword: 'not it', newPassword: 'Một-mật-khẩu-mới-2018' } });
      expect([wrong.status, wrong.body.error.code]).toEqual([400, 'WRONG_PASSWORD']);
      const changed = await t.request({ method: 'POST', url: '/api/v1/me/password', token: here.accessToken, body: { currentPassword: body.password, newPassword: 'Một-mật-khẩu-mới-2018' } });
      expect(changed.status).toBe(204);
      expect((await t.request({ method: 'GET', url: '/api/v1/me', token: here.accessToken })).status).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/v1/me', token: elsewhere.accessToken })).status).toBe(401);
      await t.login(body.phone, 'Một-mật-khẩu-mới-2018');
    });
  });
});
