import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { Leaderboard } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aLeaderboard, aRound } from '../../../testing/attempt-fixtures';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { aSnapshot } from '../../../testing/live-fixtures';
import { stubServer } from '../../../testing/stub-socket';
import { leaderboardQueryOptions } from '../api/get-leaderboard';
import { LeaderboardPage } from './leaderboard-page';

vi.mock('socket.io-client', () => import('../../../testing/stub-socket-io'));

function Url() {
  const { pathname, search } = useLocation();
  return <output data-testid="url">{pathname + search}</output>;
}

function renderBoard(board: (url: URL) => Leaderboard, route = '/rounds/1/leaderboard?contest=1', contest = aContest()) {
  const fetchMock = fakeApi({
    'GET /rounds/1/leaderboard': ({ url }) => jsonResponse(board(url)),
    'GET /contests/1/leaderboard': ({ url }) => jsonResponse(board(url)),
    'GET /contests/1': () => jsonResponse(contest),
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route
        path="/rounds/:id/leaderboard"
        element={
          <>
            <LeaderboardPage scope="round" />
            <Url />
          </>
        }
      />
      <Route path="/contests/:id/leaderboard" element={<LeaderboardPage scope="contest" />} />
    </Routes>,
    { route },
  );
  const requested = () => fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/leaderboard'));
  return { requested };
}

describe('leaderboard page', () => {
  beforeEach(() => {
    stubServer.reset();
    // The socket does not connect: the page falls back to polling.
    stubServer.onConnectAttempt = () => 'hold';
  });

  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('shows rank, name, unit, score and time, and highlights the signed-in entrant’s own row', async () => {
    signInAs('participant', 'u-an', 'Nguyễn Văn An');
    const me = { rank: 2, name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ', score: 9, durationMs: 240_000 };
    renderBoard(() => aLeaderboard({ me }));
    const table = await screen.findByRole('table', { name: 'Bảng xếp hạng — Tất cả' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'HạngHọ và tên, đơn vịĐiểmThời gian',
      '1Trần Thị BìnhSở Nội vụ103:05,3',
      '2Nguyễn Văn An (Bạn)Thành phố Tam Kỳ94:00,0',
      '3Lê Văn CườngHuyện Duy Xuyên94:10,0',
    ]);
    expect(rows[2].getAttribute('aria-current')).toBe('true');
    expect(rows.filter((row) => row.hasAttribute('data-me'))).toHaveLength(1);
    expect(screen.getByText('Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018 — Tuần 1')).toBeTruthy();
    const totals = screen.getByTestId('leaderboard-totals');
    expect(within(totals).getByText('3')).toBeTruthy();
    expect(within(totals).getByText('5')).toBeTruthy();
    expect(within(totals).getByText('33,3%')).toBeTruthy();
    expect(screen.getByText(/Kết quả tạm thời/)).toBeTruthy();
  });

  it('switches blocks through the URL and asks the API for that block', async () => {
    const { requested } = renderBoard((url) => aLeaderboard({ category: (url.searchParams.get('category') as 'citizen' | null) ?? null }));
    await screen.findByRole('table');
    const group = screen.getByRole('group', { name: 'Khối xếp hạng' });
    expect(within(group).getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Tất cả', 'true'],
      ['CBCCVC', 'false'],
      ['Người dân', 'false'],
    ]);
    fireEvent.click(within(group).getByRole('button', { name: 'Người dân' }));
    await waitFor(() => expect(screen.getByTestId('url').textContent).toBe('/rounds/1/leaderboard?contest=1&category=citizen'));
    await waitFor(() => expect(requested().at(-1)).toBe('/api/v1/rounds/1/leaderboard?limit=50&category=citizen'));
    expect(await screen.findByRole('table', { name: 'Bảng xếp hạng — Khối người dân' })).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'Người dân' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the entrant’s place below the table when outside it, and says when nothing is ranked yet', async () => {
    signInAs('participant', 'u-x', 'Phạm Thị Dung');
    renderBoard(() => aLeaderboard({ me: { rank: 57, name: 'Phạm Thị Dung', unit: null, score: 4, durationMs: 300_000 } }));
    const place = await screen.findByRole('region', { name: 'Vị trí của bạn' });
    expect(place.textContent).toContain('Hạng 57 · 4 điểm · 5:00,0');
  });

  it('says so when the board is hidden or frozen, and for practice rounds', async () => {
    renderBoard(() => aLeaderboard({ visibility: 'hidden', entries: [] }));
    expect(await screen.findByText('Bảng xếp hạng của đợt này được ẩn cho đến khi Ban tổ chức công bố kết quả.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says a frozen board stopped updating', async () => {
    renderBoard(() => aLeaderboard({ visibility: 'frozen' }));
    expect(await screen.findByText(/Bảng xếp hạng đã dừng cập nhật từ 10:00:00 07\/05\/2018/)).toBeTruthy();
  });

  it('does not rank practice rounds', async () => {
    renderBoard(() => aLeaderboard({ entries: [] }), '/rounds/1/leaderboard?contest=1', aContest({ rounds: [aRound({ practice: true })] }));
    expect(await screen.findByText('Đợt thi thử không xếp hạng.')).toBeTruthy();
  });

  it('serves the contest ranking too', async () => {
    const { requested } = renderBoard(() => aLeaderboard({ roundId: undefined, contestId: 1 }), '/contests/1/leaderboard');
    expect(await screen.findByText('Tổng điểm các đợt thi có xếp hạng của Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018.')).toBeTruthy();
    expect(requested()[0]).toBe('/api/v1/contests/1/leaderboard?limit=50');
  });

  it('polls every 15 seconds while the socket is not live (React Query pauses while the tab is hidden)', () => {
    const options = leaderboardQueryOptions('round', 1, {}, null);
    expect(options.refetchInterval).toBe(15_000);
    expect(options.refetchIntervalInBackground).toBeUndefined();
    // Live: no polling; a signed-in entrant's own row, which pushed boards lack, is fetched again now and then.
    expect(leaderboardQueryOptions('round', 1, {}, null, { live: true }).refetchInterval).toBe(false);
    expect(leaderboardQueryOptions('round', 1, {}, 'u-an', { live: true }).refetchInterval).toBe(60_000);
  });

  it('shows the boards the socket pushes, keeping the entrant’s own row, and links the projector screen', async () => {
    stubServer.onConnectAttempt = () => 'accept';
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot({ seq: 1 });
    signInAs('participant', 'u-x', 'Phạm Thị Dung');
    renderBoard(() => aLeaderboard({ me: { rank: 57, name: 'Phạm Thị Dung', unit: null, score: 4, durationMs: 300_000 } }));
    await screen.findByRole('table');
    await waitFor(() => expect(stubServer.socket.sent('leaderboard:subscribe')).toEqual([{ roundId: 1 }]));
    act(() =>
      stubServer.socket.push(
        'leaderboard:update',
        aSnapshot({ seq: 2, entries: [{ rank: 1, name: 'Lê Văn Cường', unit: 'Huyện Duy Xuyên', score: 10, durationMs: 100_000 }], totals: { entrants: 9, attempts: 12, perfectShare: 0.5 } }),
      ),
    );
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(within(screen.getByTestId('leaderboard-totals')).getByText('12')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Vị trí của bạn' }).textContent).toContain('Hạng 57');
    expect(screen.getByText(/bảng tự cập nhật khi có bài thi mới/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Màn hình trình chiếu' }).getAttribute('href')).toBe('/board/round/1');
  });
});
