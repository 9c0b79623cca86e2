import { Link, useParams } from 'react-router';
import type { Contest } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useResultsTranslation } from '../../../i18n/results';
import { formatInstant } from '../../../lib/format-date';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { isNotPublished, usePublishedResults, type ResultsScope } from '../api/get-published-results';
import { useResultsContest } from '../api/get-results-contest';
import { CollectiveTable } from './collective-table';
import { blockKey, ResultBlockSection } from './result-block-section';
import { ResultsSeal } from './results-seal';
import './results.css';

function positiveInt(value: string | null | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Where else to look: the (provisional) leaderboard, the statistics, the certificate check. */
function ResultsLinks({ scope, id, contestId }: { scope: ResultsScope; id: number; contestId: number | null }) {
  const { rt } = useResultsTranslation();
  const leaderboard = scope === 'round' ? `/rounds/${id}/leaderboard${contestId ? `?contest=${contestId}` : ''}` : `/contests/${id}/leaderboard`;
  const statistics = contestId ? `/contests/${contestId}/statistics${scope === 'round' ? `?round=${id}` : ''}` : null;
  return (
    <ul className="results-links">
      <li>
        <Link to={leaderboard}>{rt('results.leaderboard')}</Link>
      </li>
      {statistics && (
        <li>
          <Link to={statistics}>{rt('results.statistics')}</Link>
        </li>
      )}
      <li>
        <Link to="/verify">{rt('results.verify')}</Link>
      </li>
      {contestId && (
        <li>
          <Link to={`/contests/${contestId}`}>{rt('common.backToContest')}</Link>
        </li>
      )}
    </ul>
  );
}

/** On the contest's page of results: the closed ranked rounds, each with its own published result. */
function RoundResultsNav({ contest }: { contest: Contest }) {
  const { rt } = useResultsTranslation();
  const rounds = contest.rounds.filter((round) => !round.practice && round.phase === 'closed').sort((a, b) => a.position - b.position);
  if (rounds.length === 0) return null;
  return (
    <nav className="results-rounds" aria-labelledby="results-rounds">
      <h2 id="results-rounds">{rt('results.roundResults')}</h2>
      <ul>
        {rounds.map((round) => (
          <li key={round.id}>
            <Link to={`/rounds/${round.id}/results?contest=${contest.id}`}>{round.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * /rounds/:id/results (?contest= for its titles) and /contests/:id/results —
 * public, no login: the published snapshot only, per block with its prize
 * winners, the collective prizes, and what makes it official (approval and
 * content hash). Until then, says so plainly and points to the leaderboard.
 */
export function ResultsPage({ scope }: { scope: ResultsScope }) {
  const { t, rt, i18n } = useResultsTranslation();
  const { id } = useParams();
  const [params] = useUrlSearchParams();
  const boardId = positiveInt(id) ?? 0;
  const results = usePublishedResults(scope, boardId);
  const contestId = scope === 'contest' ? boardId : (results.data?.contestId ?? positiveInt(params.get('contest')));
  const contest = useResultsContest(contestId);
  const round = scope === 'round' ? contest.data?.rounds.find((r) => r.id === boardId) : undefined;

  const title = scope === 'contest' ? rt('results.titleContest') : round ? rt('results.titleRound', { round: round.title }) : rt('results.title');
  const lead = results.data?.title ?? contest.data?.title;
  const data = results.data;

  return (
    <div className="page results-page">
      <PageHeader title={title} lead={lead} />
      {results.isPending ? (
        <Spinner />
      ) : !data ? (
        isNotPublished(results.error) ? (
          <Alert tone="info" title={rt('results.notPublishedTitle')}>
            <p>{scope === 'round' ? rt('results.notPublishedRound') : rt('results.notPublishedContest')}</p>
          </Alert>
        ) : (
          <Alert tone="error" title={rt('results.loadFailed')}>
            <p>{errorMessage(t, results.error)}</p>
            <p>
              <Button variant="secondary" onClick={() => void results.refetch()}>
                {rt('common.retry')}
              </Button>
            </p>
          </Alert>
        )
      ) : (
        <>
          <p className="results-stamp" data-testid="results-stamp">
            <span aria-hidden="true">✓ </span>
            {rt('results.stamp', { at: formatInstant(data.publishedAt, i18n.language) })}
          </p>
          {data.blocks.length > 1 && (
            <nav className="results-jump" aria-label={rt('results.jumpTo')}>
              <ul>
                {data.blocks.map((block) => (
                  <li key={blockKey(block)}>
                    <a href={`#block-${blockKey(block)}`}>{rt(`blocks.${blockKey(block)}`)}</a>
                  </li>
                ))}
                {data.collective && (
                  <li>
                    <a href="#block-collective">{rt('results.collectiveTitle')}</a>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {data.blocks.map((block) => (
            <div key={blockKey(block)} id={`block-${blockKey(block)}`} className="results-anchor">
              <ResultBlockSection block={block} />
            </div>
          ))}
          {data.collective && (
            <div id="block-collective" className="results-anchor">
              <CollectiveTable units={data.collective} />
            </div>
          )}
          <ResultsSeal results={data} />
        </>
      )}
      {scope === 'contest' && contest.data && <RoundResultsNav contest={contest.data} />}
      <ResultsLinks scope={scope} id={boardId} contestId={contestId} />
    </div>
  );
}
