import type { RefObject } from 'react';
import type { LivePlayerView, LiveQuestion, LiveReveal, LiveStanding } from '@reform-quiz/contracts';
import { useLiveTranslation } from '../../../i18n/live';
import { PodiumView } from './podium-view';
import { correctAnswerText } from './reveal-view';
import { formatPoints } from './standings-table';

type Outcome = 'right' | 'wrong' | 'unanswered' | 'pending';

/** The player's result on the revealed question, from `live:me` (pending until its answer for this question arrives). */
export function revealOutcome(me: LivePlayerView | null, questionId: string): Outcome {
  if (!me) return 'pending';
  if (!me.answer || me.answer.questionId !== questionId) return 'unanswered';
  if (me.answer.correct === null) return 'pending';
  return me.answer.correct ? 'right' : 'wrong';
}

function ScoreFacts({ me }: { me: LivePlayerView }) {
  const { lt, i18n } = useLiveTranslation();
  return (
    <dl className="live-facts" data-testid="my-score">
      <div>
        <dt>{lt('player.score')}</dt>
        <dd>{formatPoints(me.score, i18n.language)}</dd>
      </div>
      <div>
        <dt>{lt('player.rank')}</dt>
        <dd>{me.rank !== null ? lt('player.rankValue', { rank: me.rank }) : '—'}</dd>
      </div>
    </dl>
  );
}

/** After a reveal: right or wrong (a mark and a word, not a colour), the points earned, the right answer, score and rank. */
export function PlayerReveal({
  question,
  reveal,
  me,
  headingRef,
}: {
  question: LiveQuestion;
  reveal: LiveReveal;
  me: LivePlayerView | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { lt, i18n } = useLiveTranslation();
  const outcome = revealOutcome(me, reveal.questionId);
  const title = outcome === 'right' ? lt('player.right') : outcome === 'wrong' ? lt('player.wrong') : outcome === 'unanswered' ? lt('player.unanswered') : lt('reveal.title');
  const mark = outcome === 'right' ? '✓' : outcome === 'wrong' ? '✗' : outcome === 'unanswered' ? '–' : '';
  return (
    <section className={`live-result live-result--${outcome}`} aria-labelledby="live-result-title" data-testid="my-result" data-outcome={outcome}>
      <h2 id="live-result-title" ref={headingRef} tabIndex={-1} className="live-result__title">
        {mark && (
          <span className="live-result__mark" aria-hidden="true">
            {mark}{' '}
          </span>
        )}
        {title}
      </h2>
      {outcome === 'right' && me?.answer?.points !== null && me?.answer?.points !== undefined && (
        <p className="live-result__points">{lt('player.pointsEarned', { points: formatPoints(me.answer.points, i18n.language) })}</p>
      )}
      <p className="live-result__answer">{lt('player.correctAnswer', { answer: correctAnswerText(question, reveal.correctOptionIds) })}</p>
      {me && <ScoreFacts me={me} />}
      <p className="muted">{lt('player.waitNext')}</p>
    </section>
  );
}

/** The end: the player's own place first, then the podium and the top ten. */
export function PlayerPodium({
  podium,
  me,
  headingRef,
  note,
}: {
  podium: readonly LiveStanding[];
  me: LivePlayerView | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  note?: string;
}) {
  const { lt, i18n } = useLiveTranslation();
  return (
    <section className="live-final" aria-labelledby="live-final-title">
      <h2 id="live-final-title" ref={headingRef} tabIndex={-1}>
        {lt('player.podiumTitle')}
      </h2>
      {note && <p className="muted">{note}</p>}
      <p className="live-final__place" data-testid="my-place">
        {me && me.rank !== null ? lt('player.yourPlace', { rank: me.rank, score: formatPoints(me.score, i18n.language) }) : lt('player.notPlaced')}
      </p>
      <PodiumView podium={podium} headingLevel={3} />
    </section>
  );
}
