import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Appeal, Attempt, QuestionReview } from '@reform-quiz/contracts';
import { aContest, anAttempt, aRound } from '../../../testing/attempt-fixtures';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ResultPage } from './result-page';

const DAY = 86_400_000;

const review: QuestionReview[] = [
  { questionId: 'q-1', correctOptionIds: ['o-2'], acceptedAnswers: [], correct: false, pointsAwarded: 0, explanation: null, source: null },
  { questionId: 'q-2', correctOptionIds: ['o-3', 'o-4'], acceptedAnswers: [], correct: true, pointsAwarded: 1, explanation: null, source: null },
  { questionId: 'q-3', correctOptionIds: [], acceptedAnswers: ['một cửa'], correct: true, pointsAwarded: 1, explanation: null, source: null },
];

const closedAttempt = (overrides: Partial<Attempt> = {}) =>
  anAttempt({
    status: 'submitted',
    submittedAt: new Date(Date.now() - 2 * DAY).toISOString(),
    result: { score: 2, maxScore: 3, correctCount: 2, questionCount: 3, durationMs: 252_000 },
    review,
    ...overrides,
  });

const appeal = (overrides: Partial<Appeal> = {}): Appeal => ({
  id: 'ap-1',
  roundId: 1,
  attemptId: 'a-1',
  question: { id: 'q-1', stem: 'Cơ quan nào tham mưu **cải cách hành chính** cấp tỉnh?' },
  text: 'Theo Nghị định 24/2014/NĐ-CP, đáp án A cũng đúng.',
  status: 'open',
  decision: null,
  response: null,
  createdAt: new Date(Date.now() - DAY).toISOString(),
  decidedAt: null,
  ...overrides,
});

function renderResult({ attempt = closedAttempt(), closedDaysAgo = 1, appealDays = 3, appeals = [] as Appeal[], onFile = vi.fn() } = {}) {
  let stored = appeals;
  vi.stubGlobal(
    'fetch',
    fakeApi({
      'GET /attempts/a-1': () => jsonResponse(attempt),
      'GET /contests/1': () => jsonResponse(aContest({ rounds: [aRound({ phase: 'closed', closesAt: new Date(Date.now() - closedDaysAgo * DAY).toISOString(), appealDays })] })),
      'GET /attempts/a-1/appeals': () => jsonResponse(stored),
      'POST /attempts/a-1/appeals': ({ init }) => {
        const body = JSON.parse(String(init.body)) as { questionId: string; text: string };
        onFile(body);
        const created = appeal({ id: 'ap-9', question: { id: body.questionId, stem: 'Câu hỏi' }, text: body.text, createdAt: new Date().toISOString() });
        stored = [...stored, created];
        return jsonResponse(created, 201);
      },
    }),
  );
  renderWithProviders(
    <Routes>
      <Route path="/attempts/:id/result" element={<ResultPage />} />
    </Routes>,
    { route: '/attempts/a-1/result' },
  );
}

describe('appeals from the result page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('files an appeal on a question within the window, after checking its length', async () => {
    const onFile = vi.fn();
    renderResult({ onFile });
    const appeals = await screen.findByTestId('appeals');
    expect(await within(appeals).findByText(/bạn có thể gửi khiếu nại về câu đó đến hết/)).toBeTruthy();
    expect(within(appeals).getByText('Bạn chưa gửi khiếu nại nào về bài thi này.')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: /^Khiếu nại câu này\s*— Câu 1$/ }));
    const field = screen.getByRole('textbox', { name: /Nội dung khiếu nại/ });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Sai rồi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi khiếu nại' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Nội dung khiếu nại cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(onFile).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: '  Theo Điều 9 Nghị định 24/2014/NĐ-CP, đáp án A cũng đúng.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi khiếu nại' }));
    await waitFor(() => expect(onFile).toHaveBeenCalledWith({ questionId: 'q-1', text: 'Theo Điều 9 Nghị định 24/2014/NĐ-CP, đáp án A cũng đúng.' }));
    expect(await screen.findByText(/Đã gửi khiếu nại về câu 1\./)).toBeTruthy();
    expect(document.activeElement?.textContent).toContain('Bạn đã khiếu nại câu này.');
    expect(await within(appeals).findByText('Đang chờ trả lời')).toBeTruthy();
    // The other questions can still be appealed.
    expect(screen.getByRole('button', { name: /^Khiếu nại câu này\s*— Câu 2$/ })).toBeTruthy();
  });

  it('shows the jury’s answer and decision on an appeal', async () => {
    renderResult({
      appeals: [appeal({ status: 'answered', decision: 'void_credit', response: 'Chấp nhận: câu hỏi có hai đáp án đúng.', decidedAt: new Date().toISOString() })],
    });
    const appeals = await screen.findByTestId('appeals');
    const item = await within(appeals).findByRole('listitem');
    expect(within(item).getByRole('heading', { name: /Câu 1.*Đã trả lời/ })).toBeTruthy();
    expect(item.textContent).toContain('Hủy câu hỏi: tính điểm câu này cho mọi thí sinh');
    expect(item.textContent).toContain('Chấp nhận: câu hỏi có hai đáp án đúng.');
    expect(item.textContent).toContain('Bài thi đã được chấm lại theo quyết định này.');
    expect(await screen.findByRole('link', { name: 'Xem khiếu nại' })).toHaveProperty('hash', '#appeal-ap-1');
  });

  it('offers no new appeal once the window is over, but keeps showing the answers', async () => {
    renderResult({ closedDaysAgo: 5, appealDays: 3, appeals: [appeal()] });
    expect(await screen.findByText(/Đã hết thời hạn khiếu nại của đợt thi này/)).toBeTruthy();
    expect(await screen.findByText('Đang chờ trả lời')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Khiếu nại câu này/ })).toBeNull();
  });

  it('has no appeals for a practice attempt', async () => {
    renderResult({ attempt: closedAttempt({ practice: true }) });
    expect(await screen.findByTestId('result-summary')).toBeTruthy();
    await screen.findAllByRole('heading', { name: /Câu 1/ });
    expect(screen.queryByTestId('appeals')).toBeNull();
  });
});
