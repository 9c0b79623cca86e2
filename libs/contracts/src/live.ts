import type { UnitKind } from './units';
import type { Category, IsoDateTime } from './common';
import type { Leaderboard } from './leaderboard';
import type { QuestionType } from './questions';

/** The Socket.IO namespace for everything live: audience boards and host-paced sessions. */
export const LIVE_NAMESPACE = '/live';

/** Entries in a `leaderboard:update` snapshot: the most an audience board shows (REST boards take `limit`). */
export const BOARD_TOP = 20;

/** Participation of one unit: entrants over its headcount (collective prizes go by this). */
export interface UnitParticipation {
  unitId: number;
  unit: string;
  kind: UnitKind;
  parentId: number | null;
  /** Distinct entrants registered with this unit. */
  entrants: number;
  headcount: number;
  /** entrants ÷ headcount, 0 when the headcount is unknown (0). */
  rate: number;
}

export interface DailyAttempts {
  /** The day in Việt Nam time, YYYY-MM-DD. */
  date: string;
  attempts: number;
}

/** Public figures of a contest (or one round). */
export interface Statistics {
  contestId: number;
  roundId: number | null;
  attempts: number;
  entrants: number;
  /** Share of counted papers with every question right, 0–1. */
  perfectShare: number;
  participation: UnitParticipation[];
  /** District-level units with the entrants of their communes counted in. */
  districts: UnitParticipation[];
  /** Finished attempts per day, oldest first. */
  attemptsPerDay: DailyAttempts[];
  /** The subtree the figures are limited to (`unitId` asked), or null for the whole province. */
  unitId: number | null;
  asOf: IsoDateTime;
}

export interface LeaderboardSubscription {
  roundId?: number;
  contestId?: number;
  category?: Category;
}

/** What `leaderboard:subscribe` answers and `leaderboard:update` pushes: a whole board, numbered. */
export interface LeaderboardSnapshot extends Leaderboard {
  /** Grows by one with every snapshot of this board; a gap means one was missed — subscribe again. */
  seq: number;
  /** The server's wall clock when this snapshot was sent (epoch ms): for latency, and the rate limit is measured on it. */
  sentAt: number;
  participation: UnitParticipation[];
}

export type LivePhase = 'lobby' | 'question' | 'closed' | 'reveal' | 'podium' | 'ended';

/** A question as players see it while it is open: no key. */
export interface LiveQuestion {
  index: number;
  total: number;
  id: string;
  type: QuestionType;
  stem: string;
  points: number;
  options: { id: string; text: string }[];
  maxChoices: number;
  openedAt: IsoDateTime;
  closesAt: IsoDateTime;
}

export interface LiveStanding {
  rank: number;
  name: string;
  unit: string | null;
  score: number;
}

/** After a question closes: what was right, how the room answered, and the standings. */
export interface LiveReveal {
  index: number;
  questionId: string;
  correctOptionIds: string[];
  distribution: { optionId: string; count: number }[];
  answered: number;
  correct: number;
  standings: LiveStanding[];
}

/** The whole public state of a session: enough to draw any screen after a reload. */
export interface LiveSessionState {
  id: string;
  code: string;
  roundId: number;
  contestId: number;
  title: string;
  phase: LivePhase;
  players: number;
  questionCount: number;
  /** Index of the current (or last) question, -1 in the lobby. */
  index: number;
  question: LiveQuestion | null;
  reveal: LiveReveal | null;
  podium: LiveStanding[] | null;
  /** Seconds each question stays open. */
  questionSeconds: number;
  speedScoring: boolean;
  serverNow: IsoDateTime;
  /** In the reply to `live:join` only: whether this socket plays or watches. */
  joinedAs?: 'player' | 'audience';
}

/** One player's own view, fetched with `live:me`. */
export interface LivePlayerView {
  sessionId: string;
  score: number;
  rank: number | null;
  /** Their answer to the current question, if any, and once revealed whether it was right. */
  answer: { questionId: string; optionIds: string[]; correct: boolean | null; points: number | null } | null;
}

export interface LiveJoinRequest {
  code: string;
}

export interface LiveAnswerRequest {
  sessionId: string;
  questionId: string;
  optionIds: string[];
}

export type LiveAnswerRefusal = 'LIVE_QUESTION_CLOSED' | 'LIVE_ALREADY_ANSWERED' | 'LIVE_NOT_JOINED' | 'ANSWER_INVALID';

export interface LiveAnswerAck {
  accepted: boolean;
  /** Why not, when refused. A second answer to the same question is refused with LIVE_ALREADY_ANSWERED and changes nothing. */
  code?: LiveAnswerRefusal;
  /** Milliseconds after the question opened, by the server clock. */
  elapsedMs?: number;
}

/** Every socket reply with an error carries the same shape as REST errors. */
export interface LiveError {
  error: { code: string; message: string };
}

export interface LiveClientEvents {
  'leaderboard:subscribe': (request: LeaderboardSubscription, ack: (reply: LeaderboardSnapshot | LiveError) => void) => void;
  'leaderboard:unsubscribe': (request: LeaderboardSubscription, ack?: (reply: { ok: true }) => void) => void;
  /** Players (signed in) and audiences (anyone) join a session by its code. */
  'live:join': (request: LiveJoinRequest, ack: (reply: LiveSessionState | LiveError) => void) => void;
  'live:answer': (request: LiveAnswerRequest, ack: (reply: LiveAnswerAck | LiveError) => void) => void;
  'live:me': (request: { sessionId: string }, ack: (reply: LivePlayerView | LiveError) => void) => void;
}

/** Sent to every socket when a server is shutting down: reconnect (to another process) after the delay. */
export interface ServerShutdown {
  reconnect: true;
  reconnectAfterMs: number;
}

export interface LiveServerEvents {
  'leaderboard:update': (snapshot: LeaderboardSnapshot) => void;
  'live:state': (state: LiveSessionState) => void;
  'server:shutdown': (hint: ServerShutdown) => void;
}

export interface CreateLiveSessionRequest {
  roundId: number;
}
