import { expect, test, type Page } from '@playwright/test';
import type { AuditEntry, Page as ResultPage } from '@reform-quiz/contracts';
import { expectAccessible } from './support/accessibility';
import { apiLogin, uniquePhone } from './support/api';
import { DEMO_PASSWORD } from './support/server';

const PASSWORD = 'Xuân-Quảng-Nam-2018';

async function fillRegistration(page: Page, phone: string, nationalId: string) {
  await page.locator('[name="fullName"]').fill('Nguyễn Thị Thu Hà');
  await page.locator('[name="phone"]').fill(phone);
  await page.locator('[name="dateOfBirth"]').fill('1994-03-08');
  await page.getByRole('radio', { name: 'Nữ' }).check();
  // The unit picker searches as you type, without accents.
  const unit = page.getByRole('combobox', { name: /Đơn vị/ });
  await unit.fill('tam ky');
  await page.getByRole('option', { name: /Thành phố Tam Kỳ/ }).click();
  await page.getByRole('radio', { name: 'Cán bộ, công chức, viên chức' }).check();
  await page.locator('[name="password"]').fill(PASSWORD);
  await page.locator('[name="passwordConfirm"]').fill(PASSWORD);
  await page.locator('[name="consent"]').check();
  // Last: a malformed value shows its message on blur, which moves the fields below it.
  await page.locator('[name="nationalId"]').fill(nationalId);
}

test.describe('accounts, on a phone in Vietnamese', () => {
  test('a new entrant registers, logs out, logs in and sees the profile', async ({ page }) => {
    const phone = uniquePhone();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expectAccessible(page, 'home');

    await page.getByRole('link', { name: 'Đăng ký dự thi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký dự thi' })).toBeVisible();
    await expectAccessible(page, 'register');
    await fillRegistration(page, phone, '001194001234');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();

    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của bạn' })).toBeVisible();
    await expect(page.getByText('Nguyễn Thị Thu Hà').first()).toBeVisible();
    await expect(page.getByText('Thành phố Tam Kỳ').first()).toBeVisible();
    await expect(page.getByText('********1234')).toBeVisible();
    await expect(page.getByText('001194001234')).toHaveCount(0);
    await expectAccessible(page, 'profile');

    // No horizontal scrolling at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.goto('/login');
    await expectAccessible(page, 'login');
    await page.locator('[name="login"]').fill(phone.replace(/(\d{4})(\d{3})(\d{3})/, '$1 $2 $3'));
    await page.locator('[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByText('Nguyễn Thị Thu Hà').first()).toBeVisible();

    // The session survives a reload (refresh cookie, not local storage).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của bạn' })).toBeVisible();
  });

  test('a malformed CCCD is explained in Vietnamese and nothing is created', async ({ page, request }) => {
    const phone = uniquePhone();
    let registrations = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/auth/register')) registrations += 1;
    });
    await page.goto('/register');
    await fillRegistration(page, phone, '04919');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();

    const field = page.locator('[name="nationalId"]');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Số CCCD không hợp lệ/).first()).toBeVisible();
    await expectAccessible(page, 'register with errors');
    await expect(page).toHaveURL(/\/register$/);
    expect(registrations).toBe(0);

    // The server refuses it too, with the stable code, and no account exists afterwards.
    const direct = await request.post('/api/v1/auth/register', {
      data: { fullName: 'Nguyễn Thị Thu Hà', phone, dateOfBirth: '1994-03-08', gender: 'female', unitId: 1, category: 'citizen', password: PASSWORD, consent: true, nationalId: '04919' },
    });
    expect(direct.status()).toBe(400);
    expect((await direct.json()).error.details[0]).toMatchObject({ field: 'nationalId', code: 'NATIONAL_ID_INVALID' });
    const login = await request.post('/api/v1/auth/login', { data: { login: phone, password: PASSWORD } });
    expect(login.status()).toBe(401);
  });

  test('an admin changes a participant’s role, and it is audited', async ({ page, request }) => {
    await page.goto('/login');
    await page.locator('[name="login"]').fill('admin@demo.local');
    await page.locator('[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Người dùng' })).toBeVisible();

    await page.getByRole('link', { name: 'Người dùng' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quản lý người dùng' })).toBeVisible();
    await page.locator('[name="q"]').fill('hoang minh duc');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = page.getByRole('row', { name: /Hoàng Minh Đức/ });
    await expect(row).toHaveCount(1);
    await expectAccessible(page, 'admin users');

    await row.getByRole('combobox', { name: 'Vai trò của Hoàng Minh Đức' }).selectOption('judge');
    await row.getByRole('button', { name: /Đổi vai trò/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Hoàng Minh Đức');
    await dialog.getByRole('button', { name: 'Đổi vai trò' }).click();
    await expect(page.getByText(/Đã đổi vai trò của Hoàng Minh Đức/)).toBeVisible();

    const admin = await apiLogin(request, 'admin@demo.local');
    const entrant = await apiLogin(request, 'entrant5@demo.local');
    expect(entrant.user.role).toBe('judge');
    const audit = await request.get(`/api/v1/admin/audit?entityType=user&entityId=${entrant.user.id}`, { headers: { authorization: `Bearer ${admin.accessToken}` } });
    const entries = (await audit.json()) as ResultPage<AuditEntry>;
    expect(entries.items[0]).toMatchObject({ action: 'user.role.change', before: { role: 'participant' }, after: { role: 'judge' }, actor: { id: admin.user.id } });

    await page.getByRole('link', { name: 'Đơn vị' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'admin units');
  });
});
