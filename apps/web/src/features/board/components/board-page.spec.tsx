import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { sessionStore } from '../../../lib/api-client';
import { aSnapshot } from '../../../testing/live-fixtures';
import { signInAs } from '../../../testing/question-fixtures';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { stubServer } from '../../../testing/stub-socket';
import { BoardPage } from './board-page';

vi.mock('socket.io-client', () => import('../../../testing/stub-socket-io'));

const many = (count: number) => Array.from({ length: count }, (_, i) => ({ rank: i + 1, name: `Thí sinh ${i + 1}`, unit: 'Sở Nội vụ', score: 100 - i, durationMs: 60_000 }));

function renderBoard(route = '/board/round/1') {
  renderWithProviders(
    <Routes>
      <Route path="/board/round/:id" element={<BoardPage scope="round" />} />
      <Route path="/board/contest/:id" element={<BoardPage scope="contest" />} />
    </Routes>,
    { route },
  );
}

const rows = () => within(screen.getByTestId('board-table')).getAllByRole('row').slice(1);

describe('audience board', () => {
  beforeEach(() => stubServer.reset());
  afterEach(() => sessionStore.clear());

  it('shows the contest’s title, the top 10 (20 on demand), the totals and the notices', async () => {
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot({ entries: many(25) });
    renderBoard();
    expect(await screen.findByRole('heading', { level: 1, name: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018 — Tuần 1' })).toBeTruthy();
    expect(rows()).toHaveLength(10);
    const toggle = screen.getByRole('button', { name: 'Xem top 20' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(rows()).toHaveLength(20);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('board-totals').textContent).toBe('Người dự thi3Lượt thi5Bài đúng tất cả các câu33,3%');
    expect(screen.getByText(/Kết quả tạm thời/)).toBeTruthy();
    expect(screen.getByText('Cập nhật trực tiếp')).toBeTruthy();
    expect(screen.getByLabelText('Mã QR dẫn tới trang cuộc thi').getAttribute('data-qr-value')).toBe('http://localhost:3000/contests/1');
  });

  it('subscribes anonymously to the board in the URL, with its block', async () => {
    signInAs('judge');
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot({ roundId: undefined, contestId: 4, category: 'citizen' });
    renderBoard('/board/contest/4?category=citizen');
    await screen.findByTestId('board-table');
    expect(stubServer.socket.sent('leaderboard:subscribe')).toEqual([{ contestId: 4, category: 'citizen' }]);
    expect(stubServer.socket.auths).toEqual([{}]);
  });

  it('marks who moved up or down, in words and arrows, when an update comes', async () => {
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot();
    renderBoard();
    await screen.findByTestId('board-table');
    act(() =>
      stubServer.socket.push(
        'leaderboard:update',
        aSnapshot({
          seq: 8,
          entries: [
            { rank: 1, name: 'Lê Văn Cường', unit: 'Huyện Duy Xuyên', score: 10, durationMs: 200_000 },
            { rank: 2, name: 'Trần Thị Bình', unit: 'Sở Nội vụ', score: 10, durationMs: 185_300 },
            { rank: 3, name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ', score: 9, durationMs: 240_000 },
            { rank: 4, name: 'Phạm Thị Dung', unit: null, score: 8, durationMs: 240_000 },
          ],
        }),
      ),
    );
    expect(rows().map((row) => row.textContent)).toEqual([
      '1Lê Văn CườngHuyện Duy Xuyên10▲2lên 2 bậc',
      '2Trần Thị BìnhSở Nội vụ10▼1xuống 1 bậc',
      '3Nguyễn Văn AnThành phố Tam Kỳ9▼1xuống 1 bậc',
      '4Phạm Thị Dung8★ mới vào bảng',
    ]);
  });

  it('asks for a fresh board when an update is missed', async () => {
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot({ seq: 7 });
    renderBoard();
    await screen.findByTestId('board-table');
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot({ seq: 11, totals: { entrants: 40, attempts: 52, perfectShare: 0.1 } });
    act(() => stubServer.socket.push('leaderboard:update', aSnapshot({ seq: 10 })));
    await waitFor(() => expect(screen.getByTestId('board-totals').textContent).toContain('40'));
    expect(stubServer.socket.sent('leaderboard:subscribe')).toHaveLength(2);
  });

  it('draws participation by unit as bars with the rate in text', async () => {
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot();
    renderBoard();
    const list = await screen.findByTestId('participation');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Sở Nội vụ40% (60/150)', 'Thành phố Tam Kỳ12% (120/1.000)', 'Huyện Duy Xuyên0% (0/2.000)']);
    expect(items.map((item) => item.querySelector<HTMLElement>('.participation__bar')?.style.width)).toEqual(['100%', '30%', '0%']);
  });

  it('says when the board is hidden or frozen', async () => {
    stubServer.handlers['leaderboard:subscribe'] = () => aSnapshot({ visibility: 'frozen', provisional: false });
    renderBoard();
    expect(await screen.findByText(/Bảng xếp hạng đã dừng cập nhật từ 10:00 07\/05\/2018/)).toBeTruthy();
  });
});
