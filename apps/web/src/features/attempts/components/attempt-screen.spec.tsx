import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Attempt } from '@reform-quiz/contracts';
import { serverClock } from '../../../lib/server-clock';
import { aContest, anAttempt } from '../../../testing/attempt-fixtures';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { answerStorageKey } from '../api/answer-queue';
import { AttemptPage } from './attempt-page';

type Outcome = Response | 'offline';

interface Options {
  attempt?: Attempt;
  /** What each PUT of an answer gets; default: an ack of what was sent. */
  answer?: (body: { clientSeq: number }) => Outcome;
  submit?: (body: unknown) => Response;
  /** The attempt as GET returns it on later calls (after the server finalised it, say). */
  later?: Attempt;
}

function renderAttempt({ attempt = anAttempt(), answer, submit, later }: Options = {}) {
  let gets = 0;
  const answerRoute = ({ url, init }: { url: URL; init: RequestInit }) => {
    const body = JSON.parse(String(init.body)) as { clientSeq: number };
    const outcome = answer?.(body);
    if (outcome === 'offline') throw new TypeError('Failed to fetch');
    const questionId = url.pathname.split('/').pop();
    return outcome ?? jsonResponse({ questionId, clientSeq: body.clientSeq, savedAt: new Date().toISOString(), serverNow: new Date().toISOString() });
  };
  const fetchMock = fakeApi({
    'GET /attempts/a-1': () => jsonResponse(gets++ > 0 && later ? later : attempt),
    'GET /contests/1': () => jsonResponse(aContest()),
    'PUT /attempts/a-1/answers/q-1': answerRoute,
    'PUT /attempts/a-1/answers/q-2': answerRoute,
    'PUT /attempts/a-1/answers/q-3': answerRoute,
    'POST /attempts/a-1/submit': ({ init }) => {
      const body = JSON.parse(String(init.body)) as unknown;
      return submit?.(body) ?? jsonResponse({ ...attempt, status: 'submitted', result: { score: 1, maxScore: 3, correctCount: 1, questionCount: 3, durationMs: 60_000 } });
    },
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/attempts/:id" element={<AttemptPage />} />
      <Route path="/attempts/:id/result" element={<p>trang kết quả</p>} />
    </Routes>,
    { route: '/attempts/a-1' },
  );
  const calls = (method: string, path: string) =>
    fetchMock.mock.calls
      .map(([url, init]) => ({ url: String(url), method: (init as RequestInit | undefined)?.method ?? 'GET', body: (init as RequestInit | undefined)?.body }))
      .filter((call) => call.method === method && call.url.startsWith(`/api/v1${path}`))
      .map((call) => (call.body ? (JSON.parse(String(call.body)) as unknown) : undefined));
  return { fetchMock, calls };
}

const nav = (n: number) => screen.getByTestId(`nav-question-${n}`);
const navName = (n: number) => nav(n).textContent?.replace(/[✓!]/g, '').trim();

describe('attempt screen', () => {
  beforeEach(() => {
    localStorage.clear();
    serverClock.reset();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('saves an answer on its own call and marks it answered and saved in the navigator', async () => {
    const { calls } = renderAttempt();
    await screen.findByRole('heading', { name: 'Câu 1/3' });
    expect(navName(1)).toBe('Câu 1, chưa trả lời');
    expect(screen.getByText('Đã trả lời 0/3')).toBeTruthy();

    fireEvent.click(screen.getAllByRole('radio')[1]);
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toContain('Đã lưu'));
    expect(nav(1).getAttribute('data-answered')).toBe('true');
    expect(navName(1)).toBe('Câu 1, đã trả lời');
    expect(nav(1).getAttribute('aria-current')).toBe('step');
    expect(screen.getByText('Đã trả lời 1/3')).toBeTruthy();
    expect(calls('PUT', '/attempts/a-1/answers/q-1')).toEqual([{ optionIds: ['o-2'], clientSeq: expect.any(Number) }]);
  });

  it('moves between questions with focus on the question heading, and hints at multiple answers', async () => {
    renderAttempt();
    await screen.findByRole('heading', { name: 'Câu 1/3' });
    expect((screen.getByRole('button', { name: 'Câu trước' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Câu sau' }));
    const heading = await screen.findByRole('heading', { name: 'Câu 2/3' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Câu hỏi chọn nhiều đáp án')).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);

    fireEvent.click(nav(3));
    expect(await screen.findByRole('textbox', { name: 'Câu trả lời của bạn' })).toBeTruthy();
    expect(nav(3).getAttribute('aria-current')).toBe('step');
  });

  it('asks before submitting with the count of unanswered questions, and sends the prediction', async () => {
    const { calls } = renderAttempt();
    await screen.findByRole('heading', { name: 'Câu 1/3' });
    fireEvent.click(screen.getAllByRole('radio')[0]);
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toContain('Đã lưu'));

    fireEvent.click(screen.getByRole('button', { name: 'Nộp bài' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nộp bài thi?' });
    expect(within(dialog).getByText('Bạn đã trả lời 1/3 câu.')).toBeTruthy();
    expect(within(dialog).getByTestId('unanswered-count').textContent).toBe('Còn 2 câu chưa trả lời.');
    expect(calls('POST', '/attempts/a-1/submit')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/Theo bạn, có bao nhiêu người/), { target: { value: '1.250' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp bài' }));
    expect(await screen.findByText('trang kết quả')).toBeTruthy();
    expect(calls('POST', '/attempts/a-1/submit')).toEqual([{ prediction: 1250 }]);
  });

  it('refuses an invalid prediction without submitting', async () => {
    const { calls } = renderAttempt();
    await screen.findByRole('heading', { name: 'Câu 1/3' });
    fireEvent.click(screen.getByRole('button', { name: 'Nộp bài' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Theo bạn/), { target: { value: 'khoảng 100' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp bài' }));
    expect(await within(dialog).findByText(/Hãy nhập một số nguyên không âm/)).toBeTruthy();
    expect(calls('POST', '/attempts/a-1/submit')).toEqual([]);
  });

  it('will not submit over unsent answers unless the entrant insists', async () => {
    const { calls } = renderAttempt({ answer: () => 'offline' });
    await screen.findByRole('heading', { name: 'Câu 1/3' });
    fireEvent.click(screen.getAllByRole('radio')[0]);
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toContain('Chưa gửi được — sẽ thử lại'));
    expect(screen.getByTestId('offline-banner').textContent).toContain('Mất kết nối — câu trả lời được giữ lại và sẽ gửi khi có mạng');
    expect(nav(1).getAttribute('data-unsent')).toBe('true');
    expect(navName(1)).toBe('Câu 1, đã trả lời, chưa gửi được');
    // Kept on the device meanwhile.
    expect(JSON.parse(localStorage.getItem(answerStorageKey('a-1')) ?? '{}')).toMatchObject({ answers: { 'q-1': { optionIds: ['o-1'] } } });

    fireEvent.click(screen.getByRole('button', { name: 'Nộp bài' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp bài' }));
    expect(await within(dialog).findByText(/Còn 1 câu trả lời chưa gửi được lên máy chủ/)).toBeTruthy();
    expect(calls('POST', '/attempts/a-1/submit')).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Vẫn nộp bài' }));
    expect(await screen.findByText('trang kết quả')).toBeTruthy();
    expect(calls('POST', '/attempts/a-1/submit')).toHaveLength(1);
  });

  it('submits by itself at zero, after sending what is waiting, and shows the result even when the server says it expired', async () => {
    const deadline = Date.now() + 2_000;
    const attempt = anAttempt({ deadlineAt: new Date(deadline).toISOString() });
    const { fetchMock, calls } = renderAttempt({
      attempt,
      submit: () => jsonResponse({ error: { code: 'ATTEMPT_EXPIRED', message: 'too late' } }, 409),
      later: { ...attempt, status: 'expired', result: { score: 0, maxScore: 3, correctCount: 0, questionCount: 3, durationMs: 1_500 } },
    });
    await screen.findByRole('heading', { name: 'Câu 1/3' });
    fireEvent.click(nav(3));
    const box = await screen.findByRole('textbox', { name: 'Câu trả lời của bạn' });
    // Typed just before the bell: the pause that would send it (600 ms) ends after the deadline.
    await new Promise((resolve) => setTimeout(resolve, deadline - Date.now() - 350));
    fireEvent.change(box, { target: { value: 'Một cửa' } });

    expect(await screen.findByText('trang kết quả', undefined, { timeout: 5_000 })).toBeTruthy();
    // The debounced text went out before the submit.
    const order = fetchMock.mock.calls.map(([url, init]) => `${(init as RequestInit | undefined)?.method ?? 'GET'} ${String(url)}`);
    const put = order.indexOf('PUT /api/v1/attempts/a-1/answers/q-3');
    const post = order.indexOf('POST /api/v1/attempts/a-1/submit');
    expect(put).toBeGreaterThan(-1);
    expect(post).toBeGreaterThan(put);
    expect(calls('POST', '/attempts/a-1/submit')).toEqual([{}]);
  });

  it('resumes after a reload: the server answers plus what this device had not sent, at the first open question', async () => {
    localStorage.setItem(answerStorageKey('a-1'), JSON.stringify({ v: 1, answers: { 'q-2': { optionIds: ['o-3', 'o-4'], clientSeq: 7 } } }));
    const attempt = anAttempt({ answers: [{ questionId: 'q-1', optionIds: ['o-2'], text: null, clientSeq: 3, savedAt: new Date().toISOString() }] });
    const { calls } = renderAttempt({ attempt });
    expect(await screen.findByRole('heading', { name: 'Câu 3/3' })).toBeTruthy();
    expect(navName(1)).toBe('Câu 1, đã trả lời');
    expect(navName(2)).toContain('Câu 2, đã trả lời');
    await waitFor(() => expect(calls('PUT', '/attempts/a-1/answers/q-2')).toEqual([{ optionIds: ['o-3', 'o-4'], clientSeq: 7 }]));
  });

  it('goes to the result when the attempt is already finished', async () => {
    renderAttempt({ attempt: anAttempt({ status: 'submitted' }) });
    expect(await screen.findByText('trang kết quả')).toBeTruthy();
  });
});
