import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { ContestSummary } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aRound } from '../../../testing/contest-fixtures';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { JudgingContestPage } from './judging-contest-page';
import { JudgingHomePage } from './judging-home-page';

const summary = (id: number, title: string, status: ContestSummary['status']): ContestSummary => ({
  id,
  title,
  status,
  categories: ['citizen'],
  opensAt: '2018-05-07T01:00:00.000Z',
  closesAt: '2018-05-14T01:00:00.000Z',
  roundCount: 2,
});

describe('the jury’s way in', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('lists running and finished contests, not drafts or archives', async () => {
    signInAs('judge', 'j1');
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /contests': () =>
          jsonResponse([summary(1, 'Cuộc thi đang diễn ra', 'published'), summary(2, 'Cuộc thi nháp', 'draft'), summary(3, 'Cuộc thi đã kết thúc', 'closed'), summary(4, 'Cuộc thi cũ', 'archived')]),
      }),
    );
    renderWithProviders(<JudgingHomePage />, { route: '/judging' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ban giám khảo' })).toBeTruthy();
    const links = (await screen.findAllByRole('link')).map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Cuộc thi đang diễn ra', '/judging/contests/1'],
      ['Cuộc thi đã kết thúc', '/judging/contests/3'],
    ]);
    expect(screen.getByText('Đang diễn ra')).toBeTruthy();
  });

  it('offers each ranked round’s work — essays for a judge — and the contest’s snapshots', async () => {
    signInAs('judge', 'j1');
    const contest = aContest({
      status: 'published',
      rounds: [aRound({ id: 21, title: 'Tuần 1', phase: 'closed' }), aRound({ id: 22, title: 'Thi thử', practice: true }), aRound({ id: 23, title: 'Tuần 2', phase: 'open' })],
    });
    vi.stubGlobal('fetch', fakeApi({ 'GET /contests/7': () => jsonResponse(contest) }));
    renderWithProviders(
      <Routes>
        <Route path="/judging/contests/:contestId" element={<JudgingContestPage />} />
      </Routes>,
      { route: '/judging/contests/7' },
    );
    const rounds = await screen.findByRole('heading', { level: 2, name: 'Các đợt thi' });
    const list = rounds.nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Tuần 1', 'Tuần 2']);
    expect(within(list).getByRole('link', { name: 'Chấm thi và xét duyệt đợt “Tuần 1”' }).getAttribute('href')).toBe('/judging/contests/7/rounds/21/essays');
    expect(screen.getByText(/Đợt thi chưa kết thúc/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem các bản chốt kết quả' }).getAttribute('href')).toBe('/judging/contests/7/results');
  });
});
