import type { Category, IsoDateTime } from './common';
import type { PrizeKind } from './contests';
import type { PersonRef } from './questions';

/** One line of a published ranking: what the public may see (product rule 8). */
export interface ResultEntry {
  rank: number;
  name: string;
  unit: string | null;
  score: number;
  durationMs: number;
  prediction?: number | null;
  predictionError?: number | null;
  prize: PrizeKind | null;
}

export interface ResultBlock {
  /** The block (category) ranked; null when the contest has a single ranking of everyone. */
  category: Category | null;
  entries: ResultEntry[];
}

/** Giải tập thể: units ranked by participation rate above the minimum, then mean score. */
export interface CollectiveResult {
  unitId: number;
  unit: string;
  entrants: number;
  headcount: number;
  rate: number;
  meanScore: number;
  rank: number;
  awarded: boolean;
}

export interface PublishedResults {
  snapshotId: string;
  contestId: number;
  roundId: number | null;
  title: string;
  hash: string;
  publishedAt: IsoDateTime;
  blocks: ResultBlock[];
  collective: CollectiveResult[] | null;
}

export const SNAPSHOT_STATUSES = ['pending', 'approved', 'published', 'superseded'] as const;
export type SnapshotStatus = (typeof SNAPSHOT_STATUSES)[number];

/** One entrant whose line changed between two snapshots. */
export interface SnapshotChange {
  name: string;
  unit: string | null;
  before: { rank: number; score: number; prize: PrizeKind | null } | null;
  after: { rank: number; score: number; prize: PrizeKind | null } | null;
}

/** A frozen ranking as the committee and jury see it. */
export interface ResultSnapshot {
  id: string;
  contestId: number;
  roundId: number | null;
  title: string;
  status: SnapshotStatus;
  hash: string;
  previousId: string | null;
  createdAt: IsoDateTime;
  publishedAt: IsoDateTime | null;
  approvalsRequired: number;
  approvals: { judge: PersonRef; at: IsoDateTime }[];
  blocks: ResultBlock[];
  collective: CollectiveResult[] | null;
  /** Against the latest published snapshot of the same scope (or the previous one), when there is one. */
  diff: { againstId: string; againstHash: string; changes: SnapshotChange[] } | null;
}

export interface CreateSnapshotRequest {
  /** A round's ranking, or (without it) the whole contest's with collective prizes. */
  roundId?: number;
  contestId: number;
}

export interface CertificateVerification {
  code: string;
  /** Issued by this platform and not revoked. */
  valid: boolean;
  /** A later publication replaced the result this certificate records. */
  revoked: boolean;
  kind: 'prize' | 'participation';
  /** As printed on the certificate. */
  name: string;
  unit: string | null;
  contestTitle: string;
  roundTitle: string | null;
  prize: PrizeKind | null;
  issuedAt: IsoDateTime;
}

export interface CertificateSummary {
  code: string;
  kind: 'prize' | 'participation';
  contestTitle: string;
  roundTitle: string | null;
  prize: PrizeKind | null;
  issuedAt: IsoDateTime;
  revoked: boolean;
}
