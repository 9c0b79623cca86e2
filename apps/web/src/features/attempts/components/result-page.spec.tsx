import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Attempt } from '@reform-quiz/contracts';
import { aContest, anAttempt } from '../../../testing/attempt-fixtures';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { answerStorageKey } from '../api/answer-queue';
import { ResultPage } from './result-page';

const finished = (overrides: Partial<Attempt> = {}) =>
  anAttempt({
    status: 'submitted',
    submittedAt: '2018-05-07T01:04:12.000Z',
    answers: [
      { questionId: 'q-1', optionIds: ['o-1'], text: null, clientSeq: 3, savedAt: '2018-05-07T01:01:00.000Z' },
      { questionId: 'q-3', optionIds: null, text: 'một cửa', clientSeq: 9, savedAt: '2018-05-07T01:03:00.000Z' },
    ],
    prediction: 120,
    result: { score: 1, maxScore: 3, correctCount: 1, questionCount: 3, durationMs: 252_000 },
    ...overrides,
  });

function renderResult(attempt: Attempt) {
  vi.stubGlobal('fetch', fakeApi({ 'GET /attempts/a-1': () => jsonResponse(attempt), 'GET /contests/1': () => jsonResponse(aContest()) }));
  renderWithProviders(
    <Routes>
      <Route path="/attempts/:id/result" element={<ResultPage />} />
      <Route path="/attempts/:id" element={<p>màn hình làm bài</p>} />
    </Routes>,
    { route: '/attempts/a-1/result' },
  );
}

describe('result page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('shows score, correct count, time and prediction now, and says when the answers will be published', async () => {
    localStorage.setItem(answerStorageKey('a-1'), '{"v":1,"answers":{}}');
    renderResult(finished());
    const summary = await screen.findByTestId('result-summary');
    expect(summary.textContent).toContain('Điểm1/3');
    expect(summary.textContent).toContain('Số câu đúng1/3');
    expect(summary.textContent).toContain('Thời gian làm bài4 phút 12 giây');
    expect(summary.textContent).toContain('Dự đoán của bạn120');
    expect(await screen.findByText(/sẽ được công bố sau khi đợt thi kết thúc, lúc/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem bảng xếp hạng' }).getAttribute('href')).toBe('/rounds/1/leaderboard?contest=1');
    expect(screen.getByRole('link', { name: 'Thi lượt khác' }).getAttribute('href')).toBe('/contests/1');
    // Nothing kept on the phone for a finished attempt.
    expect(localStorage.getItem(answerStorageKey('a-1'))).toBeNull();
  });

  it('once the round has closed, reviews each question: your answer, the right one, why, and the legal source', async () => {
    renderResult(
      finished({
        review: [
          {
            questionId: 'q-1',
            correctOptionIds: ['o-2'],
            acceptedAnswers: [],
            correct: false,
            pointsAwarded: 0,
            explanation: 'Sở Nội vụ là cơ quan **thường trực** về cải cách hành chính.',
            source: { document: 'Nghị định 24/2014/NĐ-CP', article: 'Điều 9', date: '2014-04-04' },
          },
          { questionId: 'q-2', correctOptionIds: ['o-3', 'o-4'], acceptedAnswers: [], correct: false, pointsAwarded: 0, explanation: null, source: null },
          { questionId: 'q-3', correctOptionIds: [], acceptedAnswers: ['một cửa', 'một cửa liên thông'], correct: true, pointsAwarded: 1, explanation: null, source: null },
        ],
      }),
    );
    const items = await screen.findAllByRole('listitem');
    const first = items[0];
    expect(within(first).getByRole('heading', { name: /Câu 1.*Sai/ })).toBeTruthy();
    expect(within(first).getByText('Sở Tư pháp')).toBeTruthy(); // the entrant's answer (A)
    expect(within(first).getByText('Sở Nội vụ')).toBeTruthy(); // the right one (B)
    expect(within(first).getByText('thường trực').tagName).toBe('STRONG');
    expect(within(first).getByText('Nghị định 24/2014/NĐ-CP, Điều 9, 4 tháng 4, 2014')).toBeTruthy();
    expect(within(items[items.length - 1]).getByText('một cửa; một cửa liên thông')).toBeTruthy();
    expect(within(items[items.length - 1]).getByRole('heading', { name: /Câu 3.*Đúng/ })).toBeTruthy();
    expect(screen.queryByText(/sẽ được công bố/)).toBeNull();
  });

  it('says an attempt that ran out of time was scored with what was saved in time', async () => {
    renderResult(finished({ status: 'expired' }));
    expect(await screen.findByText('Đã hết giờ làm bài. Bài thi được chấm với các câu trả lời đã lưu trước hạn.')).toBeTruthy();
  });

  it('sends an attempt still in progress back to its screen', async () => {
    renderResult(anAttempt());
    expect(await screen.findByText('màn hình làm bài')).toBeTruthy();
  });
});
