import { Link, Navigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useJudgingContest } from '../api/get-judging-contest';
import { useJuryMember } from '../hooks/use-jury-member';
import { AppealList } from './appeal-list';
import { EssayQueue } from './essay-queue';
import { FlagList } from './flag-list';
import { ItemAnalysisTable } from './item-analysis-table';
import { PHASE_TONES, roundWorkHref } from './judging-contest-page';
import './judging.css';

export const ROUND_SECTIONS = ['essays', 'flags', 'appeals', 'items'] as const;
export type RoundSection = (typeof ROUND_SECTIONS)[number];

function isSection(value: string | undefined): value is RoundSection {
  return (ROUND_SECTIONS as readonly (string | undefined)[]).includes(value);
}

/**
 * /judging/contests/:contestId/rounds/:roundId/:section — one round's work:
 * essays (judges only), integrity flags, appeals, item analysis; each section
 * its own address, so Back and reloads keep the place.
 */
export function JudgingRoundPage() {
  const { t, jt } = useJudgingTranslation();
  const params = useParams();
  const contestId = Number(params.contestId);
  const roundId = Number(params.roundId);
  const { isJudge } = useJuryMember();
  const contest = useJudgingContest(contestId);
  const sections = ROUND_SECTIONS.filter((section) => section !== 'essays' || isJudge);
  const section = isSection(params.section) ? params.section : null;

  if (!section || !sections.includes(section)) return <Navigate to={roundWorkHref(contestId, roundId, isJudge)} replace />;

  const c = contest.data;
  const round = c?.rounds.find((r) => r.id === roundId);
  const sectionTitle = jt(`round.tabs.${section}`);
  const title = round ? jt('round.title', { section: sectionTitle, round: round.title }) : sectionTitle;

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={`/judging/contests/${contestId}`}>{jt('round.back')}</Link>
      </p>
      <PageHeader title={title} lead={c?.title} />
      {contest.isPending && <Spinner />}
      {contest.isError && <Alert tone="error" title={errorMessage(t, contest.error)} />}
      {c && !round && <Alert tone="error" title={jt('round.notFound')} />}
      {c && round && (
        <>
          <p className="badges">
            <Badge tone={PHASE_TONES[round.phase]}>{jt(`phases.${round.phase}`)}</Badge>
          </p>
          {round.phase !== 'closed' && <p className="note">{jt('round.openNote')}</p>}
          <nav className="section-nav" aria-label={jt('round.sections')}>
            <ul className="section-nav__list">
              {sections.map((s) => (
                <li key={s}>
                  <Link
                    className="section-nav__link"
                    to={`/judging/contests/${contestId}/rounds/${roundId}/${s}`}
                    aria-current={s === section ? 'page' : undefined}
                  >
                    {jt(`round.tabs.${s}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {section === 'essays' && <EssayQueue roundId={roundId} />}
          {section === 'flags' && <FlagList roundId={roundId} />}
          {section === 'appeals' && <AppealList roundId={roundId} />}
          {section === 'items' && <ItemAnalysisTable roundId={roundId} closed={round.phase === 'closed'} />}
        </>
      )}
    </div>
  );
}
