import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { BOARD_TOP, type Category, type LeaderboardSnapshot, type LeaderboardSubscription } from '@reform-quiz/contracts';
import type Redis from 'ioredis';
import type { Subscription } from 'rxjs';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import { REDIS } from '../../common/redis/redis.module';
import { AttemptEvents } from '../attempts/attempt-events';
import { ContestsRepository } from '../contests/contests.repository';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { StatisticsService } from '../leaderboard/statistics.service';
import { LiveSender } from './live-sender';

/** At most two snapshots a second per board: changes in between are coalesced into the next one. */
export const BOARD_MIN_INTERVAL_MS = 500;

/**
 * A subscriber arriving when nothing has changed gets the board as last
 * computed, if it is at most this old by the wall clock and by the server's
 * clock (the board also depends on time: freezes, closing). A hall of ten
 * thousand phones subscribing then costs one computation a second, not one each.
 */
const SNAPSHOT_REUSE_MS = 1000;

/**
 * A board's sockets are spread over this many rooms, and an update goes to
 * one room after another with other work let in between: ten thousand
 * sockets never hold the event loop in one go.
 */
const BOARD_SHARDS = 32;

/** A snapshot before it is numbered and sent. */
type Board = Omit<LeaderboardSnapshot, 'seq' | 'sentAt'>;

interface Computed {
  /** The change generation it was computed in: any change since makes it stale. */
  generation: number;
  at: number;
  clockAt: number;
  board: Promise<Board>;
  /** Its number, read once when a subscriber first needs it; an update sets it when it numbers the board. */
  seq: Promise<number> | null;
}

interface BoardKey {
  kind: 'round' | 'contest';
  id: number;
  staff: boolean;
  category: Category | null;
}

export function boardRoom(key: BoardKey): string {
  return `board:${key.kind}:${key.id}:${key.staff ? 'staff' : 'public'}:${key.category ?? 'all'}`;
}

/** The board a room shows: its name without the shard. */
const boardOf = (room: string) => room.replace(/#\d+$/, '');

/** The board rooms among a process's rooms (every socket is also a room of its own). */
const boardRooms = (rooms: string[]) => rooms.filter((r) => r.startsWith('board:'));

function parseRoom(room: string): BoardKey | null {
  const m = /^board:(round|contest):(\d+):(staff|public):(civil_servant|citizen|all)(?:#\d+)?$/.exec(room);
  if (!m) return null;
  return { kind: m[1] as BoardKey['kind'], id: Number(m[2]), staff: m[3] === 'staff', category: m[4] === 'all' ? null : (m[4] as Category) };
}

/** Staff rooms are computed as the jury sees them (the live board); public rooms as the public does. */
const STAFF_VIEWER: Caller = { userId: '00000000-0000-4000-8000-000000000000', sessionId: 'board', role: 'judge' };

/**
 * Audience boards over Socket.IO. A subscriber gets a full snapshot at once;
 * then, whenever an attempt of the board's round is finalised, a fresh
 * snapshot — never one message per answer: changes within 500 ms coalesce.
 * Snapshots are numbered per board across all processes (Redis INCR), so a
 * client that sees a gap asks again. A board is computed once per change and
 * shared: by everyone subscribing meanwhile, and by the board's next update,
 * numbered once and emitted once per shard room (Socket.IO encodes an emit
 * once for all the room's sockets).
 */
@Injectable()
export class BoardPublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(BoardPublisher.name);
  private readonly lastSent = new Map<string, number>();
  /** Boards with a change not yet in a snapshot. */
  private readonly pending = new Set<string>();
  /** The snapshot being computed and sent, per board: the next waits for it. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly localSeq = new Map<string, number>();
  private readonly computed = new Map<string, Computed>();
  private generation = 0;
  /** Rounds finalised in this tick, announced together: a burst of finalisations is one change. */
  private readonly changedRounds = new Set<number>();
  private readonly contestOfRound = new Map<number, number>();
  private nextShard = 0;
  private subscription: Subscription | null = null;
  /** Once the app is shutting down, nothing new is computed. */
  private closed = false;

  constructor(
    private readonly leaderboards: LeaderboardService,
    private readonly statistics: StatisticsService,
    private readonly contests: ContestsRepository,
    private readonly sender: LiveSender,
    private readonly events: AttemptEvents,
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.finalized$.subscribe(({ roundId }) => {
      // Stale at once for new subscribers; the rooms hear of it with the rest of this tick's changes.
      this.invalidate();
      if (this.changedRounds.size === 0) setImmediate(() => this.announceChanges());
      this.changedRounds.add(roundId);
    });
  }

  onModuleDestroy(): void {
    this.closed = true;
    this.subscription?.unsubscribe();
    for (const timer of this.timers) clearTimeout(timer);
  }

  /** The room a subscriber joins: its board's, in the next shard round robin. */
  roomFor(subscription: LeaderboardSubscription, caller: Caller | undefined): string {
    const staff = !!caller && ['organizer', 'judge', 'admin'].includes(caller.role);
    const kind = subscription.roundId !== undefined ? 'round' : 'contest';
    const board = boardRoom({ kind, id: (subscription.roundId ?? subscription.contestId) as number, staff, category: subscription.category ?? null });
    this.nextShard = (this.nextShard + 1) % BOARD_SHARDS;
    return `${board}#${this.nextShard}`;
  }

  /** The snapshot a new subscriber gets, numbered like the updates that follow. */
  async snapshot(room: string): Promise<LeaderboardSnapshot> {
    const board = boardOf(room);
    const entry = this.shared(board);
    entry.seq ??= this.currentSeq(board);
    return { ...(await entry.board), seq: await entry.seq, sentAt: Date.now() };
  }

  /** A board, computed once per change and shared by everyone who asks meanwhile. */
  private shared(board: string): Computed {
    const cached = this.computed.get(board);
    const now = Date.now();
    const clockNow = this.clock.now();
    const fresh = (c: Computed) => c.generation === this.generation && now - c.at < SNAPSHOT_REUSE_MS && clockNow >= c.clockAt && clockNow - c.clockAt < SNAPSHOT_REUSE_MS;
    if (cached && fresh(cached)) return cached;
    const entry: Computed = { generation: this.generation, at: now, clockAt: clockNow, board: this.compute(board), seq: null };
    this.computed.set(board, entry);
    entry.board.catch(() => {
      if (this.computed.get(board) === entry) this.computed.delete(board);
    });
    return entry;
  }

  private async compute(board: string): Promise<Board> {
    const key = parseRoom(board);
    if (!key) throw new Error(`not a board room: ${board}`);
    const viewer = key.staff ? STAFF_VIEWER : undefined;
    const query = { limit: BOARD_TOP, ...(key.category && { category: key.category }) };
    const computed = key.kind === 'round' ? await this.leaderboards.round(key.id, query, viewer) : await this.leaderboards.contest(key.id, query, viewer);
    const contestId = key.kind === 'contest' ? key.id : await this.contestOf(key.id);
    const participation = contestId ? await this.statistics.participation(contestId, key.kind === 'round' ? key.id : null) : [];
    const { me: _me, ...shared } = computed;
    return { ...shared, participation };
  }

  /** A round's boards (and its contest's) changed: refresh every board this process serves that shows them. */
  async roundChanged(roundId: number): Promise<void> {
    if (this.closed) return;
    this.invalidate();
    const contestId = await this.contestOf(roundId);
    for (const board of new Set(boardRooms(this.sender.localRooms()).map(boardOf))) {
      const key = parseRoom(board);
      if (key && ((key.kind === 'round' && key.id === roundId) || (key.kind === 'contest' && key.id === contestId))) this.schedule(board);
    }
  }

  /**
   * Snapshots of one board go out one after another, at least 500 ms apart
   * (measured when they are sent, however long computing them takes); changes
   * that arrive meanwhile ride along in the next one.
   */
  private schedule(board: string): void {
    if (this.pending.has(board)) return;
    this.pending.add(board);
    void this.runAfterPrevious(board);
  }

  private async runAfterPrevious(board: string): Promise<void> {
    await this.inFlight.get(board);
    const wait = Math.max(0, (this.lastSent.get(board) ?? 0) + BOARD_MIN_INTERVAL_MS - Date.now());
    if (wait > 0) await this.sleep(wait);
    // From here on, a new change needs a new snapshot: this one may already be computing.
    this.pending.delete(board);
    const push = this.push(board);
    this.inFlight.set(board, push);
    await push;
  }

  private async push(board: string): Promise<void> {
    if (this.closed) return;
    try {
      const generation = this.generation;
      const computed = await this.shared(board).board;
      const snapshot = { ...computed, seq: await this.nextSeq(board), sentAt: Date.now() };
      // Until the next change, subscribers get exactly what the rooms get.
      if (generation === this.generation) this.computed.set(board, { generation, at: Date.now(), clockAt: this.clock.now(), board: Promise.resolve(computed), seq: Promise.resolve(snapshot.seq) });
      for (const room of boardRooms(this.sender.localRooms()).filter((r) => boardOf(r) === board)) {
        this.sender.boardUpdate(room, snapshot);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      this.logger.warn(`board ${board} not pushed: ${(error as Error).message}`);
    } finally {
      this.lastSent.set(board, Date.now());
    }
  }

  private announceChanges(): void {
    const rounds = [...this.changedRounds];
    this.changedRounds.clear();
    if (this.closed) return;
    for (const roundId of rounds) {
      this.sender.announceBoardChange(roundId);
      this.roundChanged(roundId).catch((error: unknown) => this.logger.warn(`boards of round ${roundId} not refreshed: ${(error as Error).message}`));
    }
  }

  private invalidate(): void {
    this.generation += 1;
    this.computed.clear();
  }

  /** A round never moves to another contest, so its contest is looked up once. */
  private async contestOf(roundId: number): Promise<number | undefined> {
    const known = this.contestOfRound.get(roundId);
    if (known !== undefined) return known;
    const contestId = (await this.contests.findRound(roundId))?.contestId;
    if (contestId !== undefined) this.contestOfRound.set(roundId, contestId);
    return contestId;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      timer.unref();
      this.timers.add(timer);
    });
  }

  private async currentSeq(board: string): Promise<number> {
    const local = this.localSeq.get(board) ?? 0;
    if (!this.redis) return local;
    const shared = await this.redis.get(`rq:seq:${board}`).catch(() => null);
    return Math.max(local, Number(shared ?? 0));
  }

  /** Shared across processes through Redis; when Redis is away, carries on locally and never goes backwards. */
  private async nextSeq(board: string): Promise<number> {
    const local = (this.localSeq.get(board) ?? 0) + 1;
    const shared = this.redis ? await this.redis.incr(`rq:seq:${board}`).catch(() => null) : null;
    const seq = Math.max(local, shared ?? 0);
    this.localSeq.set(board, seq);
    return seq;
  }
}
