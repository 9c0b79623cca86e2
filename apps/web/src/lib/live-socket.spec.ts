import type { Profile } from '@reform-quiz/contracts';
import { NO_ACK, StubSocket } from '../testing/stub-socket';
import { LiveConnection, LiveRequestError } from './live-socket';
import { SessionStore } from './session-store';

function signIn(store: SessionStore, id: string, token: string): void {
  store.start({ accessToken: token, tokenType: 'Bearer', expiresAt: '2099-01-01T00:00:00Z', user: { id, role: 'participant', fullName: id } as Profile });
}

function setup({ anonymous = false, status = 'anonymous' as 'restoring' | 'anonymous', refresh = async () => false } = {}) {
  const store = new SessionStore(status);
  const sockets: StubSocket[] = [];
  const refreshSpy = vi.fn(refresh);
  const connection = new LiveConnection({
    anonymous,
    session: { getState: store.getState, subscribe: store.subscribe, refresh: refreshSpy },
    createSocket: (auth) => {
      const socket = new StubSocket(auth);
      sockets.push(socket);
      return socket;
    },
  });
  return { store, connection, socket: sockets[0], refresh: refreshSpy };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LiveConnection', () => {
  it('waits for the session to be restored, then connects with the access token', async () => {
    const { store, connection, socket } = setup({ status: 'restoring' });
    connection.start();
    expect(socket.auths).toEqual([]);
    signIn(store, 'u-1', 'token-1');
    await flush();
    expect(socket.auths).toEqual([{ token: 'token-1' }]);
    expect(connection.getStatus()).toBe('connected');
  });

  it('watches without a token when anonymous, even if someone is signed in', async () => {
    const { store, connection, socket } = setup({ anonymous: true });
    signIn(store, 'u-1', 'token-1');
    connection.start();
    await flush();
    expect(socket.auths).toEqual([{}]);
  });

  it('refreshes an expired token when the server refuses it, and connects again with the fresh one', async () => {
    const { store, connection, socket, refresh } = setup({
      refresh: async () => {
        signIn(store, 'u-1', 'token-2');
        return true;
      },
    });
    signIn(store, 'u-1', 'token-1');
    socket.onConnectAttempt = (auth) => (auth.token === 'token-1' ? { refuse: 'TOKEN_EXPIRED' } : 'accept');
    connection.start();
    await flush();
    await flush();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(socket.auths).toEqual([{ token: 'token-1' }, { token: 'token-2' }]);
    expect(connection.getStatus()).toBe('connected');
  });

  it('reconnects when the signed-in user changes, so the server sees who plays now', async () => {
    const { store, connection, socket } = setup();
    connection.start();
    await flush();
    expect(socket.auths).toEqual([{}]);
    signIn(store, 'u-1', 'token-1');
    await flush();
    expect(socket.auths).toEqual([{}, { token: 'token-1' }]);
    // A refreshed token of the same user changes nothing: the server checked it at connect.
    signIn(store, 'u-1', 'token-1b');
    await flush();
    expect(socket.auths).toHaveLength(2);
  });

  it('runs connect handlers at every (re)connect and reports the status', async () => {
    const { connection, socket } = setup();
    const onConnect = vi.fn();
    connection.onConnect(onConnect);
    connection.start();
    expect(connection.getStatus()).toBe('connecting');
    await flush();
    expect(onConnect).toHaveBeenCalledTimes(1);
    socket.drop();
    expect(connection.getStatus()).toBe('reconnecting');
    socket.accept();
    expect(connection.getStatus()).toBe('connected');
    expect(onConnect).toHaveBeenCalledTimes(2);
  });

  it('turns error replies, missing acknowledgements and a dropped line into coded errors', async () => {
    const { connection, socket } = setup();
    await expect(connection.request('live:join', { code: 'K7QX2M' })).rejects.toEqual(new LiveRequestError('OFFLINE'));
    connection.start();
    await flush();
    socket.handlers['live:join'] = () => ({ error: { code: 'LIVE_SESSION_NOT_FOUND', message: 'no such game' } });
    await expect(connection.request('live:join', { code: 'K7QX2M' })).rejects.toMatchObject({ code: 'LIVE_SESSION_NOT_FOUND' });
    socket.handlers['live:join'] = () => NO_ACK;
    await expect(connection.request('live:join', { code: 'K7QX2M' })).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(socket.sent('live:join')).toHaveLength(2);
  });

  it('closes the socket and stops listening when closed', async () => {
    const { connection, socket } = setup();
    const onConnect = vi.fn();
    connection.onConnect(onConnect);
    connection.start();
    await flush();
    connection.close();
    expect(socket.connected).toBe(false);
    socket.accept();
    expect(onConnect).toHaveBeenCalledTimes(1);
  });
});
