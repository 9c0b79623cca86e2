import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Attempt, PublishedResults, QuestionInput } from '@reform-quiz/contracts';
import { expectAccessible } from './support/accessibility';
import { apiAs, contestWithOpenRound, singleChoice, snap } from './support/fixtures';
import { signIn, signOut } from './support/session';

const SOURCE = { document: 'Nghị quyết 30c/NQ-CP', article: 'Điều 1', date: '2011-11-08' };
const ONE_STOP: [string, ...string[]] = ['Bộ phận tiếp nhận và trả kết quả (một cửa)', 'Văn phòng Hội đồng nhân dân', 'Sở Tài chính'];

/** A contest whose open round draws three single-choice questions (the first option right) and one essay. */
function contestWithEssayRound(request: APIRequestContext, stamp: number) {
  const essay: QuestionInput = {
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
  };
  return contestWithOpenRound(request, {
    title: `Cuộc thi chấm tự luận e2e ${stamp}`,
    questions: [
      singleChoice(`Hồ sơ thủ tục hành chính được tiếp nhận ở đâu? (${stamp}-1)`, ONE_STOP, SOURCE),
      singleChoice(`Kết quả giải quyết thủ tục được trả ở đâu? (${stamp}-2)`, ONE_STOP, SOURCE),
      singleChoice(`Nơi hướng dẫn người dân chuẩn bị hồ sơ? (${stamp}-3)`, ONE_STOP, SOURCE),
      essay,
    ],
    round: {
      title: 'Tuần chấm thi',
      timeLimitSeconds: 1200,
      blueprint: [
        { topic: 'procedures', difficulty: 'easy', count: 3 },
        { topic: 'civil_service', difficulty: 'medium', count: 1 },
      ],
      essayJudges: 1,
      appealDays: 3,
    },
  });
}

/** One entrant's whole attempt through the API, answered at machine speed: `right` choice questions right, the essay written. */
async function play(request: APIRequestContext, login: string, roundId: number, right: number, essay: string): Promise<Attempt> {
  const entrant = await apiAs(request, login);
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
    const organizer = await apiAs(request, 'organizer@demo.local');
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
