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
};
