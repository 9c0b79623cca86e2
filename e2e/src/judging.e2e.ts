import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import type { Attempt, Contest, PublishedResults, Question, QuestionBank, Round } from '@reform-quiz/contracts';
import { expectAccessible } from './support/accessibility';
import { apiLogin } from './support/api';
import { signIn, signOut } from './support/session';

const HOUR = 3_600_000;
const SOURCE = { document: 'Nghị quyết 30c/NQ-CP', article: 'Điều 1', date: '2011-11-08' };

/** Calls as one account, failing loudly with the server's answer. */
function caller(request: APIRequestContext, token: string) {
  return async <T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: object): Promise<T> => {
    const res = await request.fetch(`/api/v1${url}`, { method, headers: { authorization: `Bearer ${token}` }, data });
    if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  };
}

/** A full-page screenshot kept with the test's results (e2e/test-results), passed or failed. */
async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * A published contest of its own (one approval needed) with an open round
 * drawing three single-choice questions and one essay from a bank of its own,
 * options unshuffled so the first is the right one.
 */
async function contestWithEssayRound(request: APIRequestContext, stamp: number): Promise<{ contest: Contest; round: Round }> {
  const organizer = caller(request, (await apiLogin(request, 'organizer@demo.local')).accessToken);
  const admin = caller(request, (await apiLogin(request, 'admin@demo.local')).accessToken);
  const bank = await organizer<QuestionBank>('POST', '/question-banks', { name: `Ngân hàng chấm thi ${stamp}` });
  const choice = (stem: string) => ({
    type: 'single_choice',
    stem,
    options: [
      { text: 'Bộ phận tiếp nhận và trả kết quả (một cửa)', isCorrect: true },
      { text: 'Văn phòng Hội đồng nhân dân', isCorrect: false },
      { text: 'Sở Tài chính', isCorrect: false },
    ],
    points: 1,
    topic: 'procedures',
    difficulty: 'easy',
    explanation: null,
    source: SOURCE,
    tags: [],
  });
  const inputs = [
    choice(`Hồ sơ thủ tục hành chính được tiếp nhận ở đâu? (${stamp}-1)`),
    choice(`Kết quả giải quyết thủ tục được trả ở đâu? (${stamp}-2)`),
    choice(`Nơi hướng dẫn người dân chuẩn bị hồ sơ? (${stamp}-3)`),
    {
      type: 'essay',
      stem: `Hãy nêu **một đề xuất** của bạn để cải cách thủ tục hành chính ở địa phương. (${stamp})`,
      options: [],
      acceptedAnswers: [],
      points: 5,
      topic: 'civil_service',
      difficulty: 'medium',
      explanation: null,
      source: SOURCE,
      tags: [],
    },
  ];
  for (const input of inputs) {
    const q = await organizer<Question>('POST', '/questions', { bankId: bank.id, ...input });
    await organizer('POST', `/questions/${q.id}/submit`);
    await admin('POST', `/questions/${q.id}/review`, { decision: 'approve' });
  }
  const created = await organizer<Contest>('POST', '/contests', {
    title: `Cuộc thi chấm tự luận e2e ${stamp}`,
    description: null,
    rules: '1. Mỗi thí sinh làm một lượt.\n2. Ban giám khảo chấm câu tự luận.',
    categories: ['civil_servant', 'citizen'],
    tieBreaks: ['score', 'duration', 'submitted_at'],
    prizeTiers: [
      { kind: 'first', count: 1 },
      { kind: 'second', count: 1 },
    ],
    shortenNames: false,
    approvalsRequired: 1,
  });
  const now = Date.now();
  const round = await organizer<Round>('POST', `/contests/${created.id}/rounds`, {
    title: 'Tuần chấm thi',
    mode: 'self_paced',
    bankId: bank.id,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + HOUR).toISOString(),
    timeLimitSeconds: 1200,
    questionCount: 4,
    blueprint: [
      { topic: 'procedures', difficulty: 'easy', count: 3 },
      { topic: 'civil_service', difficulty: 'medium', count: 1 },
    ],
    attemptsAllowed: 1,
    countedAttempt: 'best',
    shuffleQuestions: false,
    shuffleOptions: false,
    partialCredit: false,
    prediction: null,
    leaderboardVisibility: 'live',
    freezeMinutes: 0,
    practice: false,
    graceSeconds: 10,
    essayJudges: 1,
    appealDays: 3,
  });
  const contest = await organizer<Contest>('POST', `/contests/${created.id}/publish`);
  return { contest, round };
}

/** One entrant's whole attempt through the API, answered at machine speed: `right` choice questions right, the essay written. */
async function play(request: APIRequestContext, login: string, roundId: number, right: number, essay: string): Promise<Attempt> {
  const entrant = caller(request, (await apiLogin(request, login)).accessToken);
  const attempt = await entrant<Attempt>('POST', `/rounds/${roundId}/attempts`);
  let choices = 0;
  for (const q of attempt.questions) {
    const body = q.type === 'essay' ? { text: essay, clientSeq: 1 } : { optionIds: [q.options[choices++ < right ? 0 : 1].id], clientSeq: 1 };
    await entrant('PUT', `/attempts/${attempt.id}/answers/${q.id}`, body);
  }
  return entrant<Attempt>('POST', `/attempts/${attempt.id}/submit`, {});
}

test.describe('the jury takes a round from closed to a published ranking', () => {
  test('a judge grades the essays, upholds a flag and approves the snapshot; the organizer publishes it', async ({ page, request }, testInfo) => {
    const stamp = Date.now();
    const { contest, round } = await contestWithEssayRound(request, stamp);
    // Two citizens: Trần Thị Bình answers everything right, Phạm Thị Dung one choice wrong. Both far too fast for a person.
    await play(request, 'entrant2@demo.local', round.id, 3, 'Đề xuất: công khai mẫu hồ sơ và nhận hồ sơ qua mạng\nđể người dân không phải đi lại nhiều lần.');
    await play(request, 'entrant4@demo.local', round.id, 2, 'Rút ngắn thời gian giải quyết hồ sơ đất đai.');
    const organizer = caller(request, (await apiLogin(request, 'organizer@demo.local')).accessToken);
    await organizer('POST', `/rounds/${round.id}/close`);

    // The judge finds the round through the site navigation.
    await signIn(page, 'judge@demo.local');
    await page.getByRole('banner').getByRole('link', { name: 'Ban giám khảo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ban giám khảo' })).toBeVisible();
    await page.getByRole('link', { name: contest.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: contest.title })).toBeVisible();
    await page.getByRole('link', { name: /^Chấm thi và xét duyệt/ }).click();

    // Essays, anonymous: the answers show, the entrants' names do not.
    await expect(page.getByRole('heading', { level: 1, name: 'Chấm bài tự luận — Tuần chấm thi' })).toBeVisible();
    const cards = page.getByTestId('essay-card');
    await expect(cards).toHaveCount(2);
    await expect(page.getByTestId('essay-queue')).toContainText('công khai mẫu hồ sơ');
    await expect(page.getByTestId('essay-queue')).not.toContainText('Trần Thị Bình');
    await expect(page.getByTestId('essay-queue')).not.toContainText('Phạm Thị Dung');
    await expectAccessible(page, 'essay queue');
    await snap(page, testInfo, 'judge-essay-queue');

    // A score above the question's points is refused before it is sent; then each essay is graded.
    const first = cards.first();
    await first.getByLabel('Điểm (từ 0 đến 5)').fill('7');
    await first.getByRole('button', { name: /^Lưu điểm/ }).click();
    await expect(first.getByText('Điểm phải từ 0 đến 5.')).toBeVisible();
    for (const [answer, score, comment] of [
      ['công khai mẫu hồ sơ', '4,5', 'Đề xuất cụ thể, khả thi.'],
      ['Rút ngắn thời gian', '3', 'Đề xuất đúng hướng nhưng chung chung.'],
    ]) {
      const card = cards.filter({ hasText: answer });
      await card.getByLabel('Điểm (từ 0 đến 5)').fill(score);
      await card.getByLabel(/Nhận xét/).fill(comment);
      await card.getByRole('button', { name: /^Lưu điểm/ }).click();
      await expect(page.getByRole('status').filter({ hasText: `: ${score}/5 điểm.` })).toBeVisible();
    }
    await expect(page.getByText('Không còn bài nào chờ bạn chấm.')).toBeVisible();

    // Integrity: the scan raises "too fast" flags with their evidence; the judge upholds one with a reason.
    await page.getByRole('navigation', { name: 'Công việc của đợt thi' }).getByRole('link', { name: 'Cờ cảnh báo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cờ cảnh báo — Tuần chấm thi' })).toBeVisible();
    await page.getByRole('button', { name: 'Quét tìm dấu hiệu bất thường' }).click();
    await expect(page.getByText(/^Đã quét xong: \d+ cờ mới\.$/)).toBeVisible();
    const dung = page.getByTestId('flag-card').filter({ hasText: 'Phạm Thị Dung' }).filter({ hasText: 'Làm bài nhanh bất thường' });
    await expect(dung).toHaveCount(1);
    await expect(dung).toContainText('Trung bình mỗi câu');
    await expect(dung).toContainText('Mức tối thiểu mỗi câu');
    await expectAccessible(page, 'integrity flags');
    await snap(page, testInfo, 'judge-flags');
    await dung.getByRole('radio', { name: 'Xác nhận vi phạm: loại bài thi này khỏi xếp hạng' }).check();
    await dung.getByLabel('Lý do').fill('Trả lời 4 câu trong vài giây: không thể đọc kịp câu hỏi.');
    await dung.getByRole('button', { name: /^Ghi quyết định/ }).click();
    await expect(page.getByText('Đã xác nhận vi phạm “Làm bài nhanh bất thường” của Phạm Thị Dung.')).toBeVisible();

    // Item analysis after the close.
    await page.getByRole('navigation', { name: 'Công việc của đợt thi' }).getByRole('link', { name: 'Phân tích câu hỏi' }).click();
    await expect(page.getByRole('table', { name: 'Thống kê từng câu hỏi của đợt thi' })).toBeVisible();
    await expectAccessible(page, 'item analysis');

    // The judge freezes the round's ranking and approves it: the disqualified entrant is not in it.
    await page.getByRole('link', { name: 'Quay lại cuộc thi' }).click();
    await page.getByRole('link', { name: 'Xem các bản chốt kết quả' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Kết quả: ${contest.title}` })).toBeVisible();
    await expect(page.getByText('Chưa có bản chốt nào.')).toBeVisible();
    await page.getByLabel('Phạm vi').selectOption(String(round.id));
    await page.getByRole('button', { name: 'Tạo bản chốt' }).click();
    const detail = page.getByTestId('snapshot-detail');
    await expect(detail).toBeVisible();
    await expect(page.getByText(/^Đã tạo bản chốt/)).toBeVisible();
    const ranking = page.getByTestId('snapshot-ranking');
    await expect(ranking.getByRole('row', { name: /Trần Thị Bình/ })).toContainText('7,5');
    await expect(ranking.getByRole('row', { name: /Trần Thị Bình/ })).toContainText('Giải Nhất');
    await expect(ranking).not.toContainText('Phạm Thị Dung');
    await expect(page.getByTestId('snapshot-hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expectAccessible(page, 'snapshot');
    await snap(page, testInfo, 'judge-snapshot');
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const approve = page.getByRole('dialog', { name: 'Phê duyệt bản chốt' });
    await approve.getByLabel(/Ghi chú/).fill('Đã đối chiếu với bài làm.');
    await expectAccessible(page, 'approve dialog');
    await approve.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(page.getByText('Đã phê duyệt bản chốt.')).toBeVisible();
    await expect(page.getByText('Bạn đã phê duyệt bản chốt này.')).toBeVisible();
    await expect(detail).toContainText('1/1 giám khảo');
    const snapshotUrl = new URL(page.url()).pathname;
    const snapshotId = snapshotUrl.split('/').at(-1) ?? '';
    await signOut(page);

    // The organizer publishes it from the contest's page, then downloads the winners.
    await signIn(page, 'organizer@demo.local');
    await page.goto(`/organizer/contests/${contest.id}`);
    await page.getByRole('link', { name: 'Chốt, phê duyệt và công bố kết quả' }).click();
    await page.getByTestId('snapshot-list').getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/organizer/contests/${contest.id}/results/${snapshotId}$`));
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    const publish = page.getByRole('dialog', { name: 'Công bố kết quả?' });
    await publish.getByRole('button', { name: 'Công bố' }).click();
    await expect(page.getByText('Đã công bố kết quả.')).toBeVisible();
    await expect(detail.getByText('Đã công bố', { exact: true })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Danh sách đạt giải (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await expect(page.getByRole('button', { name: 'Giấy chứng nhận của người đạt giải (.zip)' })).toBeVisible();
    await expectAccessible(page, 'published snapshot');
    await snap(page, testInfo, 'organizer-published-snapshot');

    // The public endpoint now serves this very snapshot.
    const published = (await (await request.get(`/api/v1/rounds/${round.id}/results`)).json()) as PublishedResults;
    expect(published.snapshotId).toBe(snapshotId);
    expect(published.blocks.flatMap((b) => b.entries.map((e) => e.name))).toEqual(['Trần Thị Bình']);
  });
});
