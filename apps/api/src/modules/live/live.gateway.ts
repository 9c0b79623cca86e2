import { Logger } from '@nestjs/common';
import { OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer, ConnectedSocket, MessageBody } from '@nestjs/websockets';
import {
  CATEGORIES,
  LIVE_NAMESPACE,
  type LeaderboardSnapshot,
  type LiveAnswerAck,
  type LiveError,
  type LivePlayerView,
  type LiveServerEvents,
  type LiveSessionState,
} from '@reform-quiz/contracts';
import type { Namespace, Socket } from 'socket.io';
import type { Caller } from '../../common/auth/access.decorator';
import { CallerResolver } from '../../common/auth/caller-resolver';
import { describeError } from '../../common/errors/error-response';
import { BoardPublisher } from './board-publisher.service';
import { LiveSender, sessionRoom } from './live-sender';
import { LiveSessionsService } from './live-sessions.service';

interface SocketData {
  caller?: Caller;
}
type LiveSocket = Socket<Record<string, never>, LiveServerEvents, Record<string, never>, SocketData>;

const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) < 2 ** 31;
const isUuid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const invalid = (message: string): LiveError => ({ error: { code: 'VALIDATION_FAILED', message } });
const refuse = (error: unknown): LiveError => {
  const { body } = describeError(error);
  return { error: { code: body.error.code, message: body.error.message } };
};

/**
 * The one gateway of the `/live` namespace. A socket may bring an access
 * token (`auth.token`): then it acts as that account; without one it is an
 * anonymous audience that can only watch. A token that does not check out is
 * refused at connect, so the client knows to refresh it.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit {
  private readonly logger = new Logger(LiveGateway.name);

  @WebSocketServer()
  private namespace!: Namespace<Record<string, never>, LiveServerEvents, Record<string, never>, SocketData>;

  constructor(
    private readonly callers: CallerResolver,
    private readonly boards: BoardPublisher,
    private readonly live: LiveSessionsService,
    private readonly sender: LiveSender,
  ) {}

  afterInit(namespace: Namespace<Record<string, never>, LiveServerEvents, Record<string, never>, SocketData>): void {
    this.sender.attach(namespace);
    namespace.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (token === undefined || token === null || token === '') return next();
      if (typeof token !== 'string') return next(new Error('UNAUTHENTICATED'));
      this.callers
        .resolve(token)
        .then((caller) => {
          socket.data.caller = caller;
          next();
        })
        .catch((error: unknown) => next(new Error(describeError(error).body.error.code)));
    });
    // Another API process saw a board change: refresh the boards this process serves.
    namespace.on('board:dirty', (roundId: unknown) => {
      if (isId(roundId)) this.boards.roundChanged(roundId).catch((error: unknown) => this.logger.warn(`boards not refreshed: ${(error as Error).message}`));
    });
    this.logger.log(`Socket.IO namespace ${LIVE_NAMESPACE} ready`);
  }

  @SubscribeMessage('leaderboard:subscribe')
  async subscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LeaderboardSnapshot | LiveError> {
    const request = (body ?? {}) as { roundId?: unknown; contestId?: unknown; category?: unknown };
    if (isId(request.roundId) === isId(request.contestId)) return invalid('send exactly one of roundId or contestId');
    if (request.category !== undefined && !CATEGORIES.includes(request.category as never)) return invalid('category must be civil_servant or citizen');
    const subscription = { roundId: isId(request.roundId) ? request.roundId : undefined, contestId: isId(request.contestId) ? request.contestId : undefined, category: request.category as never };
    try {
      const room = this.boards.roomFor(subscription, socket.data.caller);
      const snapshot = await this.boards.snapshot(room);
      // Leave other boards: one socket watches one board at a time.
      for (const other of socket.rooms) if (other.startsWith('board:') && other !== room) await socket.leave(other);
      await socket.join(room);
      return snapshot;
    } catch (error) {
      return refuse(error);
    }
  }

  @SubscribeMessage('leaderboard:unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: LiveSocket): Promise<{ ok: true }> {
    for (const room of socket.rooms) if (room.startsWith('board:')) await socket.leave(room);
    return { ok: true };
  }

  @SubscribeMessage('live:join')
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveSessionState | LiveError> {
    const code = (body as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || !/^[A-Za-z0-9]{4,8}$/.test(code.trim())) return invalid('code must be the 6-character join code');
    try {
      const session = await this.live.byCode(code);
      const state = await this.live.join(session, socket.data.caller);
      await socket.join(sessionRoom(session.id));
      return state;
    } catch (error) {
      return refuse(error);
    }
  }

  @SubscribeMessage('live:answer')
  async answer(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAnswerAck | LiveError> {
    const caller = socket.data.caller;
    if (!caller) return { error: { code: 'UNAUTHENTICATED', message: 'Sign in to play' } };
    const request = (body ?? {}) as { sessionId?: unknown; questionId?: unknown; optionIds?: unknown };
    if (!isUuid(request.sessionId) || !isUuid(request.questionId)) return invalid('sessionId and questionId must be ids');
    if (!Array.isArray(request.optionIds) || request.optionIds.length > 8 || !request.optionIds.every(isUuid)) return invalid('optionIds must be a list of option ids');
    try {
      return await this.live.answer(request.sessionId, request.questionId, request.optionIds, caller);
    } catch (error) {
      return refuse(error);
    }
  }

  @SubscribeMessage('live:me')
  async me(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LivePlayerView | LiveError> {
    const caller = socket.data.caller;
    if (!caller) return { error: { code: 'UNAUTHENTICATED', message: 'Sign in to play' } };
    const sessionId = (body as { sessionId?: unknown } | null)?.sessionId;
    if (!isUuid(sessionId)) return invalid('sessionId must be an id');
    try {
      return await this.live.me(sessionId, caller);
    } catch (error) {
      return refuse(error);
    }
  }
}
