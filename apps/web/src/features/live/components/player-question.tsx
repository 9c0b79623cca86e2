import { useEffect, useRef, useState, type RefObject } from 'react';
import type { LiveQuestion } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { QuestionView } from '../../../components/question-view/question-view';
import { isErrorCode } from '../../../lib/api-error';
import { useLiveTranslation } from '../../../i18n/live';
import type { PlayerAnswer, PlayerAnswerControls } from '../hooks/use-player-answer';
import { AnswerButtons } from './answer-buttons';
import { LiveCountdown } from './live-countdown';

/** Live points: a right answer earns up to the question's points × 1000 (product rule 5). */
export const LIVE_POINTS_FACTOR = 1000;

function AnswerMessage({ answer, timeUp }: { answer: PlayerAnswer; timeUp: boolean }) {
  const { t, lt, i18n } = useLiveTranslation();
  const seconds = (ms: number) => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
  const refusal = answer.refusal;
  const refusalText =
    refusal === 'LIVE_ALREADY_ANSWERED'
      ? lt('player.refusedAlready')
      : refusal === 'LIVE_QUESTION_CLOSED'
        ? lt('player.refusedClosed')
        : refusal === 'ANSWER_INVALID'
          ? lt('player.refusedInvalid')
          : refusal === 'LIVE_NOT_JOINED'
            ? lt('player.refusedNotJoined')
            : refusal
              ? isErrorCode(refusal)
                ? t(`errors.${refusal}`)
                : t('clientErrors.UNKNOWN', { code: refusal })
              : null;

  if (answer.status === 'accepted') {
    return (
      <>
        <p className="live-status live-status--ok" data-testid="answer-state" data-state="accepted">
          <span aria-hidden="true">✓ </span>
          <strong>{lt('player.accepted')}</strong>{' '}
          {answer.elapsedMs !== null ? lt('player.acceptedAfter', { seconds: seconds(answer.elapsedMs) }) : lt('player.acceptedEarlier')}
        </p>
        {refusalText && <p className="live-status live-status--warn">{refusalText}</p>}
        {timeUp && <p className="live-status">{lt('player.waitReveal')}</p>}
      </>
    );
  }
  if (answer.status === 'sending') return <p className="live-status" data-testid="answer-state" data-state="sending">{lt('player.sending')}</p>;
  if (answer.status === 'unsure') {
    return (
      <p className="live-status live-status--warn" data-testid="answer-state" data-state="unsure">
        {lt('player.unsure')}
      </p>
    );
  }
  if (answer.status === 'closed') {
    return (
      <>
        <p className="live-status live-status--error" data-testid="answer-state" data-state="closed">
          <span aria-hidden="true">⚠ </span>
          {refusalText ?? lt('player.refusedClosed')}
        </p>
        <p className="live-status">{lt('player.waitReveal')}</p>
      </>
    );
  }
  if (timeUp) {
    return (
      <>
        <p className="live-status live-status--error" data-testid="answer-state" data-state="none">
          {lt('common.timeUp')}. {lt('player.noAnswer')}
        </p>
        <p className="live-status">{lt('player.waitReveal')}</p>
      </>
    );
  }
  return refusalText ? (
    <p className="live-status live-status--error" data-testid="answer-state" data-state="refused">
      <span aria-hidden="true">⚠ </span>
      {refusalText}
    </p>
  ) : null;
}

/**
 * The open question on the player's phone: the countdown, the stem (the
 * entrant's question view), big answer buttons, and what became of the
 * answer — in a live region that stays mounted.
 */
export function PlayerQuestion({
  question,
  phase,
  controls,
  headingRef,
}: {
  question: LiveQuestion;
  phase: 'question' | 'closed';
  controls: PlayerAnswerControls;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { lt } = useLiveTranslation();
  const [nudge, setNudge] = useState<string | null>(null);
  const { answer, toggle, submit } = controls;
  const timeUp = phase === 'closed';
  const multiple = question.type === 'multiple_choice';
  const locked = timeUp || answer.status !== 'choosing';
  const headingId = `live-question-${question.index}`;
  const statusRef = useRef<HTMLDivElement>(null);

  // On a phone the outcome may sit below the answers: bring it into view once there is one.
  const settled = answer.status !== 'choosing' || answer.refusal !== null;
  useEffect(() => {
    if (settled) statusRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [settled, answer.status]);

  const pick = (optionId: string) => {
    setNudge(null);
    if (multiple) toggle(optionId);
    else submit([optionId]);
  };
  const send = () => {
    if (answer.optionIds.length === 0) {
      setNudge(lt('player.chooseFirst'));
      return;
    }
    setNudge(null);
    submit(answer.optionIds);
  };

  return (
    <section className="live-question" aria-labelledby={headingId}>
      <div className="live-question__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="live-question__title">
          {lt('common.questionOf', { number: question.index + 1, total: question.total })}
        </h2>
        {timeUp ? (
          <p className="live-timeup">{lt('common.timeUp')}</p>
        ) : (
          <LiveCountdown openedAt={question.openedAt} closesAt={question.closesAt} className="live-question__countdown" />
        )}
      </div>
      <QuestionView
        question={{ type: question.type, stem: question.stem, points: question.points * LIVE_POINTS_FACTOR, options: question.options }}
        renderChoices={({ stemId, instructionId }) => (
          <AnswerButtons question={question} selected={answer.optionIds} locked={locked} onPick={pick} stemId={stemId} instructionId={instructionId} />
        )}
      />
      {multiple && !locked && (
        <Button className="live-submit" onClick={send}>
          {lt('player.submit')}
        </Button>
      )}
      <div role="status" className="live-question__status" ref={statusRef}>
        {nudge && <p className="live-status live-status--error">{nudge}</p>}
        <AnswerMessage answer={answer} timeUp={timeUp} />
      </div>
    </section>
  );
}
