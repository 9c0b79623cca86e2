import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { ResultSnapshot } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aRound } from '../../../testing/contest-fixtures';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ResultsAdminPage } from './results-admin-page';
import { SnapshotPage } from './snapshot-page';

const HASH = 'b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184';
const contest = aContest({ status: 'published', rounds: [aRound({ id: 21, title: 'Tuần 1', phase: 'closed' }), aRound({ id: 22, title: 'Tuần 2', phase: 'open' })] });

const aSnapshot = (overrides: Partial<ResultSnapshot> = {}): ResultSnapshot => ({
  id: 's2',
  contestId: 7,
  roundId: 21,
  title: 'Kết quả Tuần 1',
  status: 'pending',
  hash: HASH,
  previousId: 's1',
  createdAt: '2018-05-15T02:00:00.000Z',
  publishedAt: null,
  approvalsRequired: 1,
  approvals: [],
  blocks: [
    {
      category: 'civil_servant',
      entries: [
        { rank: 1, name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ', score: 9.5, durationMs: 252_300, prize: 'first' },
        { rank: 2, name: 'Lê Văn Cường', unit: 'Sở Tư pháp', score: 8, durationMs: 300_000, prize: null },
      ],
    },
  ],
  collective: null,
  diff: {
    againstId: 's1',
    againstHash: 'a'.repeat(64),
    changes: [
      { name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ', before: { rank: 2, score: 7.5, prize: 'second' }, after: { rank: 1, score: 9.5, prize: 'first' } },
      { name: 'Trần Thị Bình', unit: 'Thành phố Hội An', before: { rank: 1, score: 10, prize: 'first' }, after: null },
    ],
  },
  ...overrides,
});

function renderSnapshot(routes: Parameters<typeof fakeApi>[0], area: 'judging' | 'organizer' = 'judging') {
  const fetchMock = fakeApi({ 'GET /contests/7': () => jsonResponse(contest), ...routes });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/:area/contests/:id/results/:snapshotId" element={<SnapshotPage contestId={7} snapshotId="s2" area={area} />} />
      <Route path="/:area/contests/:id/results" element={<ResultsAdminPage contestId={7} area={area} />} />
    </Routes>,
    { route: `/${area}/contests/7/results/s2` },
  );
  return fetchMock;
}

describe('a result snapshot', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('shows its hash, changes and ranking, and a judge approves it after confirming', async () => {
    signInAs('judge', 'j1', 'Thành viên Ban giám khảo');
    let current = aSnapshot();
    const fetchMock = renderSnapshot({
      'GET /result-snapshots/s2': () => jsonResponse(current),
      'POST /result-snapshots/s2/approve': () => {
        current = aSnapshot({ status: 'approved', approvals: [{ judge: { id: 'j1', fullName: 'Thành viên Ban giám khảo' }, at: '2018-05-15T03:00:00.000Z' }] });
        return jsonResponse(current);
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kết quả Tuần 1' })).toBeTruthy();
    expect(screen.getByTestId('snapshot-hash').textContent).toBe(HASH);
    expect(screen.getByText('Đợt “Tuần 1”')).toBeTruthy();
    expect(screen.getByText('Chưa giám khảo nào phê duyệt.')).toBeTruthy();

    const changes = screen.getByRole('table', { name: 'Những thí sinh có thứ hạng, điểm hoặc giải thay đổi' });
    const rows = within(changes).getAllByRole('row').map((row) => row.textContent);
    expect(rows[1]).toBe('Nguyễn Văn AnThành phố Tam KỳHạng 2, 7,5 điểmGiải NhìHạng 1, 9,5 điểmGiải Nhất');
    expect(rows[2]).toBe('Trần Thị BìnhThành phố Hội AnHạng 1, 10 điểmGiải NhấtKhông còn trong bảng');

    const ranking = screen.getByRole('table', { name: 'Bảng xếp hạng — Khối Cán bộ, công chức, viên chức' });
    expect(within(ranking).getAllByRole('row')[1].textContent).toBe('1Nguyễn Văn AnThành phố Tam KỳGiải Nhất9,54:12,3');

    // Judges download the workbooks; certificates and publishing are the committee's.
    expect(screen.getByRole('button', { name: 'Bảng kết quả đầy đủ (.xlsx)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Giấy chứng nhận/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Công bố' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt' }));
    const dialog = screen.getByRole('dialog', { name: 'Phê duyệt bản chốt' });
    expect(within(dialog).getByText(/mã băm b1946ac92492/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Ghi chú/), { target: { value: 'Đã đối chiếu.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Phê duyệt' }));
    expect(await screen.findByText('Đã phê duyệt bản chốt.')).toBeTruthy();
    expect(await screen.findByText('Bạn đã phê duyệt bản chốt này.')).toBeTruthy();
    expect(screen.getByText(/^Thành viên Ban giám khảo, /)).toBeTruthy();
    const approve = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/approve'));
    expect(JSON.parse(String(approve?.[1]?.body))).toEqual({ comment: 'Đã đối chiếu.' });
  });

  it('lets the committee publish an approved snapshot, then download the certificates', async () => {
    signInAs('organizer', 'o1');
    let current = aSnapshot({ status: 'approved', approvals: [{ judge: { id: 'j1', fullName: 'Giám khảo' }, at: '2018-05-15T03:00:00.000Z' }], diff: null });
    renderSnapshot(
      {
        'GET /result-snapshots/s2': () => jsonResponse(current),
        'POST /result-snapshots/s2/publish': () => {
          current = { ...current, status: 'published', publishedAt: '2018-05-15T04:00:00.000Z' };
          return jsonResponse(current);
        },
      },
      'organizer',
    );
    expect(await screen.findByText('Đây là bản chốt đầu tiên của phạm vi này.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Phê duyệt' })).toBeNull();
    expect(screen.getByText('Có sau khi bản chốt được công bố.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Công bố' }));
    const dialog = screen.getByRole('dialog', { name: 'Công bố kết quả?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Công bố' }));
    expect(await screen.findByText('Đã công bố kết quả.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Giấy chứng nhận của người đạt giải (.zip)' })).toBeTruthy();
    expect(screen.getAllByText('Đã công bố').length).toBeGreaterThan(0);
  });

  it('says why the committee cannot publish yet', async () => {
    signInAs('organizer', 'o1');
    renderSnapshot({ 'GET /result-snapshots/s2': () => jsonResponse(aSnapshot({ approvalsRequired: 2 })) }, 'organizer');
    expect(await screen.findByText('Cần đủ 2 giám khảo phê duyệt trước khi công bố.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Công bố' })).toBeNull();
  });
});

describe('a contest’s snapshots', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('freezes a closed round and opens the new snapshot; a refusal is explained', async () => {
    signInAs('organizer', 'o1');
    let created = false;
    const fetchMock = fakeApi({
      'GET /contests/7': () => jsonResponse(contest),
      'GET /result-snapshots': () => jsonResponse(created ? [aSnapshot()] : []),
      'POST /result-snapshots': ({ init }) => {
        const body = JSON.parse(String(init.body)) as { roundId?: number };
        if (body.roundId === 22) return jsonResponse({ error: { code: 'ROUND_NOT_CLOSED', message: 'x' } }, 409);
        created = true;
        return jsonResponse(aSnapshot(), 201);
      },
      'GET /result-snapshots/s2': () => jsonResponse(aSnapshot()),
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route path="/organizer/contests/:id/results" element={<ResultsAdminPage contestId={7} area="organizer" />} />
        <Route path="/organizer/contests/:id/results/:snapshotId" element={<SnapshotPage contestId={7} snapshotId="s2" area="organizer" />} />
      </Routes>,
      { route: '/organizer/contests/7/results' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: `Kết quả: ${contest.title}` })).toBeTruthy();
    expect(await screen.findByText('Chưa có bản chốt nào.')).toBeTruthy();
    const scope = screen.getByLabelText('Phạm vi') as HTMLSelectElement;
    expect([...scope.options].map((o) => o.textContent)).toEqual(['Đợt “Tuần 1”', 'Đợt “Tuần 2” (chưa đóng)', 'Toàn cuộc thi (kèm giải tập thể)']);
    expect(scope.value).toBe('21');

    fireEvent.change(scope, { target: { value: '22' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bản chốt' }));
    expect(await screen.findByText('Đợt thi chưa kết thúc.')).toBeTruthy();

    fireEvent.change(scope, { target: { value: '21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bản chốt' }));
    expect(await screen.findByText('Đã tạo bản chốt “Kết quả Tuần 1”.')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kết quả Tuần 1' })).toBeTruthy();
  });
});
