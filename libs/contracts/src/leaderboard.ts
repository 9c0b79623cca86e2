import type { Category } from './common';

export interface LeaderboardEntry {
  rank: number;
  /** Full or shortened as the contest chooses. Nothing else personal is public. */
  name: string;
  unit: string | null;
  score: number;
  durationMs: number;
  /** Only once the round has closed and the round has a prediction. */
  prediction?: number | null;
  predictionError?: number | null;
}

export interface LeaderboardTotals {
  entrants: number;
  attempts: number;
  /** Share of counted attempts that answered every question right, 0–1. */
  perfectShare: number;
}

export interface Leaderboard {
  roundId?: number;
  contestId?: number;
  /** The contest's title, and the round's for a round board. */
  title: string;
  /** Which block (category) this ranking covers; null for all entrants together. */
  category: Category | null;
  /** live: current; frozen: as of `asOf`; hidden: entries empty until published. */
  visibility: 'live' | 'frozen' | 'hidden';
  asOf: string;
  /** Provisional until the round closes (prediction not yet applied). */
  provisional: boolean;
  entries: LeaderboardEntry[];
  totals: LeaderboardTotals;
  /** The signed-in entrant's own place, when they have one. */
  me?: LeaderboardEntry | null;
}

export interface LeaderboardQuery {
  limit?: number;
  category?: Category;
}
