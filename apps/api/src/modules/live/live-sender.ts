import { Inject, Injectable } from '@nestjs/common';
import type { LeaderboardSnapshot, LiveServerEvents, LiveSessionState } from '@reform-quiz/contracts';
import type { Namespace } from 'socket.io';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/**
 * The one way services push to live clients. The gateway hands it the
 * namespace when Socket.IO starts; before that (or in a process without
 * sockets) pushes are dropped.
 */
@Injectable()
export class LiveSender {
  private namespace: Namespace<Record<string, never>, LiveServerEvents> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  attach(namespace: Namespace<Record<string, never>, LiveServerEvents>): void {
    this.namespace = namespace;
  }

  /** To this process's sockets only: board snapshots are computed per process. */
  boardUpdate(room: string, snapshot: LeaderboardSnapshot): void {
    this.namespace?.local.to(room).emit('leaderboard:update', snapshot);
  }

  /** To every socket of the session on every process (through the Redis adapter when there is one). */
  sessionState(state: LiveSessionState): void {
    this.namespace?.to(sessionRoom(state.id)).emit('live:state', state);
  }

  /** Tells the other API processes that a board changed; each refreshes its own subscribers. */
  announceBoardChange(roundId: number): void {
    // Only the Redis adapter links processes; alone, there is nobody to tell.
    if (this.config.redisUrl) this.namespace?.serverSideEmit('board:dirty', roundId);
  }

  localRooms(): string[] {
    return this.namespace ? [...this.namespace.adapter.rooms.keys()] : [];
  }
}

export const sessionRoom = (sessionId: string) => `live:${sessionId}`;
