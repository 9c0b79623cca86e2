import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { RoundEligibility } from '@reform-quiz/contracts';
import type { EntrantKey } from '../../../i18n/entrant';
import { i18n } from '../../../i18n/i18n';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aRound, anEligibility } from '../../../testing/attempt-fixtures';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ContestPage } from './contest-page';
import { eligibilityView, phaseAt } from './eligibility-view';

const t = i18n.t.bind(i18n) as never;
const et = (key: EntrantKey, options?: Record<string, unknown>) => i18n.t(`entrant.${key}` as never, options as never) as unknown as string;

describe('eligibility in plain Vietnamese', () => {
  const round = aRound();
  const cases: [string, Partial<RoundEligibility>, string, string][] = [
    ['ok, first attempt', {}, 'Bạn có thể vào thi.', 'start'],
    ['ok, attempts used', { attemptsUsed: 1 }, 'Bạn có thể vào thi. Bạn đã dùng 1/3 lượt.', 'start'],
    ['an attempt in progress', { openAttemptId: 'a-9' }, 'Bạn đang có một bài thi chưa nộp ở đợt này; thời gian vẫn đang được tính.', 'resume'],
    ['not signed in', { eligible: false, reason: 'not_signed_in' }, 'Đăng nhập để dự thi. Chưa có tài khoản? Hãy đăng ký bằng số điện thoại của bạn.', 'sign_in'],
    ['not open', { eligible: false, reason: 'not_open' }, 'Đợt thi chưa mở. Nút “Vào thi” sẽ xuất hiện khi đợt thi bắt đầu.', 'none'],
    ['closed', { eligible: false, reason: 'closed' }, 'Đợt thi đã kết thúc, không nhận thêm bài thi.', 'none'],
    ['category', { eligible: false, reason: 'category' }, 'Đợt thi này không dành cho đối tượng của bạn (Người dân).', 'none'],
    ['staff', { eligible: false, reason: 'staff' }, 'Thành viên Ban tổ chức, Ban giám khảo và quản trị viên không được dự thi các đợt có xếp hạng.', 'none'],
    ['no attempts left', { eligible: false, reason: 'no_attempts_left', attemptsUsed: 3 }, 'Bạn đã dùng hết 3 lượt thi của đợt này.', 'none'],
  ];

  it.each(cases)('%s', (_, eligibility, message, action) => {
    const view = eligibilityView(t, et, round, anEligibility(eligibility), 'open', 'citizen');
    expect(view).toMatchObject({ message, action });
    expect(view.linkAttempts).toBe(eligibility.reason === 'no_attempts_left');
  });

  it('says live rounds are joined with a room code, never started here', () => {
    const view = eligibilityView(t, et, aRound({ mode: 'live' }), anEligibility({ eligible: false, reason: 'not_open' }), 'open', 'citizen');
    expect(view).toEqual({ message: 'Thi trực tiếp — tham gia bằng mã phòng do Ban tổ chức công bố tại buổi thi.', action: 'none', linkAttempts: false });
  });

  it('invites practice without counting attempts', () => {
    const view = eligibilityView(t, et, aRound({ practice: true, attemptsAllowed: null }), anEligibility({ attemptsAllowed: null, attemptsUsed: 4 }), 'open', null);
    expect(view).toMatchObject({ message: 'Bạn có thể thi thử bao nhiêu lần tùy thích.', action: 'start' });
  });

  it('follows the server clock over an answer that has gone stale: closed is closed', () => {
    expect(eligibilityView(t, et, round, anEligibility(), 'closed', null)).toMatchObject({ action: 'none', message: 'Đợt thi đã kết thúc, không nhận thêm bài thi.' });
    expect(phaseAt(round, Date.parse(round.closesAt))).toBe('closed');
    expect(phaseAt(round, Date.parse(round.opensAt) - 1)).toBe('upcoming');
  });
});

function Here() {
  const location = useLocation();
  return <output data-testid="here">{location.pathname}</output>;
}

describe('contest page', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  function renderContest(eligibility: Record<number, RoundEligibility>, rounds = aContest().rounds) {
    const routes: Parameters<typeof fakeApi>[0] = {
      'GET /contests/1': () => jsonResponse(aContest({ rounds })),
      'GET /health': () => jsonResponse({ status: 'ok', serverNow: new Date().toISOString() }),
      'POST /rounds/1/attempts': () => jsonResponse({ id: 'a-1' }),
    };
    for (const [id, value] of Object.entries(eligibility)) routes[`GET /rounds/${id}/eligibility`] = () => jsonResponse(value);
    const fetchMock = fakeApi(routes);
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route
          path="/contests/:id"
          element={
            <>
              <ContestPage />
              <Here />
            </>
          }
        />
        <Route path="*" element={<Here />} />
      </Routes>,
      { route: '/contests/1' },
    );
    return fetchMock;
  }

  it('shows each round with its format, a practice round marked unranked, a live round without a start button', async () => {
    sessionStore.clear('logout');
    const now = Date.now();
    renderContest(
      {
        1: anEligibility({ eligible: false, reason: 'not_signed_in' }),
        2: anEligibility({ eligible: false, reason: 'not_signed_in', attemptsAllowed: null }),
        3: anEligibility({ eligible: false, reason: 'not_signed_in', attemptsAllowed: 1 }),
      },
      [
        aRound(),
        aRound({ id: 2, position: 2, title: 'Thi thử', practice: true, attemptsAllowed: null, prediction: null, timeLimitSeconds: 300, questionCount: 5 }),
        aRound({ id: 3, position: 3, title: 'Chung kết', mode: 'live', opensAt: new Date(now + 2 * 86_400_000 + 3_600_000).toISOString(), closesAt: new Date(now + 3 * 86_400_000).toISOString() }),
      ],
    );
    const week = await screen.findByRole('region', { name: 'Tuần 1' });
    expect(within(week).getByText('10 câu hỏi · 10 phút')).toBeTruthy();
    expect(within(week).getByText('Tối đa 3 lượt thi')).toBeTruthy();
    expect(await within(week).findByText(/Đăng nhập để dự thi/)).toBeTruthy();
    expect(within(week).getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toBe('/login');
    expect(within(week).getByRole('link', { name: 'Đăng ký dự thi' }).getAttribute('href')).toBe('/register');
    expect(within(week).getByRole('link', { name: 'Xem bảng xếp hạng' }).getAttribute('href')).toBe('/rounds/1/leaderboard?contest=1');

    const practice = screen.getByRole('region', { name: 'Thi thử' });
    expect(within(practice).getByText('Thi thử — không xếp hạng')).toBeTruthy();
    expect(within(practice).getByText('Không giới hạn số lượt thi')).toBeTruthy();
    expect(within(practice).queryByRole('link', { name: 'Xem bảng xếp hạng' })).toBeNull();

    const live = screen.getByRole('region', { name: 'Chung kết' });
    expect(within(live).getByText('Sắp mở')).toBeTruthy();
    expect(within(live).getByTestId('open-countdown').textContent).toMatch(/^2 ngày 0[01]:\d\d:\d\d$/);
    expect(await within(live).findByText(/Thi trực tiếp — tham gia bằng mã phòng/)).toBeTruthy();
    expect(within(live).queryByRole('button')).toBeNull();

    expect(screen.getByText('2. Mỗi tuần một đợt thi.')).toBeTruthy();
    expect(screen.getByText('Giải Khuyến khích: 10 giải')).toBeTruthy();
  });

  it('starts an attempt with “Vào thi” and opens it', async () => {
    const fetchMock = renderContest({ 1: anEligibility() });
    const week = await screen.findByRole('region', { name: 'Tuần 1' });
    fireEvent.click(await within(week).findByRole('button', { name: 'Vào thi' }));
    expect(await screen.findByText('/attempts/a-1')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url, init]) => String(url) === '/api/v1/rounds/1/attempts' && (init as RequestInit).method === 'POST')).toBe(true);
  });

  it('offers to continue the attempt in progress, and explains a refusal', async () => {
    renderContest({ 1: anEligibility({ openAttemptId: 'a-7' }) });
    const week = await screen.findByRole('region', { name: 'Tuần 1' });
    expect((await within(week).findByRole('link', { name: 'Tiếp tục bài đang làm' })).getAttribute('href')).toBe('/attempts/a-7');
  });
});
