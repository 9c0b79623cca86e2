import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Contest } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aRound, approvedCounts } from '../../../testing/contest-fixtures';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ContestDetailPage } from './contest-detail-page';

const twoRounds = (overrides: Partial<Contest> = {}) =>
  aContest({
    rounds: [
      aRound({ id: 21, title: 'Tuần 1' }),
      aRound({
        id: 22,
        title: 'Tuần 2',
        questionCount: 4,
        blueprint: [
          { topic: 'procedures', difficulty: 'easy', count: 1 },
          { topic: 'general', difficulty: 'medium', count: 1 },
          { topic: 'general', difficulty: 'hard', count: 2 },
        ],
      }),
    ],
    ...overrides,
  });

function renderDetail(contest: Contest, extra: Parameters<typeof fakeApi>[0] = {}) {
  let current = contest;
  const fetchMock = fakeApi({
    'GET /contests/7': () => jsonResponse(current),
    'GET /questions/counts': () => jsonResponse(approvedCounts),
    ...extra,
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/organizer/contests/:id" element={<ContestDetailPage />} />
    </Routes>,
    { route: '/organizer/contests/7' },
  );
  return { fetchMock, setContest: (next: Contest) => (current = next) };
}

const panel = () => screen.getByRole('region', { name: 'Điều kiện công bố' });
const items = (container: HTMLElement) =>
  within(container)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('contest page for the committee', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('checks a draft live, by the server’s rules, round by round', async () => {
    signInAs('organizer');
    renderDetail(twoRounds());
    expect(await screen.findByRole('heading', { level: 1, name: 'Cuộc thi tìm hiểu cải cách hành chính năm 2018' })).toBeTruthy();
    await within(panel()).findByText('Còn 1 điểm cần sửa trước khi công bố:');
    expect(within(panel()).getByRole('heading', { name: 'Đợt 2: Tuần 2' })).toBeTruthy();
    expect(items(panel())).toEqual([
      'Ma trận đề, ô Chung × Khó (2 câu): Ngân hàng không đủ câu hỏi đã duyệt cho ô chủ đề × mức độ này. Sửa Ma trận đề, ô Chung × Khó (2 câu)',
    ]);
    expect(within(panel()).getByRole('link', { name: /^Sửa/ }).getAttribute('href')).toBe('/organizer/contests/7/rounds/22/edit#blueprint-general-hard');
  });

  it('shows a refused publish’s reasons against the right rounds and fields, and moves focus there', async () => {
    signInAs('organizer');
    let publishes = 0;
    renderDetail(twoRounds(), {
      'POST /contests/7/publish': () => {
        publishes += 1;
        return jsonResponse(
          {
            error: {
              code: 'CONTEST_NOT_PUBLISHABLE',
              message: 'see details',
              details: [
                { field: 'categories', code: 'NO_CATEGORIES', message: 'x' },
                { field: 'rounds.0.closesAt', code: 'WINDOW_INVALID', message: 'x' },
                { field: 'rounds.1.blueprint', code: 'BLUEPRINT_SUM', message: 'x' },
                { field: 'rounds.1.blueprint.2', code: 'BLUEPRINT_SHORT', message: 'x' },
              ],
            },
          },
          422,
        );
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Công bố' }));
    const dialog = screen.getByRole('dialog', { name: 'Công bố cuộc thi?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Công bố' }));

    expect(await screen.findByText('Chưa thể công bố: máy chủ nêu các điểm cần sửa trong mục “Điều kiện công bố”.')).toBeTruthy();
    expect(within(panel()).getByText('Máy chủ từ chối công bố vì 4 điểm sau:')).toBeTruthy();
    const groups = within(panel())
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual(['Cuộc thi', 'Đợt 1: Tuần 1', 'Đợt 2: Tuần 2']);
    const list = (title: string) => within(panel()).getByRole('heading', { name: title }).nextElementSibling as HTMLElement;
    expect(items(list('Cuộc thi'))[0]).toMatch(/^Đối tượng dự thi: Chọn đối tượng dự thi/);
    expect(items(list('Đợt 1: Tuần 1'))).toEqual(['Thời điểm đóng: Thời điểm đóng phải sau thời điểm mở. Sửa Thời điểm đóng']);
    expect(items(list('Đợt 2: Tuần 2'))).toEqual([
      'Ma trận đề: Tổng số câu trong ma trận đề phải bằng số câu hỏi của đợt. Sửa Ma trận đề',
      'Ma trận đề, ô Chung × Khó (2 câu): Ngân hàng không đủ câu hỏi đã duyệt cho ô chủ đề × mức độ này. Sửa Ma trận đề, ô Chung × Khó (2 câu)',
    ]);
    expect(within(list('Đợt 1: Tuần 1')).getByRole('link').getAttribute('href')).toBe('/organizer/contests/7/rounds/21/edit#round-closes-at');
    expect(within(list('Cuộc thi')).getByRole('link').getAttribute('href')).toBe('/organizer/contests/7/edit#contest-category-civil_servant');
    await waitFor(() => expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 })));
    expect(publishes).toBe(1);
  });

  it('publishes after confirmation, then offers to close', async () => {
    signInAs('organizer');
    const draft = aContest();
    const { setContest } = renderDetail(draft, {
      'POST /contests/7/publish': () => {
        const published = aContest({ status: 'published', publishedAt: '2018-05-01T02:00:00.000Z' });
        setContest(published);
        return jsonResponse(published);
      },
    });
    await within(await screen.findByRole('region', { name: 'Điều kiện công bố' })).findByText(/Không còn điểm nào cần sửa/);
    fireEvent.click(screen.getByRole('button', { name: 'Công bố' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Công bố' }));
    expect(await screen.findByText('Đã công bố cuộc thi.')).toBeTruthy();
    expect(screen.getAllByText('Đã công bố').length).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: 'Điều kiện công bố' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Kết thúc' })).toBeTruthy();
  });

  it('deletes a round after confirmation, and says why when the server refuses', async () => {
    signInAs('organizer');
    renderDetail(twoRounds(), {
      'DELETE /rounds/22': () => jsonResponse({ error: { code: 'ROUND_LOCKED', message: 'attempts exist' } }, 409),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa đợt “Tuần 2”' }));
    const dialog = screen.getByRole('dialog', { name: 'Xóa đợt thi?' });
    expect(within(dialog).getByText(/Xóa đợt “Tuần 2”\? Không thể hoàn tác/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đợt thi đã mở nên không thể thay đổi thể lệ của đợt.')).toBeTruthy();
  });

  it('lets the jury read, without any action', async () => {
    signInAs('judge');
    renderDetail(twoRounds({ status: 'published' }));
    expect(await screen.findByRole('heading', { name: 'Các đợt thi' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link', { name: /^Sửa/ })).toBeNull();
    expect(screen.getAllByRole('link', { name: /^Xem bảng xếp hạng/ }).map((link) => link.getAttribute('href'))).toEqual([
      '/rounds/21/leaderboard',
      '/rounds/22/leaderboard',
    ]);
    expect(screen.getByRole('link', { name: 'Xem trang công khai của cuộc thi' }).getAttribute('href')).toBe('/contests/7');
    expect(screen.getByRole('link', { name: 'Chốt, phê duyệt và công bố kết quả' }).getAttribute('href')).toBe('/organizer/contests/7/results');
  });

  it('closes an open round early after confirmation, and links its closed rounds to the jury’s work', async () => {
    signInAs('organizer');
    let closes = 0;
    const open = twoRounds({ status: 'published', rounds: [aRound({ id: 21, title: 'Tuần 1', phase: 'closed' }), aRound({ id: 22, title: 'Tuần 2', phase: 'open' })] });
    const { setContest } = renderDetail(open, {
      'POST /rounds/22/close': () => {
        closes += 1;
        setContest({ ...open, rounds: open.rounds.map((round) => ({ ...round, phase: 'closed' as const })) });
        return jsonResponse({ ...open.rounds[1], phase: 'closed' });
      },
    });
    const judging = await screen.findByRole('link', { name: 'Chấm thi, cờ cảnh báo, khiếu nại đợt “Tuần 1”' });
    expect(judging.getAttribute('href')).toBe('/judging/contests/7/rounds/21/flags');
    expect(screen.queryByRole('button', { name: 'Kết thúc đợt sớm đợt “Tuần 1”' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Kết thúc đợt sớm đợt “Tuần 2”' }));
    const dialog = screen.getByRole('dialog', { name: 'Kết thúc đợt thi ngay?' });
    expect(within(dialog).getByText(/Đợt “Tuần 2” sẽ đóng ngay bây giờ theo giờ máy chủ/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kết thúc đợt sớm' }));
    expect(await screen.findByText('Đã kết thúc đợt “Tuần 2”.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Kết thúc đợt sớm/ })).toBeNull());
    expect(closes).toBe(1);
  });

  it('shows how results are approved and prizes given, and each round’s essay and appeal rules', async () => {
    signInAs('organizer');
    renderDetail(
      twoRounds({
        approvalsRequired: 2,
        onePrizePerPerson: true,
        collectiveMinRate: 0.125,
        collectivePrizeCount: 3,
        rounds: [aRound({ id: 21, title: 'Tuần 1', essayJudges: 2, essayMargin: 0.5, appealDays: 0 })],
      }),
    );
    const facts = (label: string) => screen.getAllByText(label).map((dt) => dt.nextElementSibling?.textContent);
    expect(await screen.findByText('Cần 2 giám khảo phê duyệt')).toBeTruthy();
    expect(facts('Giải cá nhân')).toEqual(['Mỗi người nhận nhiều nhất một giải trong cả cuộc thi']);
    expect(facts('Giải tập thể')).toEqual(['3 giải cho đơn vị có tỉ lệ tham gia từ 12,5%']);
    expect(facts('Chấm tự luận')).toEqual(['2 giám khảo mỗi bài; lệch quá 0,5 điểm thì cần giám khảo thứ ba']);
    expect(facts('Khiếu nại')).toEqual(['Không nhận khiếu nại']);
  });
});
