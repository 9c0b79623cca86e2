import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/session';

/** The countdown as milliseconds: "09:58" or "1:02:03". */
async function remainingMs(page: Page): Promise<number> {
  const text = (await page.getByTestId('countdown').textContent()) ?? '';
  const parts = text.trim().split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0) * 1000;
}

/** Picks the first option of the question on screen, or types an answer. */
async function pickAnswer(page: Page): Promise<void> {
  const view = page.locator('main .question-view');
  await expect(view).toBeVisible();
  const choice = view.locator('input[type="radio"], input[type="checkbox"]').first();
  if (await choice.count()) {
    await choice.check();
  } else {
    const text = view.locator('textarea, input').first();
    await text.fill('Một cửa');
    await text.blur();
  }
}

async function answerCurrent(page: Page): Promise<void> {
  await pickAnswer(page);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

test.describe('an entrant takes the weekly round on a phone', () => {
  test('answers half, reloads, keeps going offline and back, submits, and appears on the board with their unit', async ({ page, context }) => {
    await signIn(page, 'entrant2@demo.local');
    await page.goto('/');
    await page.getByRole('link', { name: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Cuộc thi tìm hiểu cải cách hành chính/ })).toBeVisible();
    await expectAccessible(page, 'contest page');

    await page.getByRole('button', { name: 'Vào thi' }).first().click();
    await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]+$/);
    await expect(page.getByTestId('countdown')).toBeVisible();
    expect(await remainingMs(page)).toBeGreaterThan(590_000);
    await expectAccessible(page, 'attempt');

    for (let i = 1; i <= 5; i++) {
      await answerCurrent(page);
      await page.getByRole('button', { name: 'Câu sau' }).click();
    }
    for (let i = 1; i <= 5; i++) await expect(page.getByTestId(`nav-question-${i}`)).toHaveAttribute('data-answered', 'true');

    // A reload resumes the same attempt, with the time the server says is left.
    const before = await remainingMs(page);
    await page.reload();
    await expect(page.getByTestId('countdown')).toBeVisible();
    const after = await remainingMs(page);
    expect(after).toBeLessThanOrEqual(before);
    expect(before - after).toBeLessThan(20_000);
    for (let i = 1; i <= 5; i++) await expect(page.getByTestId(`nav-question-${i}`)).toHaveAttribute('data-answered', 'true');

    // The network drops while answering: the answer waits on the phone and goes out when it returns.
    await page.getByTestId('nav-question-6').click();
    await context.setOffline(true);
    await pickAnswer(page);
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'unsent');
    await context.setOffline(false);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);

    await page.getByRole('button', { name: 'Nộp bài' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('unanswered-count')).toHaveAttribute('data-count', '4');
    await expectAccessible(page, 'submit dialog');
    await dialog.getByRole('textbox').first().fill('7');
    await dialog.getByRole('button', { name: 'Nộp bài' }).click();

    await expect(page.getByTestId('result-summary')).toBeVisible();
    await expect(page.getByTestId('result-summary')).toContainText('/10');
    await expectAccessible(page, 'result');

    await page.getByRole('link', { name: /xếp hạng/i }).first().click();
    const me = page.getByRole('row', { name: /Trần Thị Bình/ });
    await expect(me).toBeVisible();
    await expect(me).toContainText('Thành phố Hội An');
    await expectAccessible(page, 'leaderboard');
  });
});
