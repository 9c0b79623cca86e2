import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Contest, ContestSummary, LiveSessionState, Question, Round, RoundInput } from '@reform-quiz/contracts';
import { expectAccessible } from './support/accessibility';
import { apiLogin } from './support/api';
import { snap } from './support/fixtures';
import { signIn } from './support/session';

const QUESTIONS = 3;
const DEMO_CONTEST = 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018';

/** A live round of three questions in the demo contest, open now, for this test alone. */
async function liveRound(request: APIRequestContext, token: string): Promise<{ contestId: number; round: Round }> {
  const headers = { authorization: `Bearer ${token}` };
  const contests = (await (await request.get('/api/v1/contests', { headers })).json()) as ContestSummary[];
  const summary = contests.find((c) => c.title === DEMO_CONTEST);
  if (!summary) throw new Error('the demo contest is missing');
  const contest = (await (await request.get(`/api/v1/contests/${summary.id}`, { headers })).json()) as Contest;
  const final = contest.rounds.find((r) => r.mode === 'live');
  if (!final) throw new Error('the demo contest has no live round');
  const { id: _id, contestId: _contest, position: _position, phase: _phase, ...input } = final;
  // Three questions: the final's blueprint, trimmed cell by cell.
  let kept = 0;
  const trimmed = input.blueprint
    .map((cell) => {
      const count = Math.min(cell.count, QUESTIONS - kept);
      kept += count;
      return { ...cell, count };
    })
    .filter((cell) => cell.count > 0);
  const now = Date.now();
  const body: RoundInput = { ...input, title: `Chung kết thử ${now}`, questionCount: QUESTIONS, blueprint: trimmed, opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString(), questionSeconds: 60 };
  const res = await request.post(`/api/v1/contests/${contest.id}/rounds`, { headers, data: body });
  if (!res.ok()) throw new Error(`create live round: ${res.status()} ${await res.text()}`);
  return { contestId: contest.id, round: (await res.json()) as Round };
}

/** The options that are right for the question on screen, read as the organizer from the bank. */
async function correctOptionIds(request: APIRequestContext, token: string, code: string): Promise<string[]> {
  const state = (await (await request.get(`/api/v1/live-sessions/by-code/${code}`)).json()) as LiveSessionState;
  if (!state.question) throw new Error(`no open question in room ${code}`);
  const question = (await (await request.get(`/api/v1/questions/${state.question.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Question;
  return question.options.filter((o) => o.isCorrect).map((o) => o.id);
}

async function player(browser: Browser, login: string, code: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signIn(page, login);
  await page.goto('/play');
  await page.getByLabel('Mã phòng').fill(code);
  await page.getByRole('button', { name: 'Vào phòng' }).click();
  await expect(page.getByText('Chờ người dẫn chương trình…')).toBeVisible();
  return { context, page };
}

/** A single tap sends a single-choice answer; several choices are ticked, then sent. */
async function answer(page: Page, optionIds: string[]): Promise<void> {
  const buttons = page.locator('.live-answers');
  await expect(buttons).toBeVisible();
  for (const id of optionIds) await buttons.locator(`[data-option-id="${id}"]`).click();
  const send = page.getByRole('button', { name: 'Gửi đáp án' });
  if (await send.isVisible()) await send.click();
  await expect(page.getByText('Đã ghi nhận')).toBeVisible();
}

test.describe('a live final in the hall', () => {
  test('the host runs three questions to the podium; two players answer on their phones; the projector follows', async ({ page: host, browser, request }, testInfo) => {
    test.setTimeout(120_000);
    const organizer = await apiLogin(request, 'organizer@demo.local');
    const { contestId, round } = await liveRound(request, organizer.accessToken);

    // The host opens the console on a laptop-sized window and creates the room.
    await host.setViewportSize({ width: 1280, height: 800 });
    await signIn(host, 'organizer@demo.local');
    await host.goto(`/organizer/live/${round.id}?contest=${contestId}`);
    await expect(host.getByRole('heading', { level: 1, name: 'Điều khiển thi trực tiếp' })).toBeVisible();
    await host.getByRole('button', { name: 'Tạo phòng thi' }).click();
    const code = (await host.getByTestId('join-code').first().textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await expectAccessible(host, 'host console');

    // The projector: a public full-window screen showing the room code and the QR code.
    const screen = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const projector = await screen.newPage();
    await projector.goto(`/live/${code}`);
    await expect(projector.getByText(code).first()).toBeVisible();
    await expectAccessible(projector, 'projector lobby');
    await snap(projector, testInfo, 'projector-lobby');

    const an = await player(browser, 'entrant3@demo.local', code);
    const binh = await player(browser, 'entrant4@demo.local', code);
    await expect(host.getByTestId('player-count')).toHaveText('2');

    for (let number = 1; number <= QUESTIONS; number++) {
      await host.getByRole('button', { name: number === 1 ? 'Mở câu hỏi 1' : 'Câu tiếp theo' }).click();
      await expect(projector.getByText(`Câu ${number}/${QUESTIONS}`).first()).toBeVisible();
      if (number === 1) {
        await expectAccessible(an.page, 'player question');
        await snap(an.page, testInfo, 'player-question');
        await snap(projector, testInfo, 'projector-question');
      }
      // Ân knows the answer every time; Bình picks a wrong one.
      const right = await correctOptionIds(request, organizer.accessToken, code);
      await answer(an.page, right);
      const wrong = await binh.page.locator('.live-answers [data-option-id]').evaluateAll((nodes, ids) => nodes.map((n) => n.getAttribute('data-option-id') ?? '').filter((id) => !ids.includes(id)), right);
      await answer(binh.page, [wrong[0]]);

      await host.getByRole('button', { name: 'Đóng câu hỏi sớm' }).click();
      await host.getByRole('button', { name: 'Công bố đáp án' }).click();
      await expect(an.page.getByText('Chính xác!')).toBeVisible();
      await expect(binh.page.getByText('Chưa đúng')).toBeVisible();
      await expect(projector.getByText('2 người trả lời, 1 người trả lời đúng.')).toBeVisible();
      if (number === 1) await snap(projector, testInfo, 'projector-reveal');
    }

    await host.getByRole('button', { name: 'Kết thúc và trao giải' }).click();
    const podium = projector.getByTestId('podium');
    await expect(podium.getByRole('heading', { name: 'Trao giải' })).toBeVisible();
    await expect(podium.getByRole('listitem').first()).toContainText('Hạng 1');
    await expectAccessible(projector, 'projector podium');
    await snap(projector, testInfo, 'projector-podium');
    await expect(an.page.getByText(/Bạn xếp hạng 1 với [\d.,]+ điểm\./)).toBeVisible();
    await expect(binh.page.getByText(/Bạn xếp hạng 2 với 0 điểm\.|Bạn chưa có điểm trong phần thi này\./)).toBeVisible();

    // The scores reach the round's board.
    const board = await (await request.get(`/api/v1/rounds/${round.id}/leaderboard`)).json();
    expect((board as { entries: { rank: number; score: number }[] }).entries[0]).toMatchObject({ rank: 1 });
    for (const c of [an.context, binh.context, screen]) await c.close();
  });
});
