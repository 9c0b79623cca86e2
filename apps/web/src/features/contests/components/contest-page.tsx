import { Link, useParams } from 'react-router';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useServerNow } from '../../../lib/use-server-now';
import { useContest } from '../api/get-contest';
import { RoundCard } from './round-card';
import './contest.css';

/** Thể lệ as published: plain text, one paragraph per line. */
function RulesText({ text }: { text: string }) {
  return (
    <div className="contest-rules">
      {text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line, index) => (
          <p key={index}>{line}</p>
        ))}
    </div>
  );
}

export function ContestPage() {
  const { t, et } = useEntrantTranslation();
  const { id } = useParams();
  const contestId = Number(id);
  const contest = useContest(contestId);
  // Countdowns to a round's opening run on the server's clock, measured from /health.
  const now = useServerNow({ sync: true });

  if (contest.isPending) return <Spinner />;
  if (contest.isError) {
    return (
      <div className="page page--narrow">
        <PageHeader title={et('contest.loadFailed')} />
        <Alert tone="error" title={errorMessage(t, contest.error)} />
        <Link to="/">{et('contest.backHome')}</Link>
      </div>
    );
  }

  const c = contest.data;
  const rounds = [...c.rounds].sort((a, b) => a.position - b.position);
  const ranked = rounds.some((round) => !round.practice && round.mode === 'self_paced');

  return (
    <div className="page page--narrow">
      <PageHeader title={c.title} lead={c.description ?? undefined} />
      {c.status === 'closed' && <Alert tone="info" title={et('contest.statusClosed')} />}

      <section aria-labelledby="contest-rounds">
        <h2 id="contest-rounds" className="contest-page__first-heading">
          {et('contest.roundsTitle')}
        </h2>
        {rounds.length === 0 ? (
          <p>{et('contest.noRounds')}</p>
        ) : (
          <div className="round-list">
            {rounds.map((round) => (
              <RoundCard key={round.id} round={round} now={now} />
            ))}
          </div>
        )}
        {ranked && (
          <p>
            <Link to={`/contests/${c.id}/leaderboard`}>{et('contest.contestLeaderboard')}</Link>
          </p>
        )}
      </section>

      {ranked && (
        <section aria-labelledby="contest-results">
          <h2 id="contest-results">{et('contest.resultsTitle')}</h2>
          <ul className="contest-links">
            <li>
              <Link to={`/contests/${c.id}/results`}>{et('contest.contestResults')}</Link>
            </li>
            <li>
              <Link to={`/contests/${c.id}/statistics`}>{et('contest.statistics')}</Link>
            </li>
            <li>
              <Link to="/verify">{et('contest.verify')}</Link>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="contest-rules">
        <h2 id="contest-rules">{et('contest.rulesTitle')}</h2>
        <RulesText text={c.rules} />
      </section>

      <section aria-labelledby="contest-blocks">
        <h2 id="contest-blocks">{et('contest.blocksTitle')}</h2>
        <ul>
          {c.categories.map((category) => (
            <li key={category}>{et(`blocks.${category}`)}</li>
          ))}
        </ul>
        {c.categories.length > 1 && <p>{et('contest.blocksSeparate')}</p>}
      </section>

      {c.prizeTiers.length > 0 && (
        <section aria-labelledby="contest-prizes">
          <h2 id="contest-prizes">{et('contest.prizesTitle')}</h2>
          <p>{c.categories.length > 1 ? et('contest.prizesPerBlock') : et('contest.prizesSingle')}</p>
          <ul>
            {c.prizeTiers.map((tier) => (
              <li key={tier.kind}>{et('contest.prizeCount', { prize: et(`prizes.${tier.kind}`), count: tier.count })}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
