import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Attempt, CertificateSummary, ResultSnapshot } from '@reform-quiz/contracts';
import { expectAccessible } from './support/accessibility';
import { apiAs, contestWithOpenRound, singleChoice, snap } from './support/fixtures';

const SOURCE = { document: 'Nghị định 61/2018/NĐ-CP', article: 'Điều 4', date: '2018-04-23' };
const OPTIONS: [string, ...string[]] = ['Sở Nội vụ, bộ phận một cửa', 'Sở Tư pháp', 'Sở Tài chính'];

/** A contest with one short self-paced round of two single-choice questions (no essay waits for a judge), and the round's key. */
async function contestWithShortRound(request: APIRequestContext, stamp: number) {
  const { organizer, contest, round, questions } = await contestWithOpenRound(request, {
    title: `Cuộc thi công bố kết quả ${stamp}`,
    questions: [singleChoice(`Cơ quan nào tham mưu cải cách hành chính cấp tỉnh? (${stamp})`, OPTIONS, SOURCE), singleChoice(`Cơ chế một cửa áp dụng ở đâu? (${stamp})`, OPTIONS, SOURCE)],
    round: { title: 'Tuần ngắn', timeLimitSeconds: 600, blueprint: [{ topic: 'procedures', difficulty: 'easy', count: 2 }] },
  });
  const key = new Map(questions.map((q) => [q.id, q.options.filter((o) => o.isCorrect).map((o) => o.id)]));
  return { organizer, contest, round, key };
}

/** One entrant's whole attempt through the API: `right` questions answered right, the rest wrong. */
async function play(request: APIRequestContext, login: string, roundId: number, key: Map<string, string[]>, right: number): Promise<Attempt> {
  const entrant = await apiAs(request, login, `e2e-device-${login.replace(/[^A-Za-z0-9]/g, '-')}`);
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
    const judge = await apiAs(request, 'judge@demo.local');
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
    const an = await apiAs(request, 'entrant1@demo.local');
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
