import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ContestDetailPage } from '../../features/contest-admin/components/contest-detail-page';
import { ContestEditorPage } from '../../features/contest-admin/components/contest-editor-page';
import { ContestListPage } from '../../features/contest-admin/components/contest-list-page';
import { RoundEditorPage } from '../../features/contest-admin/components/round-editor-page';
import { ResultsAdminPage } from '../../features/results-admin/components/results-admin-page';
import { SnapshotPage } from '../../features/results-admin/components/snapshot-page';
import { CONTEST_MANAGER_ROLES } from '../../lib/contest-roles';
import { RequireRole } from './guards';

export type ContestAdminPageName = 'list' | 'detail' | 'editor' | 'round-editor' | 'results' | 'snapshot';

/** Pages that change a contest; judges, who only read, get the forbidden page. */
function ManagersOnly({ children }: { children: ReactNode }) {
  return <RequireRole allowed={CONTEST_MANAGER_ROLES}>{children}</RequireRole>;
}

/** A contest's result snapshots (and one of them): freezing, publishing, downloads; judges approve from here too. */
function ContestResults({ snapshot }: { snapshot: boolean }) {
  const params = useParams();
  const contestId = Number(params.id);
  return snapshot ? (
    <SnapshotPage contestId={contestId} snapshotId={params.snapshotId ?? ''} area="organizer" />
  ) : (
    <ResultsAdminPage contestId={contestId} area="organizer" />
  );
}

/**
 * Contest management, loaded as one lazy chunk with its texts: entrants
 * never request it (the router guards the organizer area by role first).
 */
export function ContestAdminRoute({ page }: { page: ContestAdminPageName }) {
  switch (page) {
    case 'list':
      return <ContestListPage />;
    case 'detail':
      return <ContestDetailPage />;
    case 'editor':
      return (
        <ManagersOnly>
          <ContestEditorPage />
        </ManagersOnly>
      );
    case 'round-editor':
      return (
        <ManagersOnly>
          <RoundEditorPage />
        </ManagersOnly>
      );
    case 'results':
      return <ContestResults snapshot={false} />;
    case 'snapshot':
      return <ContestResults snapshot />;
  }
}
