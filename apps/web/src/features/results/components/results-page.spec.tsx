import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { PublishedResults, ResultEntry } from '@reform-quiz/contracts';
import { aContest, aRound } from '../../../testing/attempt-fixtures';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ResultsPage } from './results-page';

const line = (rank: number, name: string, prize: ResultEntry['prize'], unit = 'Sở Nội vụ'): ResultEntry => ({ rank, name, unit, score: 10 - rank / 2, durationMs: 185_300, prize });

function published(overrides: Partial<PublishedResults> = {}): PublishedResults {
  return {
    snapshotId: 's-1',
    contestId: 1,
    roundId: 1,
    title: 'Cuộc thi tìm hiểu cải cách hành chính — Tuần 1',
    hash: '3f2a9c1e77b04d6a3f2a9c1e77b04d6a3f2a9c1e77b04d6a3f2a9c1e77b04d6a',
    publishedAt: '2018-05-14T03:00:00.000Z',
    blocks: [
      { category: 'civil_servant', entries: [line(1, 'Nguyễn Văn An', 'first'), line(2, 'Lê Văn Cường', 'second'), line(3, 'Hoàng Minh Đức', null)] },
      { category: 'citizen', entries: [line(1, 'Trần Thị Bình', 'first', 'Thành phố Hội An')] },
    ],
    collective: null,
    ...overrides,
  };
}

function renderPage(route: string, routes: Parameters<typeof fakeApi>[0]) {
  vi.stubGlobal('fetch', fakeApi({ 'GET /contests/1': () => jsonResponse(aContest({ rounds: [aRound({ phase: 'closed' })] })), ...routes }));
  return renderWithProviders(
    <Routes>
      <Route path="/rounds/:id/results" element={<ResultsPage scope="round" />} />
      <Route path="/contests/:id/results" element={<ResultsPage scope="contest" />} />
    </Routes>,
    { route },
  );
}

describe('public results page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each block’s winners and ranking, the approval and the content hash', async () => {
    renderPage('/rounds/1/results?contest=1', { 'GET /rounds/1/results': () => jsonResponse(published()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kết quả chính thức — Tuần 1' })).toBeTruthy();
    const servants = screen.getByTestId('results-block-civil_servant');
    expect(within(servants).getByRole('heading', { level: 2, name: 'Khối cán bộ, công chức, viên chức (CBCCVC)' })).toBeTruthy();
    const winners = within(servants).getByTestId('results-winners');
    expect(within(winners).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      expect.stringContaining('Nguyễn Văn AnSở Nội vụGiải Nhất'),
      expect.stringContaining('Lê Văn CườngSở Nội vụGiải Nhì'),
    ]);
    expect(within(servants).getByRole('table', { name: 'Bảng xếp hạng đầy đủ — Khối cán bộ, công chức, viên chức (CBCCVC)' })).toBeTruthy();
    expect(screen.getByTestId('results-block-citizen').textContent).toContain('Trần Thị Bình');
    expect(screen.getByTestId('results-stamp').textContent).toContain('Đã được Ban giám khảo phê duyệt và công bố lúc');
    expect(screen.getByTestId('results-hash').textContent).toBe('3f2a9c1e 77b04d6a 3f2a9c1e 77b04d6a 3f2a9c1e 77b04d6a 3f2a9c1e 77b04d6a');
    expect(screen.getByRole('link', { name: 'Xem bảng xếp hạng' }).getAttribute('href')).toBe('/rounds/1/leaderboard?contest=1');
    expect(screen.getByRole('link', { name: 'Xem thống kê' }).getAttribute('href')).toBe('/contests/1/statistics?round=1');
  });

  it('says plainly when nothing is published yet, and points to the leaderboard', async () => {
    renderPage('/rounds/1/results?contest=1', {
      'GET /rounds/1/results': () => jsonResponse({ error: { code: 'RESULTS_NOT_PUBLISHED', message: 'no' } }, 404),
    });
    expect(await screen.findByText('Kết quả chưa được công bố')).toBeTruthy();
    expect(screen.getByText(/sau khi đợt thi kết thúc và Ban giám khảo phê duyệt/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem bảng xếp hạng' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains another failure and lets the visitor try again', async () => {
    let calls = 0;
    renderPage('/contests/1/results', {
      'GET /contests/1/results': () => (++calls === 1 ? jsonResponse({ error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } }, 503) : jsonResponse(published({ roundId: null }))),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được kết quả.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kết quả chung cuộc' })).toBeTruthy();
    expect((await screen.findAllByTestId('results-winners')).length).toBe(2);
  });

  it('shows the collective prizes with rates, and the closed rounds’ own results', async () => {
    renderPage('/contests/1/results', {
      'GET /contests/1/results': () =>
        jsonResponse(
          published({
            roundId: null,
            collective: [
              { unitId: 7, unit: 'Huyện Nông Sơn', entrants: 150, headcount: 1000, rate: 0.15, meanScore: 7.25, rank: 1, awarded: true },
              { unitId: 8, unit: 'Thành phố Tam Kỳ', entrants: 3, headcount: 12_000, rate: 0.00025, meanScore: 8, rank: 2, awarded: false },
            ],
          }),
        ),
    });
    const collective = await screen.findByTestId('results-collective');
    const rows = within(collective).getAllByRole('row').slice(1);
    expect(rows[0].textContent).toContain('Huyện Nông Sơn');
    expect(rows[0].textContent).toContain('Đạt giải');
    expect(rows[0].textContent).toContain('15%');
    expect(rows[0].textContent).toContain('150/1.000');
    expect(rows[1].textContent).toContain('0,03%');
    expect(rows[1].textContent).not.toContain('Đạt giải');
    expect(await screen.findByRole('link', { name: 'Tuần 1' })).toHaveProperty('pathname', '/rounds/1/results');
  });

  it('shows a long ranking fifty lines at a time', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => line(i + 1, `Thí sinh ${i + 1}`, i === 0 ? 'first' : null));
    renderPage('/rounds/1/results?contest=1', { 'GET /rounds/1/results': () => jsonResponse(published({ blocks: [{ category: null, entries }] })) });
    const ranking = await screen.findByRole('table', { name: 'Bảng xếp hạng đầy đủ — Tất cả thí sinh' });
    expect(within(ranking).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('Đang hiện 50/120 thí sinh.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hiện thêm 50 thí sinh' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hiện thêm 20 thí sinh' }));
    expect(within(ranking).getAllByRole('row')).toHaveLength(121);
    expect(screen.queryByRole('button', { name: /Hiện thêm/ })).toBeNull();
  });
});
