import type { LeaderboardQuery, QuestionListQuery, QuestionStatus, UnitSearchQuery, UserListQuery } from '@reform-quiz/contracts';

/**
 * Every query key of the app, in one place so that a mutation in one feature
 * can invalidate what another feature shows (features never import each other).
 */
export const queryKeys = {
  me: ['me'] as const,
  units: {
    all: ['units'] as const,
    search: (query: UnitSearchQuery) => ['units', 'search', query] as const,
    tree: ['units', 'tree'] as const,
  },
  adminUsers: {
    all: ['admin', 'users'] as const,
    list: (query: UserListQuery) => ['admin', 'users', query] as const,
  },
  /** Banks carry a question count: creating or importing questions changes them too. */
  questionBanks: {
    all: ['question-banks'] as const,
  },
  /** Every question query starts with `questions`: any change to a question invalidates them all (lists, counts, versions). */
  questions: {
    all: ['questions'] as const,
    list: (query: QuestionListQuery) => ['questions', 'list', query] as const,
    counts: (query: { bankId?: number; status?: QuestionStatus }) => ['questions', 'counts', query] as const,
    detail: (id: string) => ['questions', 'detail', id] as const,
    versions: (id: string) => ['questions', 'versions', id] as const,
  },
  /**
   * Contests with their rounds. A contest or round change (status, rules,
   * window) invalidates `contests`, so every contest page — organizer or
   * public — refetches.
   */
  contests: {
    all: ['contests'] as const,
    list: ['contests', 'list'] as const,
    detail: (id: number) => ['contests', 'detail', id] as const,
  },
  /** Who may take a round depends on who asks: the user is part of the key. Starting or finishing an attempt changes it. */
  eligibility: {
    all: ['eligibility'] as const,
    round: (roundId: number, userId: string | null) => ['eligibility', roundId, userId ?? 'anonymous'] as const,
  },
  /** The entrant's own attempts: one attempt, and the history. */
  attempts: {
    all: ['attempts'] as const,
    detail: (id: string) => ['attempts', 'detail', id] as const,
    mine: ['attempts', 'mine'] as const,
  },
  /** Public rankings; `me` in them depends on who asks. A finished attempt changes them. */
  leaderboards: {
    all: ['leaderboards'] as const,
    round: (roundId: number, query: LeaderboardQuery, userId: string | null) => ['leaderboards', 'round', roundId, query, userId ?? 'anonymous'] as const,
    contest: (contestId: number, query: LeaderboardQuery, userId: string | null) =>
      ['leaderboards', 'contest', contestId, query, userId ?? 'anonymous'] as const,
  },
  /** Live games as the host console sees them: a round's sessions (newest first), and one session. Players and screens follow over the socket. */
  liveSessions: {
    all: ['live-sessions'] as const,
    round: (roundId: number) => ['live-sessions', 'round', roundId] as const,
    detail: (id: string) => ['live-sessions', 'detail', id] as const,
  },
  /** Published results (public): a round's, or the whole contest's. Publishing a snapshot invalidates `published-results`. */
  publishedResults: {
    all: ['published-results'] as const,
    round: (roundId: number) => ['published-results', 'round', roundId] as const,
    contest: (contestId: number) => ['published-results', 'contest', contestId] as const,
  },
  /** Certificates: the public check of one code, and the signed-in entrant's own. */
  certificates: {
    all: ['certificates'] as const,
    verify: (code: string) => ['certificates', 'verify', code] as const,
    mine: ['certificates', 'mine'] as const,
  },
  /** Public statistics of a contest, for one round and one unit's subtree or for all. */
  statistics: {
    all: ['statistics'] as const,
    contest: (contestId: number, query: { roundId: number | null; unitId: number | null }) => ['statistics', contestId, query] as const,
  },
  /** The entrant's appeals on the questions of one attempt. */
  appeals: {
    all: ['appeals'] as const,
    attempt: (attemptId: string) => ['appeals', 'attempt', attemptId] as const,
  },
  /**
   * The jury's work on a round: essays (the caller's queue), integrity flags,
   * appeals, item analysis. A grade or a decision re-scores attempts, so its
   * mutation invalidates the round's `judging` keys and the leaderboards.
   */
  judging: {
    all: ['judging'] as const,
    round: (roundId: number) => ['judging', roundId] as const,
    essays: (roundId: number, pendingOnly: boolean) => ['judging', roundId, 'essays', pendingOnly] as const,
    flags: (roundId: number, status: string | null) => ['judging', roundId, 'flags', status ?? 'all'] as const,
    appeals: (roundId: number, status: string | null) => ['judging', roundId, 'appeals', status ?? 'all'] as const,
    itemAnalysis: (roundId: number) => ['judging', roundId, 'item-analysis'] as const,
  },
  /** Frozen rankings of a contest (newest first) and one snapshot; approving or publishing changes both. */
  resultSnapshots: {
    all: ['result-snapshots'] as const,
    list: (contestId: number) => ['result-snapshots', 'list', contestId] as const,
    detail: (id: string) => ['result-snapshots', 'detail', id] as const,
  },
};
