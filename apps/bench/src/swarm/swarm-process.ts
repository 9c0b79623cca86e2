import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LIVE_NAMESPACE, type LiveClientEvents, type LivePhase, type LiveServerEvents } from '@reform-quiz/contracts';
import { io, type Socket } from 'socket.io-client';
import { mapLimit } from '../http/api-call';
import type { AnsweredReply, DeliveriesReply, PhaseReply, ReadyReply, SwarmCommand, SwarmReply } from './protocol';

/**
 * One process of a socket swarm (forked by swarm.ts): many Socket.IO clients
 * of `/live`, driven by commands over IPC. Spreading them over processes keeps
 * one client event loop from being what the latencies measure.
 */
type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

interface Member {
  socket: LiveSocket;
  lastSeq: number;
  /** When this socket first saw each live phase. */
  phases: Map<LivePhase, number>;
}

const members: Member[] = [];
let deliveries: number[] = [];
let gaps = 0;
let snapshotBytes: number | undefined;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

/** How many sockets connect (and subscribe or join) at once, per process. */
const CONNECTING_AT_ONCE = 50;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no reply within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function connect(url: string, token?: string): Promise<LiveSocket> {
  const socket: LiveSocket = io(`${url}${LIVE_NAMESPACE}`, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000 });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Connects `count` sockets (or one per token) with `setup`, recording how long each took and what failed. */
async function swarm(count: number, setup: (index: number) => Promise<Member>): Promise<ReadyReply> {
  const latencies: number[] = [];
  const errors: string[] = [];
  await mapLimit(Array.from({ length: count }, (_, i) => i), CONNECTING_AT_ONCE, async (index) => {
    const started = Date.now();
    try {
      members.push(await setup(index));
      latencies.push(Date.now() - started);
    } catch (error) {
      errors.push((error as Error).message);
    }
  });
  return { type: 'ready', connected: latencies.length, failed: errors.length, latencies, errors: errors.slice(0, 5), snapshotBytes };
}

async function audience(url: string, roundId: number, index: number): Promise<Member> {
  const socket = await connect(url);
  const snapshot = await within(socket.emitWithAck('leaderboard:subscribe', { roundId }), 60_000, `subscribe ${index}`);
  if ('error' in snapshot) throw new Error(snapshot.error.code);
  snapshotBytes ??= JSON.stringify(snapshot).length;
  const member: Member = { socket, lastSeq: snapshot.seq, phases: new Map() };
  socket.on('leaderboard:update', (update) => {
    deliveries.push(Date.now() - update.sentAt);
    if (update.seq > member.lastSeq + 1) gaps += 1;
    member.lastSeq = update.seq;
  });
  return member;
}

async function player(url: string, code: string, token: string): Promise<Member> {
  const socket = await connect(url, token);
  const member: Member = { socket, lastSeq: 0, phases: new Map() };
  socket.on('live:state', (state) => {
    if (!member.phases.has(state.phase)) member.phases.set(state.phase, Date.now());
  });
  const state = await within(socket.emitWithAck('live:join', { code }), 120_000, 'join');
  if ('error' in state) throw new Error(state.error.code);
  if (state.joinedAs !== 'player') throw new Error(`joined as ${state.joinedAs ?? 'nobody'}`);
  return member;
}

async function answer(command: Extract<SwarmCommand, { type: 'answer' }>): Promise<AnsweredReply> {
  const reply: AnsweredReply = { type: 'answered', latencies: [], accepted: 0, refused: 0, errors: [], clientLoopP99Ms: 0 };
  await Promise.all(
    members.map(async ({ socket }) => {
      await new Promise((r) => setTimeout(r, Math.random() * command.windowMs));
      const optionId = command.optionIds[Math.floor(Math.random() * command.optionIds.length)];
      const sent = Date.now();
      try {
        const ack = await within(socket.emitWithAck('live:answer', { sessionId: command.sessionId, questionId: command.questionId, optionIds: [optionId] }), 30_000, 'answer');
        reply.latencies.push(Date.now() - sent);
        if ('error' in ack || !ack.accepted) {
          reply.refused += 1;
          if (reply.errors.length < 5) reply.errors.push('error' in ack ? ack.error.code : (ack.code ?? 'refused'));
        } else reply.accepted += 1;
      } catch (error) {
        reply.refused += 1;
        if (reply.errors.length < 5) reply.errors.push((error as Error).message);
      }
    }),
  );
  return { ...reply, clientLoopP99Ms: Math.round(loopDelay.percentile(99) / 1e6) };
}

async function awaitPhase(phase: LivePhase, timeoutMs: number): Promise<PhaseReply> {
  const deadline = Date.now() + timeoutMs;
  while (members.some((m) => !m.phases.has(phase)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const seen = members.map((m) => m.phases.get(phase)).filter((t): t is number => t !== undefined);
  return { type: 'phase-seen', lastAt: Math.max(0, ...seen), seen: seen.length };
}

function collect(): DeliveriesReply {
  const reply: DeliveriesReply = { type: 'deliveries', latencies: deliveries, gaps, clientLoopP99Ms: Math.round(loopDelay.percentile(99) / 1e6) };
  deliveries = [];
  gaps = 0;
  return reply;
}

async function handle(command: SwarmCommand): Promise<SwarmReply> {
  switch (command.type) {
    case 'audience':
      return swarm(command.count, (i) => audience(command.url, command.roundId, i));
    case 'players':
      return swarm(command.tokens.length, (i) => player(command.url, command.code, command.tokens[i]));
    case 'answer':
      return answer(command);
    case 'await-phase':
      return awaitPhase(command.phase, command.timeoutMs);
    case 'collect':
      return collect();
  }
}

process.on('message', (command: SwarmCommand) => {
  handle(command).then(
    (reply) => {
      process.send?.(reply);
      // Each measurement of the client's own delay covers the time since the last reply.
      loopDelay.reset();
    },
    (error: unknown) => process.send?.({ type: 'failed', error: (error as Error).message } satisfies SwarmReply),
  );
});
// The bench closing the channel (or dying) ends the swarm.
process.on('disconnect', () => {
  for (const m of members) m.socket.close();
  process.exit(0);
});
