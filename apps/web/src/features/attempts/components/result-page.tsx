import { useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import { serverClock } from '../../../lib/server-clock';
import { forgetStoredAnswers } from '../api/answer-queue';
import { useAppeals } from '../api/get-appeals';
import { useAttempt } from '../api/get-attempt';
import { useAttemptRound } from '../api/get-attempt-round';
import { forgetStoredPrediction } from '../hooks/use-stored-prediction';
import { AppealQuestion } from './appeal-question';
import { appealWindow } from './appeal-window';
import { AppealsSection } from './appeals-section';
import { ResultReview } from './result-review';
import './attempts.css';

/** "4 phút 12 giây". */
function useDurationWords() {
  const { et } = useEntrantTranslation();
  return (ms: number) => {
    const seconds = Math.round(ms / 1000);
    const minutes = Math.floor(seconds / 60);
    return minutes > 0 ? et('result.durationWords', { minutes, seconds: seconds % 60 }) : et('result.durationSeconds', { seconds });
  };
}

/** /attempts/:id/result — the score now; the per-question review once the round has closed. */
export function ResultPage() {
  const { t, et, i18n } = useEntrantTranslation();
  const { id = '' } = useParams();
  const attempt = useAttempt(id);
  const data = attempt.data;
  const round = useAttemptRound(data?.contestId, data?.roundId);
  const durationWords = useDurationWords();
  const finished = data !== undefined && data.status !== 'in_progress';
  // Appeals are about a closed round's key: offered once the review is out, never for practice.
  const appealsOn = !!data?.review && !data.practice;
  const appeals = useAppeals(id, { enabled: appealsOn });

  useEffect(() => {
    // Nothing kept on this device for a finished attempt can count any more.
    if (!finished) return;
    forgetStoredAnswers(id);
    forgetStoredPrediction(id);
  }, [finished, id]);

  if (!data) {
    if (attempt.isError) {
      return (
        <div className="page page--narrow">
          <PageHeader title={et('attempt.loadFailed')} />
          <Alert tone="error" title={errorMessage(t, attempt.error)} />
          <Link to="/me/attempts">{et('result.myAttempts')}</Link>
        </div>
      );
    }
    return <Spinner />;
  }
  if (data.status === 'in_progress') return <Navigate to={`/attempts/${encodeURIComponent(id)}`} replace />;

  const r = round.data?.round ?? null;
  const result = data.result;
  const period = r ? appealWindow(r, serverClock.now()) : null;
  // Without the round's dates, offer the form and let the server say whether the window is open.
  const canFile = period === null || period.state === 'open';
  const appealByQuestion = new Map((appeals.data ?? []).map((appeal) => [appeal.question.id, appeal]));
  return (
    <div className="page page--narrow">
      <PageHeader title={et('result.title')} lead={r ? et('result.attemptOf', { round: r.title, number: data.number }) : undefined} />
      {data.status === 'expired' && <Alert tone="info" title={et('result.expiredNotice')} />}
      {data.practice && (
        <p>
          <Badge tone="practice">{et('round.practice')}</Badge> {et('result.practice')}
        </p>
      )}

      {result ? (
        <dl className="result-summary" data-testid="result-summary">
          <div className="result-summary__main">
            <dt>{et('result.score')}</dt>
            <dd>{et('result.scoreValue', { score: result.score, max: result.maxScore })}</dd>
          </div>
          <div>
            <dt>{et('result.correct')}</dt>
            <dd>{et('result.correctValue', { correct: result.correctCount, total: result.questionCount })}</dd>
          </div>
          <div>
            <dt>{et('result.duration')}</dt>
            <dd>{durationWords(result.durationMs)}</dd>
          </div>
          {data.predictionPrompt && (
            <div>
              <dt>{et('result.prediction')}</dt>
              <dd>{data.prediction !== null ? data.prediction : et('result.noPrediction')}</dd>
            </div>
          )}
          <div>
            <dt>{et('result.status')}</dt>
            <dd>{et(`statuses.${data.status}`)}</dd>
          </div>
          {data.submittedAt && (
            <div>
              <dt>{et('result.submittedAt')}</dt>
              <dd>{formatInstant(data.submittedAt, i18n.language)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <Alert tone="info" title={et('result.scoring')} />
      )}

      <div className="actions">
        {!data.practice && (
          <ButtonLink to={`/rounds/${data.roundId}/leaderboard?contest=${data.contestId}`}>{et('result.leaderboard')}</ButtonLink>
        )}
        <ButtonLink to={`/contests/${data.contestId}`} variant="secondary">
          {data.practice ? et('result.againPractice') : et('result.again')}
        </ButtonLink>
        <ButtonLink to="/me/attempts" variant="secondary">
          {et('result.myAttempts')}
        </ButtonLink>
      </div>

      {appealsOn && <AppealsSection attempt={data} period={period} appeals={appeals} />}

      <section aria-labelledby="result-review">
        <h2 id="result-review">{et('result.reviewTitle')}</h2>
        {data.review ? (
          <ResultReview
            attempt={data}
            review={data.review}
            renderAfter={
              appealsOn
                ? (question, number) => (
                    <AppealQuestion attemptId={data.id} questionId={question.id} number={number} appeal={appealByQuestion.get(question.id)} canFile={canFile && !appeals.isPending} />
                  )
                : undefined
            }
          />
        ) : (
          <p>{r ? et('result.reviewLaterAt', { at: formatInstant(r.closesAt, i18n.language) }) : et('result.reviewLater')}</p>
        )}
      </section>
    </div>
  );
}
