import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { LiveAnswerAck, LivePlayerView, LiveSessionState } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { serverClock } from '../../../lib/server-clock';
import { aLiveQuestion, aLiveState, aReveal, questionState, SESSION_ID } from '../../../testing/live-fixtures';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { NO_ACK, stubServer } from '../../../testing/stub-socket';
import { PlayerPage } from './player-page';

vi.mock('socket.io-client', () => import('../../../testing/stub-socket-io'));

const me = (overrides: Partial<LivePlayerView> = {}): LivePlayerView => ({ sessionId: SESSION_ID, score: 0, rank: 1, answer: null, ...overrides });

function renderPlayer(state: LiveSessionState, { answer, view = () => me() }: { answer?: (request: { optionIds: string[] }) => LiveAnswerAck | typeof NO_ACK; view?: () => LivePlayerView } = {}) {
  vi.stubGlobal('fetch', fakeApi({}));
  stubServer.handlers['live:join'] = () => ({ ...state, joinedAs: 'player' });
  stubServer.handlers['live:me'] = () => view();
  stubServer.handlers['live:answer'] = (request: { optionIds: string[] }) => answer?.(request) ?? { accepted: true, elapsedMs: 3_200 };
  renderWithProviders(
    <Routes>
      <Route path="/play" element={<PlayerPage />} />
      <Route path="/login" element={<p>trang đăng nhập</p>} />
    </Routes>,
    { route: '/play?code=k7qx2m' },
  );
}

const answerButton = (name: string) => screen.getByRole('button', { name });

describe('player page', () => {
  beforeEach(() => {
    stubServer.reset();
    serverClock.reset();
    sessionStorage.clear();
    signInAs('participant', 'u-an', 'Nguyễn Văn An');
  });

  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('waits in the lobby with the player count, having joined with the code from the URL', async () => {
    renderPlayer(aLiveState({ players: 3 }));
    expect(await screen.findByRole('heading', { name: 'Chờ người dẫn chương trình…' })).toBeTruthy();
    expect(screen.getByTestId('player-count').textContent).toBe('3');
    expect(screen.getByTestId('phase').getAttribute('data-phase')).toBe('lobby');
    expect(stubServer.socket.sent('live:join')).toEqual([{ code: 'K7QX2M' }]);
    expect(sessionStorage.getItem('reformquiz.live.code')).toBe('"K7QX2M"');
  });

  it('sends a single-choice answer with one tap and says it is recorded, with the server’s time', async () => {
    renderPlayer(questionState(0));
    expect(await screen.findByRole('heading', { name: 'Câu 1/3' })).toBeTruthy();
    expect(screen.getByTestId('countdown').textContent).toBe('19');
    // Named by the option's text alone; the letter and shape are drawn, and the letter also described.
    expect(within(screen.getByRole('group')).getAllByRole('button')).toHaveLength(4);
    ['Sở Nội vụ', 'Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Sở Tài chính'].forEach((name, index) => {
      expect(answerButton(name).querySelector('.option-mark')?.textContent).toBe('ABCD'[index]);
      expect(answerButton(name).querySelector('svg path')).toBeTruthy();
    });
    expect(document.getElementById(answerButton('Sở Tư pháp').getAttribute('aria-describedby') ?? '')?.textContent).toBe('Phương án B');
    fireEvent.click(answerButton('Sở Tư pháp'));
    expect(await screen.findByText('Đã ghi nhận')).toBeTruthy();
    expect(screen.getByText('Bạn trả lời sau 3,2 giây.')).toBeTruthy();
    expect(stubServer.socket.sent('live:answer')).toEqual([{ sessionId: SESSION_ID, questionId: 'q-1', optionIds: ['o-b'] }]);
    // Locked now, the choice marked — a second tap sends nothing.
    expect(answerButton('Sở Tư pháp').getAttribute('aria-disabled')).toBe('true');
    expect(answerButton('Sở Tư pháp').getAttribute('aria-describedby')).toMatch(/chosen/);
    fireEvent.click(answerButton('Sở Nội vụ'));
    expect(stubServer.socket.sent('live:answer')).toHaveLength(1);
  });

  it('explains a refused second answer and shows the first one, which stands', async () => {
    let answered = false;
    renderPlayer(questionState(0), {
      answer: () => {
        answered = true;
        return { accepted: false, code: 'LIVE_ALREADY_ANSWERED' };
      },
      view: () => me(answered ? { answer: { questionId: 'q-1', optionIds: ['o-a'], correct: null, points: null } } : {}),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sở Tư pháp' }));
    expect(await screen.findByText(/Bạn đã trả lời câu này rồi\. Câu trả lời đầu tiên được giữ nguyên/)).toBeTruthy();
    await waitFor(() => expect(answerButton('Sở Nội vụ').className).toContain('live-answer--selected'));
    expect(answerButton('Sở Tư pháp').className).not.toContain('live-answer--selected');
    expect(screen.getByText('Đã ghi nhận')).toBeTruthy();
  });

  it('explains an answer that came too late', async () => {
    renderPlayer(questionState(0), { answer: () => ({ accepted: false, code: 'LIVE_QUESTION_CLOSED' }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Sở Nội vụ' }));
    expect(await screen.findByText('Câu hỏi đã đóng nên câu trả lời này không được ghi nhận.')).toBeTruthy();
    expect(screen.getByTestId('answer-state').getAttribute('data-state')).toBe('closed');
  });

  it('ticks several options of a multiple-choice question and sends them together', async () => {
    renderPlayer(questionState(0, { question: aLiveQuestion({ type: 'multiple_choice', maxChoices: 4 }) }));
    await screen.findByRole('heading', { name: 'Câu 1/3' });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đáp án' }));
    expect(await screen.findByText('Chọn ít nhất một đáp án rồi bấm “Gửi đáp án”.')).toBeTruthy();
    fireEvent.click(answerButton('Sở Nội vụ'));
    fireEvent.click(answerButton('Văn phòng UBND tỉnh'));
    expect(answerButton('Sở Nội vụ').getAttribute('aria-pressed')).toBe('true');
    expect(answerButton('Sở Tư pháp').getAttribute('aria-pressed')).toBe('false');
    expect(stubServer.socket.sent('live:answer')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đáp án' }));
    expect(await screen.findByText('Đã ghi nhận')).toBeTruthy();
    expect(stubServer.socket.sent('live:answer')).toEqual([{ sessionId: SESSION_ID, questionId: 'q-1', optionIds: ['o-a', 'o-c'] }]);
  });

  it('sends again after a reconnect an answer that got no acknowledgement, unless the server has it', async () => {
    let ack: LiveAnswerAck | typeof NO_ACK = NO_ACK;
    renderPlayer(questionState(0), { answer: () => ack });
    fireEvent.click(await screen.findByRole('button', { name: 'Sở Nội vụ' }));
    expect(await screen.findByText(/Chưa chắc câu trả lời đã tới máy chủ/)).toBeTruthy();
    act(() => stubServer.socket.drop());
    expect(await screen.findByText('Đang kết nối lại…')).toBeTruthy();
    ack = { accepted: true, elapsedMs: 4_000 };
    act(() => stubServer.socket.accept());
    expect(await screen.findByText('Đã ghi nhận')).toBeTruthy();
    expect(stubServer.socket.sent('live:answer')).toHaveLength(2);
    expect(screen.queryByText('Đang kết nối lại…')).toBeNull();
  });

  it('does not take news older than a doubtful answer as saying the server lacks it', async () => {
    let releaseView: () => void = () => undefined;
    const view = new Promise<LivePlayerView>((resolve) => (releaseView = () => resolve(me())));
    vi.stubGlobal('fetch', fakeApi({}));
    stubServer.handlers['live:join'] = () => ({ ...questionState(0), joinedAs: 'player' });
    stubServer.handlers['live:me'] = () => view;
    stubServer.handlers['live:answer'] = () => NO_ACK;
    renderWithProviders(
      <Routes>
        <Route path="/play" element={<PlayerPage />} />
      </Routes>,
      { route: '/play?code=K7QX2M' },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sở Nội vụ' }));
    await screen.findByText(/Chưa chắc câu trả lời đã tới máy chủ/);
    // The view asked for before the answer arrives now: it cannot know about the answer.
    await act(async () => releaseView());
    expect(stubServer.socket.sent('live:answer')).toHaveLength(1);
    expect(screen.getByTestId('answer-state').getAttribute('data-state')).toBe('unsure');
  });

  it('after the reveal: right or wrong in words, points earned, score and rank — and focus on the news', async () => {
    let revealed = false;
    renderPlayer(questionState(0), {
      view: () => (revealed ? me({ score: 1_950, rank: 1, answer: { questionId: 'q-1', optionIds: ['o-a'], correct: true, points: 950 } }) : me()),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sở Nội vụ' }));
    await screen.findByText('Đã ghi nhận');
    revealed = true;
    act(() => stubServer.socket.push('live:state', { ...questionState(0), phase: 'reveal', reveal: aReveal(), serverNow: '2018-05-07T03:00:25.000Z' }));
    const heading = await screen.findByRole('heading', { name: 'Chính xác!' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('+950 điểm')).toBeTruthy();
    expect(screen.getByText('Đáp án đúng: A. Sở Nội vụ')).toBeTruthy();
    expect(screen.getByTestId('my-score').textContent).toBe('Tổng điểm1.950Xếp hạngHạng 1');
    expect(screen.getByTestId('phase-announcement').textContent).toBe('Đã công bố đáp án.');
  });

  it('shows the podium with the player’s own place', async () => {
    renderPlayer(aLiveState({ phase: 'podium', index: 2, podium: aReveal().standings }), { view: () => me({ score: 870, rank: 2 }) });
    expect(await screen.findByText('Bạn xếp hạng 2 với 870 điểm.')).toBeTruthy();
    expect(within(screen.getByTestId('podium')).getAllByText('Nguyễn Văn An').length).toBeGreaterThan(0);
  });

  it('asks a visitor to sign in and come back, or to watch', async () => {
    sessionStore.clear();
    renderPlayer(aLiveState());
    expect(screen.getByRole('heading', { name: 'Đăng nhập để chơi' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Chỉ xem, không chơi' }).getAttribute('href')).toBe('/live/K7QX2M');
    fireEvent.click(screen.getByRole('link', { name: 'Đăng nhập' }));
    expect(await screen.findByText('trang đăng nhập')).toBeTruthy();
    expect(stubServer.sockets).toHaveLength(0);
  });
});
