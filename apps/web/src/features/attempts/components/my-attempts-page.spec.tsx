import { screen, within } from '@testing-library/react';
import type { AttemptSummary } from '@reform-quiz/contracts';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { MyAttemptsPage } from './my-attempts-page';

const summary = (overrides: Partial<AttemptSummary>): AttemptSummary => ({
  id: 'a-1',
  roundId: 1,
  roundTitle: 'Tuần 1',
  contestId: 1,
  contestTitle: 'Cuộc thi năm 2018',
  number: 1,
  status: 'submitted',
  startedAt: '2018-05-07T01:00:00.000Z',
  submittedAt: '2018-05-07T01:05:00.000Z',
  result: { score: 8, maxScore: 10, correctCount: 8, questionCount: 10, durationMs: 300_000 },
  practice: false,
  counted: false,
  ...overrides,
});

describe('my attempts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists attempts newest first with status, score, counted and practice markers, and the right links', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /me/attempts': () =>
          jsonResponse([
            summary({ id: 'a-1', counted: true }),
            summary({ id: 'a-2', number: 2, startedAt: '2018-05-08T01:00:00.000Z', status: 'in_progress', result: null, submittedAt: null }),
            summary({ id: 'a-3', roundId: 2, roundTitle: 'Thi thử', practice: true, startedAt: '2018-05-06T01:00:00.000Z' }),
          ]),
      }),
    );
    renderWithProviders(<MyAttemptsPage />);
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['Tuần 1 — lượt 2', 'Tuần 1 — lượt 1', 'Thi thử — lượt 1']);
    const [open, counted, practice] = screen.getAllByRole('listitem');
    expect(within(open).getByText('Đang làm')).toBeTruthy();
    expect(within(open).getByRole('link', { name: 'Tiếp tục làm bài' }).getAttribute('href')).toBe('/attempts/a-2');
    expect(within(counted).getByText('Được tính xếp hạng')).toBeTruthy();
    expect(within(counted).getByText('Điểm: 8/10')).toBeTruthy();
    expect(within(counted).getByRole('link', { name: 'Xem kết quả' }).getAttribute('href')).toBe('/attempts/a-1/result');
    expect(within(practice).getByText('Thi thử')).toBeTruthy();
    expect(within(practice).queryByText('Được tính xếp hạng')).toBeNull();
    expect(within(practice).queryByRole('link', { name: 'Bảng xếp hạng' })).toBeNull();
  });
});
