import { Inject, Logger } from '@nestjs/common';
import { MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer, ConnectedSocket, MessageBody } from '@nestjs/websockets';
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
import { RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible';
import type { Namespace, Socket } from 'socket.io';
import { ACCESS_POLICY, type AccessPolicy, Authenticated, type Caller, Public } from '../../common/auth/access.decorator';
import { accessRefusal } from '../../common/auth/access.guard';
import { CallerResolver } from '../../common/auth/caller-resolver';
import { describeError } from '../../common/errors/error-response';
import { RateLimiters } from '../../common/redis/rate-limiters';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { BoardPublisher } from './board-publisher.service';
import { LiveSender, sessionRoom } from './live-sender';
import { LiveSessionsService } from './live-sessions.service';

interface SocketData {
  caller?: Caller;
  /** Where the connection comes from (the first X-Forwarded-For hop when TRUST_PROXY is on). */
  address?: string;
  /** Messages refused by the rate limit in the current window. */
  refused?: number;
}

/**
 * Socket message limits. A player sends a handful of messages a minute (join,
 * one answer per question, `live:me`); a connection past SOCKET_LIMIT gets
 * RATE_LIMITED for the rest of the window, and one that keeps going is
 * disconnected. Joins are limited apart from that, across connections:
 * join codes that do not exist, per address (guessing codes), and joins per
 * signed-in account (one account flooding from many sockets). Many players
 * of a hall share one address, so the address counts only failed joins.
 */
export const SOCKET_LIMIT = { messages: 20, windowSeconds: 10, disconnectAfterRefused: 40 } as const;
export const JOIN_LIMIT = { failedPerAddress: 30, perAccount: 30, windowSeconds: 10 * 60 } as const;
type LiveSocket = Socket<Record<string, never>, LiveServerEvents, Record<string, never>, SocketData>;

const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) < 2 ** 31;
const isUuid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const invalid = (message: string): LiveError => ({ error: { code: 'VALIDATION_FAILED', message } });

/** Each event this gateway handles, with the access policy its handler declares (undefined: none declared). */
export function socketEventPolicies(gateway: new (...args: never[]) => unknown): Map<string, AccessPolicy | undefined> {
  const policies = new Map<string, AccessPolicy | undefined>();
  for (const name of Object.getOwnPropertyNames(gateway.prototype)) {
    const handler = (gateway.prototype as Record<string, unknown>)[name];
    if (typeof handler !== 'function' || !Reflect.getMetadata(MESSAGE_MAPPING_METADATA, handler)) continue;
    policies.set(Reflect.getMetadata(MESSAGE_METADATA, handler) as string, Reflect.getMetadata(ACCESS_POLICY, handler) as AccessPolicy | undefined);
  }
  return policies;
}

const rateLimited = (retryAfterSeconds: number): LiveError => ({ error: { code: 'RATE_LIMITED', message: `Too many messages; retry in ${retryAfterSeconds} s` } });
const refuse = (error: unknown): LiveError => {
  const { body } = describeError(error);
  return { error: { code: body.error.code, message: body.error.message } };
};

/**
 * The one gateway of the `/live` namespace. A socket may bring an access
 * token (`auth.token`): then it acts as that account; without one it is an
 * anonymous audience that can only watch. A token that does not check out is
 * refused at connect, so the client knows to refresh it.
 *
 * Each event declares who may send it with the decorators of HTTP routes
 * (`@Public()`, `@Authenticated()`, `@Roles()`). Global guards do not run on
 * sockets, so `handleConnection` enforces the declarations itself, deny by
 * default; the access tests check every event against its declaration.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(LiveGateway.name);
  private readonly perConnection = new RateLimiterMemory({ keyPrefix: 'live_socket', points: SOCKET_LIMIT.messages, duration: SOCKET_LIMIT.windowSeconds });
  private readonly failedJoinsPerAddress: RateLimiterAbstract;
  private readonly joinsPerAccount: RateLimiterAbstract;
  private readonly policies = socketEventPolicies(LiveGateway);

  @WebSocketServer()
  private namespace!: Namespace<Record<string, never>, LiveServerEvents, Record<string, never>, SocketData>;

  constructor(
    private readonly callers: CallerResolver,
    private readonly boards: BoardPublisher,
    private readonly live: LiveSessionsService,
    private readonly sender: LiveSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    limiters: RateLimiters,
  ) {
    this.failedJoinsPerAddress = limiters.create('live_join_fail_address', JOIN_LIMIT.failedPerAddress, JOIN_LIMIT.windowSeconds);
    this.joinsPerAccount = limiters.create('live_join_account', JOIN_LIMIT.perAccount, JOIN_LIMIT.windowSeconds);
  }

  /**
   * Every message of a connection, known event or not, passes its rate limit
   * first, then (for the events handled here) the event's access policy, as
   * the global guard does for HTTP routes: deny when none is declared. A
   * refused message is answered with the error if it asked for an answer.
   */
  handleConnection(socket: LiveSocket): void {
    socket.data.address = this.addressOf(socket);
    socket.use((packet, next) => {
      const ack = packet[packet.length - 1];
      const answer = (reply: LiveError) => typeof ack === 'function' && (ack as (r: LiveError) => void)(reply);
      this.perConnection.consume(socket.id).then(
        () => {
          const event = packet[0];
          const refusal = this.policies.has(event) ? accessRefusal(this.policies.get(event), socket.data.caller) : null;
          if (refusal) return answer(refuse(refusal));
          next();
        },
        (refusal: unknown) => {
          const wait = Math.max(1, Math.ceil(((refusal as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000));
          answer(rateLimited(wait));
          socket.data.refused = (socket.data.refused ?? 0) + 1;
          if (socket.data.refused >= SOCKET_LIMIT.disconnectAfterRefused) socket.disconnect(true);
        },
      );
    });
  }

  handleDisconnect(socket: LiveSocket): void {
    void this.perConnection.delete(socket.id).catch(() => undefined);
  }

  private addressOf(socket: LiveSocket): string {
    const forwarded = socket.handshake.headers['x-forwarded-for'];
    if (this.config.trustProxy && typeof forwarded === 'string' && forwarded.trim()) return forwarded.split(',')[0].trim().slice(0, 64);
    return socket.handshake.address;
  }

  /** Milliseconds until this socket may join again (0: now). */
  private async joinWait(socket: LiveSocket): Promise<number> {
    const address = socket.data.address ?? socket.handshake.address;
    const failed = await this.failedJoinsPerAddress.get(address).catch(() => null);
    if (failed && failed.consumedPoints >= JOIN_LIMIT.failedPerAddress) return failed.msBeforeNext;
    const caller = socket.data.caller;
    if (!caller) return 0;
    return this.joinsPerAccount.consume(caller.userId).then(
      () => 0,
      (refusal: unknown) => (refusal as { msBeforeNext?: number }).msBeforeNext ?? 1000,
    );
  }

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
  @Public()
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
  @Public()
  async unsubscribe(@ConnectedSocket() socket: LiveSocket): Promise<{ ok: true }> {
    for (const room of socket.rooms) if (room.startsWith('board:')) await socket.leave(room);
    return { ok: true };
  }

  @SubscribeMessage('live:join')
  @Public()
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveSessionState | LiveError> {
    const code = (body as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || !/^[A-Za-z0-9]{4,8}$/.test(code.trim())) return invalid('code must be the 6-character join code');
    const wait = await this.joinWait(socket);
    if (wait > 0) return rateLimited(Math.ceil(wait / 1000));
    try {
      const session = await this.live.byCode(code).catch(async (error: unknown) => {
        // A code that names no session counts against the address: that is how codes are guessed.
        await this.failedJoinsPerAddress.consume(socket.data.address ?? socket.handshake.address).catch(() => undefined);
        throw error;
      });
      const state = await this.live.join(session, socket.data.caller);
      await socket.join(sessionRoom(session.id));
      return state;
    } catch (error) {
      return refuse(error);
    }
  }

  @SubscribeMessage('live:answer')
  @Authenticated()
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
  @Authenticated()
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
