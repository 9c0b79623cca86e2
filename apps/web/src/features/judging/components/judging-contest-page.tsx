import { Link, useParams } from 'react-router';
import type { RoundPhase } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { formatInstant } from '../../../lib/format-date';
import { useJudgingContest } from '../api/get-judging-contest';
import { useJuryMember } from '../hooks/use-jury-member';
import './judging.css';

export const PHASE_TONES: Record<RoundPhase, BadgeTone> = { upcoming: 'upcoming', open: 'open', closed: 'closed' };

/** Where a round's work starts: the essays for a judge, the flags for the committee (who cannot grade). */
export function roundWorkHref(contestId: number, roundId: number, isJudge: boolean): string {
  return `/judging/contests/${contestId}/rounds/${roundId}/${isJudge ? 'essays' : 'flags'}`;
}

/** /judging/contests/:contestId — the contest's ranked rounds, and its result snapshots. */
export function JudgingContestPage() {
  const { t, jt, i18n } = useJudgingTranslation();
  const contestId = Number(useParams().contestId);
  const { isJudge } = useJuryMember();
  const contest = useJudgingContest(contestId);
  const c = contest.data;
  const rounds = (c?.rounds ?? []).filter((round) => !round.practice);

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/judging">{jt('contest.back')}</Link>
      </p>
      <PageHeader title={c?.title ?? jt('home.title')} />
      {contest.isPending && <Spinner />}
      {contest.isError && <Alert tone="error" title={errorMessage(t, contest.error)} />}
      {c && (
        <>
          <section aria-labelledby="judging-rounds-title">
            <h2 id="judging-rounds-title">{jt('contest.rounds')}</h2>
            {rounds.length === 0 && <p>{jt('contest.noRounds')}</p>}
            <ol className="judging-list">
              {rounds.map((round) => (
                <li key={round.id} className="judging-card">
                  <h3 className="judging-card__title">{round.title}</h3>
                  <p className="badges">
                    <Badge tone={PHASE_TONES[round.phase]}>{jt(`phases.${round.phase}`)}</Badge>
                  </p>
                  <p className="judging-card__meta">
                    {jt('contest.window', { opens: formatInstant(round.opensAt, i18n.language), closes: formatInstant(round.closesAt, i18n.language) })}
                  </p>
                  {round.phase !== 'closed' && <p className="muted">{jt('contest.notClosedYet')}</p>}
                  <p className="actions">
                    <ButtonLink to={roundWorkHref(c.id, round.id, isJudge)} variant="secondary">
                      {jt('contest.work')}
                      {' '}
                      <VisuallyHidden>{jt('contest.ofRound', { title: round.title })}</VisuallyHidden>
                    </ButtonLink>
                  </p>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="judging-results-title">
            <h2 id="judging-results-title">{jt('contest.results')}</h2>
            <p>{jt('contest.resultsLead')}</p>
            <p>
              <ButtonLink to={`/judging/contests/${c.id}/results`}>{jt('contest.resultsLink')}</ButtonLink>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
