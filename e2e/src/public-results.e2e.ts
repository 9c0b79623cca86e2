import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import type { Attempt, CertificateSummary, Contest, Question, QuestionBank, ResultSnapshot, Round } from '@reform-quiz/contracts';
import { expectAccessible } from './support/accessibility';
import { apiLogin } from './support/api';

const HOUR = 3_600_000;

/** Calls as one account; each entrant also sends a device id of its own, as the web app does. */
function caller(request: APIRequestContext, token: string, deviceId?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(deviceId && { 'x-device-id': deviceId }) };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: object): Promise<T> => {
    const res = await request.fetch(`/api/v1${url}`, { method, headers, data });
    if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  };
  return call;
}

/** A screenshot kept with the test's results (e2e/test-results), passed or failed. */
async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * A contest of its own with one short self-paced round of two approved
 * single-choice questions (a bank of its own, so no essay waits for a judge),
 * one approval required before publication.
 */
async function contestWithShortRound(request: APIRequestContext, stamp: number) {
  const organizer = caller(request, (await apiLogin(request, 'organizer@demo.local')).accessToken);
  const admin = caller(request, (await apiLogin(request, 'admin@demo.local')).accessToken);
  const bank = await organizer<QuestionBank>('POST', '/question-banks', { name: `Ngân hàng công bố kết quả ${stamp}` });
  const questions: Question[] = [];
  for (const stem of [`Cơ quan nào tham mưu cải cách hành chính cấp tỉnh? (${stamp})`, `Cơ chế một cửa áp dụng ở đâu? (${stamp})`]) {
    const q = await organizer<Question>('POST', '/questions', {
      bankId: bank.id,
      type: 'single_choice',
      stem,
      options: [
        { text: 'Sở Nội vụ, bộ phận một cửa', isCorrect: true },
        { text: 'Sở Tư pháp', isCorrect: false },
        { text: 'Sở Tài chính', isCorrect: false },
      ],
      points: 1,
      topic: 'procedures',
      difficulty: 'easy',
      explanation: null,
      source: { document: 'Nghị định 61/2018/NĐ-CP', article: 'Điều 4', date: '2018-04-23' },
      tags: [],
    });
    await organizer('POST', `/questions/${q.id}/submit`);
    questions.push(await admin<Question>('POST', `/questions/${q.id}/review`, { decision: 'approve' }));
  }
  const contest = await organizer<Contest>('POST', '/contests', {
    title: `Cuộc thi công bố kết quả ${stamp}`,
    description: 'Cuộc thi để kiểm tra trang kết quả công khai.',
    rules: 'Mỗi người thi một lượt.',
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
  const round = await organizer<Round>('POST', `/contests/${contest.id}/rounds`, {
    title: 'Tuần ngắn',
    mode: 'self_paced',
    bankId: bank.id,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + HOUR).toISOString(),
    timeLimitSeconds: 600,
    questionCount: 2,
    blueprint: [{ topic: 'procedures', difficulty: 'easy', count: 2 }],
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
    questionSeconds: 20,
    speedScoring: true,
  });
  await organizer('POST', `/contests/${contest.id}/publish`);
  const key = new Map(questions.map((q) => [q.id, q.options.filter((o) => o.isCorrect).map((o) => o.id)]));
  return { organizer, contest, round, key };
}

/** One entrant's whole attempt through the API: `right` questions answered right, the rest wrong. */
async function play(request: APIRequestContext, login: string, roundId: number, key: Map<string, string[]>, right: number): Promise<Attempt> {
  const session = await apiLogin(request, login);
  const entrant = caller(request, session.accessToken, `e2e-device-${session.user.id}`);
  const attempt = await entrant<Attempt>('POST', `/rounds/${roundId}/attempts`);
  for (const [index, q] of attempt.questions.entries()) {
    const correct = key.get(q.id) ?? [];
    const optionIds = index < right ? correct : [q.options.find((o) => !correct.includes(o.id))?.id ?? q.options[0].id];
    await entrant('PUT', `/attempts/${attempt.id}/answers/${q.id}`, { optionIds, clientSeq: 1 });
  }
  return entrant<Attempt>('POST', `/attempts/${attempt.id}/submit`, {});
}

test.describe('published results, seen by anyone on a phone', () => {
  test('a round closed, frozen, approved and published shows its winners; a winner’s certificate verifies; the statistics render', async ({ page, request }, testInfo) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const { organizer, contest, round, key } = await contestWithShortRound(request, stamp);

    // Two civil servants play: An gets both right, Cường one.
    await play(request, 'entrant1@demo.local', round.id, key, 2);
    await play(request, 'entrant3@demo.local', round.id, key, 1);

    // Before publication the public page says so.
    await page.goto(`/rounds/${round.id}/results?contest=${contest.id}`);
    await expect(page.getByText('Kết quả chưa được công bố')).toBeVisible();

    // The committee closes the round and freezes the ranking; the jury approves; the committee publishes.
    await organizer('POST', `/rounds/${round.id}/close`);
    const snapshot = await organizer<ResultSnapshot>('POST', '/result-snapshots', { contestId: contest.id, roundId: round.id });
    const judge = caller(request, (await apiLogin(request, 'judge@demo.local')).accessToken);
    await judge('POST', `/result-snapshots/${snapshot.id}/approve`, {});
    await organizer('POST', `/result-snapshots/${snapshot.id}/publish`);

    // An anonymous visitor on a phone opens the public results.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Kết quả chính thức — Tuần ngắn' })).toBeVisible();
    const servants = page.getByTestId('results-block-civil_servant');
    const winners = servants.getByTestId('results-winners');
    await expect(winners.getByRole('row', { name: /Nguyễn Văn An/ })).toContainText('Giải Nhất');
    await expect(winners.getByRole('row', { name: /Lê Văn Cường/ })).toContainText('Giải Nhì');
    await expect(page.getByTestId('results-stamp')).toContainText('Đã được Ban giám khảo phê duyệt');
    await expect(page.getByTestId('results-hash')).toHaveAttribute('data-hash', snapshot.hash);
    await expectAccessible(page, 'public results');
    await snap(page, testInfo, 'public-results');

    // The winner's certificate, as its QR code would open it.
    const an = caller(request, (await apiLogin(request, 'entrant1@demo.local')).accessToken);
    const certificates = await an<CertificateSummary[]>('GET', '/me/certificates');
    const certificate = certificates.find((c) => c.contestTitle === contest.title && c.prize === 'first');
    expect(certificate).toBeTruthy();
    await page.goto(`/verify/${certificate?.code}`);
    const verification = page.getByTestId('verification');
    await expect(verification).toHaveAttribute('data-valid', 'true');
    await expect(verification).toContainText('Giấy chứng nhận hợp lệ');
    await expect(verification).toContainText('Nguyễn Văn An');
    await expect(verification).toContainText('Giải Nhất');
    await expectAccessible(page, 'certificate verification');

    // The statistics of the contest: headline figures and accessible charts.
    await page.goto(`/contests/${contest.id}/statistics`);
    await expect(page.getByRole('heading', { level: 1, name: 'Thống kê' })).toBeVisible();
    await expect(page.getByTestId('figure-entrants')).toContainText('2');
    await expect(page.getByTestId('figure-attempts')).toContainText('2');
    await expect(page.getByRole('img', { name: /Biểu đồ cột: lượt thi theo ngày/ })).toBeVisible();
    await expect(page.getByTestId('units-bars').getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page, 'statistics');
    await snap(page, testInfo, 'statistics');
  });
});
