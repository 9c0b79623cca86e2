import { Route, Routes, useParams } from 'react-router';
import { JudgingContestPage } from '../../features/judging/components/judging-contest-page';
import { JudgingHomePage } from '../../features/judging/components/judging-home-page';
import { JudgingRoundPage } from '../../features/judging/components/judging-round-page';
import { ResultsAdminPage } from '../../features/results-admin/components/results-admin-page';
import { SnapshotPage } from '../../features/results-admin/components/snapshot-page';
import { NotFoundPage } from './not-found-page';

function JudgingResults() {
  const contestId = Number(useParams().contestId);
  return <ResultsAdminPage contestId={contestId} area="judging" />;
}

function JudgingSnapshot() {
  const params = useParams();
  return <SnapshotPage contestId={Number(params.contestId)} snapshotId={params.snapshotId ?? ''} area="judging" />;
}

/**
 * The jury's area under /judging, loaded as one lazy chunk with its texts:
 * contests, a round's essays, flags, appeals and item analysis, and the
 * result snapshots to approve. The router guards it by role first.
 */
export function JudgingRoute() {
  return (
    <Routes>
      <Route index element={<JudgingHomePage />} />
      <Route path="contests/:contestId" element={<JudgingContestPage />} />
      <Route path="contests/:contestId/rounds/:roundId" element={<JudgingRoundPage />} />
      <Route path="contests/:contestId/rounds/:roundId/:section" element={<JudgingRoundPage />} />
      <Route path="contests/:contestId/results" element={<JudgingResults />} />
      <Route path="contests/:contestId/results/:snapshotId" element={<JudgingSnapshot />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
