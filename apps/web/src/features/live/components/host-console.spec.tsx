import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { LiveSessionState } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { serverClock } from '../../../lib/server-clock';
import { aLiveState, aReveal, questionState, SESSION_ID } from '../../../testing/live-fixtures';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { stubServer } from '../../../testing/stub-socket';
import { HostConsolePage } from './host-console-page';

vi.mock('socket.io-client', () => import('../../../testing/stub-socket-io'));

function Url() {
  const { pathname, search } = useLocation();
  return <output data-testid="url">{pathname + search}</output>;
}

const closedState = (index: number) => questionState(index, { phase: 'closed', serverNow: questionState(index).question?.closesAt });
const revealState = (index: number) => ({ ...closedState(index), phase: 'reveal' as const, reveal: aReveal({ index, questionId: `q-${index + 1}` }) });
const podiumState = () => aLiveState({ phase: 'podium', index: 2, players: 2, podium: aReveal().standings, serverNow: '2018-05-07T03:05:00.000Z' });

function renderConsole(initial: LiveSessionState, commands: Partial<Record<'next' | 'close' | 'reveal' | 'finish', () => Response>> = {}, route = `/organizer/live/3?contest=1&session=${SESSION_ID}`) {
  let current = initial;
  const answer = (command: 'next' | 'close' | 'reveal' | 'finish') => () => commands[command]?.() ?? jsonResponse(current);
  const fetchMock = fakeApi({
    [`GET /live-sessions/${SESSION_ID}`]: () => jsonResponse(current),
    [`POST /live-sessions/${SESSION_ID}/next`]: answer('next'),
    [`POST /live-sessions/${SESSION_ID}/close`]: answer('close'),
    [`POST /live-sessions/${SESSION_ID}/reveal`]: answer('reveal'),
    [`POST /live-sessions/${SESSION_ID}/finish`]: answer('finish'),
    'GET /live-sessions': () => jsonResponse([current]),
    'POST /live-sessions': () => jsonResponse(current),
  });
  vi.stubGlobal('fetch', fetchMock);
  stubServer.handlers['live:join'] = () => ({ ...current, joinedAs: 'audience' });
  renderWithProviders(
    <Routes>
      <Route
        path="/organizer/live/:roundId"
        element={
          <>
            <HostConsolePage />
            <Url />
          </>
        }
      />
    </Routes>,
    { route },
  );
  const posts = () =>
    fetchMock.mock.calls
      .filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')
      .map(([url]) => String(url).replace('/api/v1', '').replace(SESSION_ID, ':id'));
  return { posts, setState: (next: LiveSessionState) => (current = next) };
}

const primary = () => screen.getByTestId('host-primary');

describe('host console', () => {
  beforeEach(() => {
    stubServer.reset();
    serverClock.reset();
    signInAs('organizer');
  });

  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('shows the join code, a QR code of the player page, the player count and the phase', async () => {
    renderConsole(aLiveState({ players: 4 }));
    expect(await screen.findByTestId('join-code')).toHaveProperty('textContent', 'K7QX2M');
    expect(screen.getByTestId('player-count').textContent).toBe('4');
    expect(screen.getByTestId('phase').getAttribute('data-phase')).toBe('lobby');
    expect(screen.getByLabelText('Mã QR để vào phòng thi K7QX2M').getAttribute('data-qr-value')).toBe('http://localhost:3000/play?code=K7QX2M');
    const projector = screen.getByRole('link', { name: 'Mở màn hình trình chiếu (tab mới)' });
    expect(projector.getAttribute('href')).toBe('/live/K7QX2M');
    expect(projector.getAttribute('target')).toBe('_blank');
  });

  it('moves the game on with one primary button per phase, each its own call', async () => {
    const { posts, setState } = renderConsole(aLiveState({ players: 2 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mở câu hỏi 1' }));

    setState(questionState(0));
    await waitFor(() => expect(primary().textContent).toBe('Đóng câu hỏi sớm'));
    expect(screen.getByTestId('countdown').textContent).toBe('19');

    setState(closedState(0));
    fireEvent.click(primary());
    await waitFor(() => expect(primary().textContent).toBe('Công bố đáp án'));

    setState(revealState(0));
    fireEvent.click(primary());
    await waitFor(() => expect(primary().textContent).toBe('Câu tiếp theo'));
    expect(screen.getByRole('button', { name: 'Kết thúc và trao giải' })).toBeTruthy();
    expect(screen.getByTestId('correct-answer').textContent).toContain('A. Sở Nội vụ');
    expect(within(screen.getByRole('table', { name: 'Bảng xếp hạng sau câu 1' })).getByText('Nguyễn Văn An')).toBeTruthy();

    setState(questionState(1));
    fireEvent.click(primary());
    await waitFor(() => expect(screen.getByTestId('phase').getAttribute('data-phase')).toBe('question'));
    expect(posts()).toEqual(['/live-sessions/:id/next', '/live-sessions/:id/close', '/live-sessions/:id/reveal', '/live-sessions/:id/next']);
  });

  it('finishes after the last question and shows the podium', async () => {
    const { posts, setState } = renderConsole(revealState(2));
    await waitFor(() => expect(primary().textContent).toBe('Kết thúc và trao giải'));
    expect(screen.getByText(/Đây là câu cuối cùng/)).toBeTruthy();
    setState(podiumState());
    fireEvent.click(primary());
    expect(await screen.findByTestId('podium')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Câu tiếp theo' })).toBeNull();
    expect(posts()).toEqual(['/live-sessions/:id/finish']);
  });

  it('asks before finishing early', async () => {
    const { posts } = renderConsole(revealState(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Kết thúc và trao giải' }));
    expect(await screen.findByText(/Còn 2 câu chưa mở/)).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('takes the clicker’s “next” (→, Page Down) as the primary button, and focuses that button', async () => {
    const { posts, setState } = renderConsole(aLiveState());
    const button = await screen.findByRole('button', { name: 'Mở câu hỏi 1' });
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Phím tắt: Enter hoặc Space/)).toBeTruthy();
    setState(questionState(0));
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    await waitFor(() => expect(primary().textContent).toBe('Đóng câu hỏi sớm'));
    fireEvent.keyDown(document.body, { key: 'ArrowRight', repeat: true });
    expect(posts()).toEqual(['/live-sessions/:id/next']);
  });

  it('says why a step was refused and reloads the game', async () => {
    renderConsole(questionState(0), { reveal: () => jsonResponse({ error: { code: 'LIVE_PHASE_CONFLICT', message: 'nope' } }, 409) });
    // The question's time runs out on the server clock: the console offers the reveal before the push says closed.
    await waitFor(() => expect(primary().textContent).toBe('Đóng câu hỏi sớm'));
    serverClock.observe('2018-05-07T03:00:30.000Z', Date.now(), Date.now());
    await waitFor(() => expect(primary().textContent).toBe('Công bố đáp án'));
    fireEvent.click(primary());
    expect(await screen.findByText('Không thể thực hiện thao tác này ở bước hiện tại của phần thi trực tiếp.')).toBeTruthy();
  });

  it('follows the player count the socket pushes', async () => {
    renderConsole(aLiveState({ players: 0 }));
    await waitFor(() => expect(stubServer.socket.sent('live:join')).toHaveLength(1));
    expect(stubServer.socket.auths).toEqual([{}]);
    stubServer.socket.push('live:state', aLiveState({ players: 5, serverNow: '2018-05-07T02:59:30.000Z' }));
    await waitFor(() => expect(screen.getByTestId('player-count').textContent).toBe('5'));
  });

  it('offers to resume the round’s unfinished game, or to open a new room', async () => {
    renderConsole(questionState(1), {}, '/organizer/live/3?contest=1');
    expect(await screen.findByText('Phòng K7QX2M: Đang mở câu hỏi, câu 2/3, 2 người chơi.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tạo phòng mới' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục phòng K7QX2M' }));
    await waitFor(() => expect(screen.getByTestId('url').textContent).toBe(`/organizer/live/3?contest=1&session=${SESSION_ID}`));
  });
});
