import type { Category, CollectiveResult, PrizeKind } from '@reform-quiz/contracts';

/** A line of a frozen ranking. `userId` and `attemptId` stay on the server (certificates, diffs). */
export interface SnapshotLine {
  userId: string;
  attemptId: string | null;
  rank: number;
  name: string;
  unit: string | null;
  unitId: number | null;
  score: number;
  durationMs: number;
  /** When the counted paper was handed in (epoch ms): the last tie-break. */
  submittedAt: number;
  prediction: number | null;
  predictionError: number | null;
  prize: PrizeKind | null;
}

export interface SnapshotContent {
  title: string;
  contestTitle: string;
  roundTitle: string | null;
  blocks: { category: Category | null; lines: SnapshotLine[] }[];
  collective: CollectiveResult[] | null;
}
