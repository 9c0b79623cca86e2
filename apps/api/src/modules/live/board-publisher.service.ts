import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Category, LeaderboardSnapshot, LeaderboardSubscription } from '@reform-quiz/contracts';
import type Redis from 'ioredis';
import type { Subscription } from 'rxjs';
import type { Caller } from '../../common/auth/access.decorator';
import { REDIS } from '../../common/redis/redis.module';
import { AttemptEvents } from '../attempts/attempt-events';
import { ContestsRepository } from '../contests/contests.repository';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { StatisticsService } from '../leaderboard/statistics.service';
import { LiveSender } from './live-sender';

/** At most two snapshots a second per board: changes in between are coalesced into the next one. */
export const BOARD_MIN_INTERVAL_MS = 500;

interface BoardKey {
  kind: 'round' | 'contest';
  id: number;
  staff: boolean;
  category: Category | null;
}

export function boardRoom(key: BoardKey): string {
  return `board:${key.kind}:${key.id}:${key.staff ? 'staff' : 'public'}:${key.category ?? 'all'}`;
}

function parseRoom(room: string): BoardKey | null {
  const m = /^board:(round|contest):(\d+):(staff|public):(civil_servant|citizen|all)$/.exec(room);
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
 * client that sees a gap asks again.
 */
@Injectable()
export class BoardPublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(BoardPublisher.name);
  private readonly lastSent = new Map<string, number>();
  /** Rooms with a change not yet in a snapshot. */
  private readonly pending = new Set<string>();
  /** The snapshot being computed and sent, per room: the next waits for it. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly localSeq = new Map<string, number>();
  private subscription: Subscription | null = null;
  /** Once the app is shutting down, nothing new is computed. */
  private closed = false;

  constructor(
    private readonly leaderboards: LeaderboardService,
    private readonly statistics: StatisticsService,
    private readonly contests: ContestsRepository,
    private readonly sender: LiveSender,
    private readonly events: AttemptEvents,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.finalized$.subscribe(({ roundId }) => {
      this.sender.announceBoardChange(roundId);
      this.roundChanged(roundId).catch((error: unknown) => this.logger.warn(`boards of round ${roundId} not refreshed: ${(error as Error).message}`));
    });
  }

  onModuleDestroy(): void {
    this.closed = true;
    this.subscription?.unsubscribe();
    for (const timer of this.timers) clearTimeout(timer);
  }

  roomFor(subscription: LeaderboardSubscription, caller: Caller | undefined): string {
    const staff = !!caller && ['organizer', 'judge', 'admin'].includes(caller.role);
    const kind = subscription.roundId !== undefined ? 'round' : 'contest';
    return boardRoom({ kind, id: (subscription.roundId ?? subscription.contestId) as number, staff, category: subscription.category ?? null });
  }

  /** The snapshot a new subscriber gets, numbered like the updates that follow. */
  async snapshot(room: string): Promise<LeaderboardSnapshot> {
    const key = parseRoom(room);
    if (!key) throw new Error(`not a board room: ${room}`);
    const viewer = key.staff ? STAFF_VIEWER : undefined;
    const query = { limit: 50, ...(key.category && { category: key.category }) };
    const board = key.kind === 'round' ? await this.leaderboards.round(key.id, query, viewer) : await this.leaderboards.contest(key.id, query, viewer);
    const contestId = key.kind === 'contest' ? key.id : (await this.contests.findRound(key.id))?.contestId;
    const stats = contestId ? await this.statistics.compute(contestId, key.kind === 'round' ? key.id : null) : null;
    const { me: _me, ...shared } = board;
    return { ...shared, seq: await this.currentSeq(room), sentAt: Date.now(), participation: stats?.participation ?? [] };
  }

  /** A round's boards (and its contest's) changed: refresh every local room that shows them. */
  async roundChanged(roundId: number): Promise<void> {
    if (this.closed) return;
    const contestId = (await this.contests.findRound(roundId))?.contestId;
    for (const room of this.sender.localRooms()) {
      const key = parseRoom(room);
      if (key && ((key.kind === 'round' && key.id === roundId) || (key.kind === 'contest' && key.id === contestId))) this.schedule(room);
    }
  }

  /**
   * Snapshots of one room go out one after another, at least 500 ms apart
   * (measured when they are sent, however long computing them takes); changes
   * that arrive meanwhile ride along in the next one.
   */
  private schedule(room: string): void {
    if (this.pending.has(room)) return;
    this.pending.add(room);
    void this.runAfterPrevious(room);
  }

  private async runAfterPrevious(room: string): Promise<void> {
    await this.inFlight.get(room);
    const wait = Math.max(0, (this.lastSent.get(room) ?? 0) + BOARD_MIN_INTERVAL_MS - Date.now());
    if (wait > 0) await this.sleep(wait);
    // From here on, a new change needs a new snapshot: this one may already be computing.
    this.pending.delete(room);
    const push = this.push(room);
    this.inFlight.set(room, push);
    await push;
  }

  private async push(room: string): Promise<void> {
    if (this.closed) return;
    try {
      const snapshot = await this.snapshot(room);
      snapshot.seq = await this.nextSeq(room);
      snapshot.sentAt = Date.now();
      this.sender.boardUpdate(room, snapshot);
    } catch (error) {
      this.logger.warn(`board ${room} not pushed: ${(error as Error).message}`);
    } finally {
      this.lastSent.set(room, Date.now());
    }
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

  private async currentSeq(room: string): Promise<number> {
    const local = this.localSeq.get(room) ?? 0;
    if (!this.redis) return local;
    const shared = await this.redis.get(`rq:seq:${room}`).catch(() => null);
    return Math.max(local, Number(shared ?? 0));
  }

  /** Shared across processes through Redis; when Redis is away, carries on locally and never goes backwards. */
  private async nextSeq(room: string): Promise<number> {
    const local = (this.localSeq.get(room) ?? 0) + 1;
    const shared = this.redis ? await this.redis.incr(`rq:seq:${room}`).catch(() => null) : null;
    const seq = Math.max(local, shared ?? 0);
    this.localSeq.set(room, seq);
    return seq;
  }
}
