import type { AuditEntry, ErrorBody, Page, SessionResponse, Unit, UnitOption } from '@reform-quiz/contracts';
import { registration } from './support/fixtures';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

describe.each(testDrivers())('units on %s', (driver) => {
  let t: TestApp;
  let admin: SessionResponse;
  beforeAll(async () => {
    t = await startTestApp(driver);
    admin = await t.login('admin@demo.local');
  });
  afterAll(() => t.close());

  const search = (q: string) => t.request<UnitOption[]>({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent(q)}` });

  it('seeds Quảng Nam 2018: the province, 17 departments, 18 district-level units', async () => {
    const tree = await t.request<Unit[]>({ method: 'GET', url: '/api/v1/units/tree' });
    expect(tree.body.filter((u) => u.kind === 'province')).toHaveLength(1);
    expect(tree.body.filter((u) => u.kind === 'department')).toHaveLength(17);
    expect(tree.body.filter((u) => u.kind === 'district').map((u) => u.code).sort()).toEqual(
      Array.from({ length: 18 }, (_, i) => String(502 + i)),
    );
  });

  it.each([
    ['dien ban', 'Thị xã Điện Bàn'],
    ['ĐIỆN BÀN', 'Thị xã Điện Bàn'],
    ['Điện Bàn'.normalize('NFD'), 'Thị xã Điện Bàn'],
    ['so noi vu', 'Sở Nội vụ'],
    ['tra my', 'Huyện Bắc Trà My'],
    ['502', 'Thành phố Tam Kỳ'],
  ])('finds %j → %s (accent- and case-insensitive)', async (q, name) => {
    const res = await search(q);
    expect(res.status).toBe(200);
    expect(res.body.map((u) => u.name)).toContain(name);
  });

  it('ranks names that start with the query first and gives the parent for context', async () => {
    const res = await search('so t');
    expect(res.body.length).toBeGreaterThan(2);
    expect(res.body.every((u) => u.name.startsWith('Sở T'))).toBe(true);
    expect(res.body[0].parentName).toBe('Tỉnh Quảng Nam');
  });

  it('treats LIKE wildcards in the query as text', async () => {
    expect((await search('%')).body).toEqual([]);
    expect((await search('_')).body).toEqual([]);
  });

  it('lets an admin create, edit and delete a unit, each change audited', async () => {
    const province = (await search('quang nam')).body[0];
    const created = await t.request<Unit>({ method: 'POST', url: '/api/v1/units', token: admin.accessToken, body: { code: '20398', name: 'Phường An Mỹ', kind: 'commune', parentId: province.id, headcount: 40 } });
    expect(created.status).toBe(201);
    const tamKy = (await search('tam ky')).body[0];
    const moved = await t.request<Unit>({ method: 'PATCH', url: `/api/v1/units/${created.body.id}`, token: admin.accessToken, body: { parentId: tamKy.id, headcount: 45 } });
    expect(moved.body).toMatchObject({ parentId: tamKy.id, headcount: 45, name: 'Phường An Mỹ' });
    expect((await search('an my')).body[0]).toMatchObject({ name: 'Phường An Mỹ', parentName: 'Thành phố Tam Kỳ' });

    expect((await t.request({ method: 'DELETE', url: `/api/v1/units/${created.body.id}`, token: admin.accessToken })).status).toBe(204);
    const audit = await t.request<Page<AuditEntry>>({ method: 'GET', url: `/api/v1/admin/audit?entityType=unit&entityId=${created.body.id}`, token: admin.accessToken });
    expect(audit.body.items.map((e) => e.action)).toEqual(['unit.delete', 'unit.update', 'unit.create']);
    expect(audit.body.items[1]).toMatchObject({ before: { headcount: 40 }, after: { headcount: 45 } });
  });

  it('refuses duplicate codes, cycles, and deleting a unit that has children or members', async () => {
    const province = (await search('quang nam')).body[0];
    const tamKy = (await search('tam ky')).body[0];
    const dup = await t.request<ErrorBody>({ method: 'POST', url: '/api/v1/units', token: admin.accessToken, body: { code: '502', name: 'Trùng mã', kind: 'district', headcount: 1 } });
    expect([dup.status, dup.body.error.code]).toEqual([409, 'UNIT_CODE_TAKEN']);

    const child = await t.request<Unit>({ method: 'POST', url: '/api/v1/units', token: admin.accessToken, body: { code: 'TK-1', name: 'Phường Tân Thạnh', kind: 'commune', parentId: tamKy.id, headcount: 10 } });
    const cycle = await t.request<ErrorBody>({ method: 'PATCH', url: `/api/v1/units/${tamKy.id}`, token: admin.accessToken, body: { parentId: child.body.id } });
    expect([cycle.status, cycle.body.error.code]).toEqual([400, 'UNIT_PARENT_INVALID']);
    const self = await t.request<ErrorBody>({ method: 'PATCH', url: `/api/v1/units/${tamKy.id}`, token: admin.accessToken, body: { parentId: tamKy.id } });
    expect(self.body.error.code).toBe('UNIT_PARENT_INVALID');

    const withChildren = await t.request<ErrorBody>({ method: 'DELETE', url: `/api/v1/units/${province.id}`, token: admin.accessToken });
    expect([withChildren.status, withChildren.body.error.code]).toEqual([409, 'UNIT_HAS_CHILDREN']);

    await t.request({ method: 'POST', url: '/api/v1/auth/register', body: await registration(t, { unitId: child.body.id }) });
    const inUse = await t.request<ErrorBody>({ method: 'DELETE', url: `/api/v1/units/${child.body.id}`, token: admin.accessToken });
    expect([inUse.status, inUse.body.error.code]).toEqual([409, 'UNIT_IN_USE']);
    expect((await search('tan thanh')).body).toHaveLength(1);
  });

  it('validates unit fields', async () => {
    const res = await t.request<ErrorBody>({ method: 'POST', url: '/api/v1/units', token: admin.accessToken, body: { code: 'bad code!', name: 'X', kind: 'planet', headcount: -1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.map((d) => d.field).sort()).toEqual(['code', 'headcount', 'kind', 'name']);
  });
});
