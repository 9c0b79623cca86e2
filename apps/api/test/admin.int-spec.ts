import { REFRESH_COOKIE, type AuditEntry, type ErrorBody, type Page, type SessionResponse, type UserSummary } from '@reform-quiz/contracts';
import { registration } from './support/fixtures';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

describe.each(testDrivers())('administration of accounts on %s', (driver) => {
  let t: TestApp;
  let admin: SessionResponse;
  beforeAll(async () => {
    t = await startTestApp(driver);
    admin = await t.login('admin@demo.local');
  });
  afterAll(() => t.close());

  const listUsers = (query: string) => t.request<Page<UserSummary>>({ method: 'GET', url: `/api/v1/admin/users?${query}`, token: admin.accessToken });
  const newParticipant = async (fullName = 'Đặng Thị Huệ') => {
    const body = await registration(t, { fullName });
    const res = await t.request<SessionResponse>({ method: 'POST', url: '/api/v1/auth/register', body });
    return { ...res.body, cookie: res.cookies.find((c) => c.name === REFRESH_COOKIE)?.value ?? '', body };
  };

  it('lists accounts with accent-insensitive search, filters and pages', async () => {
    await newParticipant('Đặng Thị Huệ');
    const found = await listUsers('q=dang%20thi%20hue');
    expect(found.status).toBe(200);
    expect(found.body.items.map((u) => u.fullName)).toContain('Đặng Thị Huệ');

    const judges = await listUsers('role=judge');
    expect(judges.body.items.every((u) => u.role === 'judge')).toBe(true);
    expect(judges.body.total).toBe(1);

    const page = await listUsers('pageSize=2&page=2');
    expect(page.body).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(8);
    // Admin lists never carry secrets.
    expect(page.raw).not.toMatch(/password|nationalId/i);
  });

  it('refuses malformed filters with field codes', async () => {
    const res = await t.request<ErrorBody>({ method: 'GET', url: '/api/v1/admin/users?role=king&pageSize=1000', token: admin.accessToken });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.map((d) => [d.field, d.code])).toEqual([
      ['role', 'INVALID_VALUE'],
      ['pageSize', 'OUT_OF_RANGE'],
    ]);
  });

  it('changes a role, takes effect at once, and writes who/what/when/before/after to the audit log', async () => {
    const user = await newParticipant('Vũ Văn Kiên');
    expect((await t.request({ method: 'GET', url: '/api/v1/admin/users', token: user.accessToken })).status).toBe(403);

    const changed = await t.request<UserSummary>({ method: 'PATCH', url: `/api/v1/admin/users/${user.user.id}/role`, token: admin.accessToken, body: { role: 'organizer' } });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('organizer');

    const audit = await t.request<Page<AuditEntry>>({ method: 'GET', url: `/api/v1/admin/audit?entityType=user&entityId=${user.user.id}`, token: admin.accessToken });
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.role.change',
      actor: { id: admin.user.id },
      before: { role: 'participant' },
      after: { role: 'organizer' },
    });
    expect(Date.parse(audit.body.items[0].at)).toBeGreaterThan(0);

    // The same token now carries the new role's rights: roles are read per request, not baked into tokens.
    const units = await t.request({ method: 'POST', url: '/api/v1/units', token: user.accessToken, body: { code: 'X1', name: 'Xã thử', kind: 'commune', headcount: 1 } });
    expect(units.status).toBe(403);
  });

  it('deactivating signs the account out everywhere and refuses new logins', async () => {
    const user = await newParticipant();
    const res = await t.request<UserSummary>({ method: 'POST', url: `/api/v1/admin/users/${user.user.id}/deactivate`, token: admin.accessToken });
    expect(res.body.status).toBe('disabled');
    expect((await t.request({ method: 'GET', url: '/api/v1/me', token: user.accessToken })).status).toBe(401);
    const login = await t.request<ErrorBody>({ method: 'POST', url: '/api/v1/auth/login', body: { login: user.body.phone, password: user.body.password } });
    expect([login.status, login.body.error.code]).toEqual([403, 'ACCOUNT_DISABLED']);

    await t.request({ method: 'POST', url: `/api/v1/admin/users/${user.user.id}/activate`, token: admin.accessToken });
    expect((await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { login: user.body.phone, password: user.body.password } })).status).toBe(200);
  });

  it('revokes all sessions of an account', async () => {
    const user = await newParticipant();
    const res = await t.request({ method: 'DELETE', url: `/api/v1/admin/users/${user.user.id}/sessions`, token: admin.accessToken });
    expect(res.status).toBe(204);
    const me = await t.request<ErrorBody>({ method: 'GET', url: '/api/v1/me', token: user.accessToken });
    expect([me.status, me.body.error.code]).toEqual([401, 'SESSION_REVOKED']);
    const refresh = await t.request({ method: 'POST', url: '/api/v1/auth/refresh', body: {}, cookies: { [REFRESH_COOKIE]: user.cookie } });
    expect(refresh.status).toBe(401);
    const audit = await t.request<Page<AuditEntry>>({ method: 'GET', url: `/api/v1/admin/audit?entityId=${user.user.id}`, token: admin.accessToken });
    expect(audit.body.items[0]).toMatchObject({ action: 'user.sessions.revoke', after: { revoked: 1 } });
  });

  it('refuses to change its own account, and unknown accounts', async () => {
    const self = await t.request<ErrorBody>({ method: 'PATCH', url: `/api/v1/admin/users/${admin.user.id}/role`, token: admin.accessToken, body: { role: 'participant' } });
    expect([self.status, self.body.error.code]).toEqual([409, 'CANNOT_CHANGE_OWN_ACCOUNT']);
    const unknown = await t.request<ErrorBody>({ method: 'PATCH', url: '/api/v1/admin/users/00000000-0000-4000-8000-000000000000/role', token: admin.accessToken, body: { role: 'judge' } });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'USER_NOT_FOUND']);
    const badId = await t.request<ErrorBody>({ method: 'PATCH', url: '/api/v1/admin/users/42/role', token: admin.accessToken, body: { role: 'judge' } });
    expect([badId.status, badId.body.error.details?.[0]?.field]).toEqual([400, 'id']);
  });
});
