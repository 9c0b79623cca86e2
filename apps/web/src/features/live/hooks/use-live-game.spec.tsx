import { act, renderHook, waitFor } from '@testing-library/react';
import type { LiveSessionState } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aLiveState, questionState } from '../../../testing/live-fixtures';
import { signInAs } from '../../../testing/question-fixtures';
import { stubServer } from '../../../testing/stub-socket';
import { useLiveGame } from './use-live-game';

vi.mock('socket.io-client', () => import('../../../testing/stub-socket-io'));

const joined = (state: LiveSessionState, joinedAs: 'player' | 'audience' = 'player') => ({ ...state, joinedAs });

describe('useLiveGame', () => {
  beforeEach(() => {
    stubServer.reset();
    signInAs('participant', 'u-an', 'Nguyễn Văn An');
  });

  afterEach(() => sessionStore.clear());

  it('joins by code with the access token and keeps what the server says it is', async () => {
    stubServer.handlers['live:join'] = () => joined(aLiveState({ players: 1 }));
    const { result } = renderHook(() => useLiveGame('K7QX2M'));
    await waitFor(() => expect(result.current.state?.players).toBe(1));
    expect(result.current.joinedAs).toBe('player');
    expect(result.current.status).toBe('connected');
    expect(stubServer.socket.auths).toEqual([{ token: 'token' }]);
    expect(stubServer.socket.sent('live:join')).toEqual([{ code: 'K7QX2M' }]);
  });

  it('follows the states the server pushes, newer ones only, of its own game only', async () => {
    stubServer.handlers['live:join'] = () => joined(aLiveState());
    const { result } = renderHook(() => useLiveGame('K7QX2M'));
    await waitFor(() => expect(result.current.state?.phase).toBe('lobby'));

    act(() => stubServer.socket.push('live:state', questionState(0)));
    expect(result.current.state?.phase).toBe('question');
    // An older state that arrives late changes nothing.
    act(() => stubServer.socket.push('live:state', aLiveState({ players: 9, serverNow: '2018-05-07T02:00:00.000Z' })));
    expect(result.current.state?.phase).toBe('question');
    // Another game's state (same socket, another room) is not ours.
    act(() => stubServer.socket.push('live:state', questionState(1, { id: '22222222-2222-4222-8222-222222222222', code: 'ZZZZZZ' })));
    expect(result.current.state?.index).toBe(0);
    // Pushes do not say how this device joined: that stays.
    expect(result.current.joinedAs).toBe('player');
  });

  it('joins again after the line drops and comes back, and catches up with the game', async () => {
    let answer = aLiveState();
    stubServer.handlers['live:join'] = () => joined(answer);
    const { result } = renderHook(() => useLiveGame('K7QX2M'));
    await waitFor(() => expect(result.current.state?.phase).toBe('lobby'));

    act(() => stubServer.socket.drop());
    expect(result.current.status).toBe('reconnecting');
    answer = questionState(1);
    act(() => stubServer.socket.accept());
    await waitFor(() => expect(result.current.state?.index).toBe(1));
    expect(result.current.status).toBe('connected');
    expect(stubServer.socket.sent('live:join')).toHaveLength(2);
  });

  it('says so when no game has the code', async () => {
    stubServer.handlers['live:join'] = () => ({ error: { code: 'LIVE_SESSION_NOT_FOUND', message: 'No live session has this id or code' } });
    const { result } = renderHook(() => useLiveGame('ZZZZZZ'));
    await waitFor(() => expect(result.current.error).toBe('LIVE_SESSION_NOT_FOUND'));
    expect(result.current.state).toBeNull();
  });

  it('watches without the account when asked to (projector)', async () => {
    stubServer.handlers['live:join'] = () => joined(aLiveState(), 'audience');
    const { result } = renderHook(() => useLiveGame('K7QX2M', { anonymous: true }));
    await waitFor(() => expect(result.current.joinedAs).toBe('audience'));
    expect(stubServer.socket.auths).toEqual([{}]);
  });

  it('closes the socket when the page goes', async () => {
    stubServer.handlers['live:join'] = () => joined(aLiveState());
    const { result, unmount } = renderHook(() => useLiveGame('K7QX2M'));
    await waitFor(() => expect(result.current.state).not.toBeNull());
    const socket = stubServer.socket;
    unmount();
    expect(socket.connected).toBe(false);
  });
});
