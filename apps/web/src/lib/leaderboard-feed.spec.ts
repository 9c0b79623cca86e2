import { aSnapshot } from '../testing/live-fixtures';
import { StubSocket } from '../testing/stub-socket';
import { isSameBoard, LeaderboardFeed } from './leaderboard-feed';
import { LiveConnection } from './live-socket';
import { SessionStore } from './session-store';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setup() {
  const store = new SessionStore('anonymous');
  let socket!: StubSocket;
  const connection = new LiveConnection({
    anonymous: true,
    session: { getState: store.getState, subscribe: store.subscribe, refresh: async () => false },
    createSocket: (auth) => (socket = new StubSocket(auth)),
  });
  let seq = 7;
  socket.handlers['leaderboard:subscribe'] = () => aSnapshot({ seq });
  const shown: number[] = [];
  const feed = new LeaderboardFeed(connection, { roundId: 1 }, { onSnapshot: (snapshot) => shown.push(snapshot.seq) });
  feed.start();
  connection.start();
  await flush();
  return { socket, feed, shown, setSeq: (value: number) => (seq = value) };
}

describe('LeaderboardFeed', () => {
  it('subscribes on connect and applies updates numbered one after another', async () => {
    const { socket, shown } = await setup();
    expect(socket.sent('leaderboard:subscribe')).toEqual([{ roundId: 1 }]);
    socket.push('leaderboard:update', aSnapshot({ seq: 8 }));
    socket.push('leaderboard:update', aSnapshot({ seq: 9 }));
    expect(shown).toEqual([7, 8, 9]);
  });

  it('drops repeated or older snapshots and other boards’ snapshots', async () => {
    const { socket, shown } = await setup();
    socket.push('leaderboard:update', aSnapshot({ seq: 7 }));
    socket.push('leaderboard:update', aSnapshot({ seq: 5 }));
    socket.push('leaderboard:update', aSnapshot({ seq: 8, roundId: 2 }));
    socket.push('leaderboard:update', aSnapshot({ seq: 8, category: 'citizen' }));
    expect(shown).toEqual([7]);
    expect(socket.sent('leaderboard:subscribe')).toHaveLength(1);
  });

  it('subscribes again for a fresh snapshot when a number is skipped', async () => {
    const { socket, shown, setSeq } = await setup();
    setSeq(12);
    socket.push('leaderboard:update', aSnapshot({ seq: 9 }));
    await flush();
    expect(socket.sent('leaderboard:subscribe')).toHaveLength(2);
    expect(shown).toEqual([7, 12]);
    socket.push('leaderboard:update', aSnapshot({ seq: 13 }));
    expect(shown).toEqual([7, 12, 13]);
  });

  it('subscribes again after a reconnect (the server forgot the room), taking the new numbering', async () => {
    const { socket, shown, setSeq } = await setup();
    socket.drop();
    setSeq(2);
    socket.accept();
    await flush();
    expect(socket.sent('leaderboard:subscribe')).toHaveLength(2);
    socket.push('leaderboard:update', aSnapshot({ seq: 3 }));
    expect(shown).toEqual([7, 2, 3]);
  });

  it('keeps an update that overtook the subscribe’s answer when it is the next one', async () => {
    const store = new SessionStore('anonymous');
    let socket!: StubSocket;
    const connection = new LiveConnection({ anonymous: true, session: { getState: store.getState, subscribe: store.subscribe, refresh: async () => false }, createSocket: (auth) => (socket = new StubSocket(auth)) });
    const shown: number[] = [];
    socket.handlers['leaderboard:subscribe'] = async () => {
      socket.push('leaderboard:update', aSnapshot({ seq: 8 }));
      return aSnapshot({ seq: 7 });
    };
    new LeaderboardFeed(connection, { roundId: 1 }, { onSnapshot: (snapshot) => shown.push(snapshot.seq) }).start();
    connection.start();
    await flush();
    expect(shown).toEqual([7, 8]);
  });

  it('stops and unsubscribes', async () => {
    const { socket, feed, shown } = await setup();
    socket.handlers['leaderboard:unsubscribe'] = () => ({ ok: true });
    feed.stop();
    socket.push('leaderboard:update', aSnapshot({ seq: 8 }));
    expect(shown).toEqual([7]);
    expect(socket.sent('leaderboard:unsubscribe')).toEqual([{ roundId: 1 }]);
  });

  it('tells a contest board from a round board of the same contest', () => {
    expect(isSameBoard({ contestId: 1 }, aSnapshot({ roundId: undefined, contestId: 1 }))).toBe(true);
    expect(isSameBoard({ contestId: 1 }, aSnapshot({ roundId: 1, contestId: 1 }))).toBe(false);
    expect(isSameBoard({ roundId: 1, category: 'citizen' }, aSnapshot({ category: 'citizen' }))).toBe(true);
  });
});
