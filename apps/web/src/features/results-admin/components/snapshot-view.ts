import type { ResultSnapshot, SnapshotChange } from '@reform-quiz/contracts';
import type { ResultPermissions } from '../hooks/use-result-permissions';

/** Where the pages of one contest's results live: the jury's area or the committee's. */
export type ResultsArea = 'judging' | 'organizer';

export function contestHref(area: ResultsArea, contestId: number): string {
  return `/${area}/contests/${contestId}`;
}

export function resultsHref(area: ResultsArea, contestId: number, snapshotId?: string): string {
  return `${contestHref(area, contestId)}/results${snapshotId ? `/${snapshotId}` : ''}`;
}

/** The first 12 hex digits: enough to tell snapshots apart when reading them out. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/** What the signed-in person may do with this snapshot now. */
export function snapshotActions(snapshot: Pick<ResultSnapshot, 'status' | 'approvals'>, permissions: Pick<ResultPermissions, 'userId' | 'isJudge' | 'isManager'>) {
  const approvedByMe = snapshot.approvals.some((approval) => approval.judge.id === permissions.userId);
  const awaitsApproval = snapshot.status === 'pending' || snapshot.status === 'approved';
  return {
    approvedByMe,
    canApprove: permissions.isJudge && awaitsApproval && !approvedByMe,
    canPublish: permissions.isManager && snapshot.status === 'approved',
    canDownloadCertificates: permissions.isManager && (snapshot.status === 'published' || snapshot.status === 'superseded'),
  };
}

/** How an entrant's line moved: new in the ranking, gone from it, or changed. */
export function changeKind(change: SnapshotChange): 'added' | 'removed' | 'changed' {
  if (!change.before) return 'added';
  if (!change.after) return 'removed';
  return 'changed';
}
