import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorCodes, type Attempt, type AttemptQuestion, type SubmitRequest } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { QuestionView, type QuestionViewAnswer } from '../../../components/question-view/question-view';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';
import { TEXT_DEBOUNCE_MS, type QueuedAnswer } from '../api/answer-queue';
import { attemptQueryOptions } from '../api/get-attempt';
import { useAttemptRound } from '../api/get-attempt-round';
import { useSubmitAttempt } from '../api/submit-attempt';
import { useAnswerQueue } from '../hooks/use-answer-queue';
import { useAttemptCountdown } from '../hooks/use-attempt-countdown';
import { useFocusLossReport } from '../hooks/use-focus-loss-report';
import { parsePrediction, useStoredPrediction } from '../hooks/use-stored-prediction';
import { ConnectionBanner } from './connection-banner';
import { CountdownBar } from './countdown-bar';
import { QuestionNavigator } from './question-navigator';
import { SaveStatus } from './save-status';
import { SubmitDialog, type SubmitStep } from './submit-dialog';

/** How long "Nộp bài" waits for unsent answers to get through before asking the entrant. */
const FLUSH_WAIT_MS = 15_000;
/** At zero the server's grace period is short: send what is waiting, then submit regardless. */
const AUTO_FLUSH_WAIT_MS = 6_000;
const RETRY_MS = 3_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const withTimeout = <T,>(promise: Promise<T>, ms: number, fallback: T) => Promise.race([promise, wait(ms).then(() => fallback)]);

const isWritten = (question: AttemptQuestion) => question.type === 'short_text' || question.type === 'essay';

export function isAnswered(question: AttemptQuestion, answer: QueuedAnswer | undefined): boolean {
  if (!answer) return false;
  return isWritten(question) ? (answer.text ?? '').trim() !== '' : (answer.optionIds ?? []).length > 0;
}

function viewAnswer(answer: QueuedAnswer | undefined): QuestionViewAnswer {
  return { optionIds: answer?.optionIds ?? [], text: answer?.text ?? '' };
}

/** The attempt is over on the server (too late, or submitted elsewhere): only its result is left to show. */
function isOver(error: unknown): boolean {
  return error instanceof ApiError && (error.code === ErrorCodes.ATTEMPT_EXPIRED || error.code === ErrorCodes.ATTEMPT_FINISHED);
}

/**
 * Taking an attempt on a phone over a flaky connection: one question at a
 * time, every answer saved on its own through the answer queue, the server's
 * countdown always in view, and submission that never silently drops an
 * answer. When the attempt ends, its final state goes into the cache and the
 * page (attempt-page.tsx) moves on to the result.
 */
export function AttemptScreen({ attempt }: { attempt: Attempt }) {
  const { t, et } = useEntrantTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const round = useAttemptRound(attempt.contestId, attempt.roundId);
  const submit = useSubmitAttempt(attempt.id);
  const [prediction, setPrediction] = useStoredPrediction(attempt.id);
  const [step, setStep] = useState<SubmitStep | null>(null);
  const [submitError, setSubmitError] = useState<string>();
  const [predictionError, setPredictionError] = useState<string>();
  const [timeUp, setTimeUp] = useState<'submitting' | 'waiting' | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  /** Loads the finalised attempt; the page then shows the result. Keeps trying while offline. */
  const showFinal = useCallback(async () => {
    while (alive.current) {
      try {
        await queryClient.fetchQuery({ ...attemptQueryOptions(attempt.id), staleTime: 0 });
        return;
      } catch {
        await wait(RETRY_MS);
      }
    }
  }, [queryClient, attempt.id]);

  const { queue, snapshot } = useAnswerQueue(attempt, {
    onStop: (reason) => {
      if (reason === 'signed_out') setSignedOut(true);
      else void showFinal();
    },
    // Another device saved a newer answer: reload the attempt so this screen shows it.
    onSuperseded: () => void queryClient.invalidateQueries({ queryKey: queryKeys.attempts.detail(attempt.id) }),
  });

  const questions = attempt.questions;
  const [index, setIndex] = useState(() => {
    // Resuming: start at the first question still open.
    const first = questions.findIndex((question) => !isAnswered(question, queue.getSnapshot().answers[question.id]));
    return first === -1 ? 0 : first;
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [index]);

  const predictionRef = useRef(prediction);
  useEffect(() => {
    predictionRef.current = prediction;
  });

  const predictionBody = (parsed: number | null): SubmitRequest => (parsed === null ? {} : { prediction: parsed });

  const autoSubmit = async () => {
    setStep(null);
    setTimeUp('submitting');
    await withTimeout(queue.flush(), AUTO_FLUSH_WAIT_MS, false);
    const parsed = attempt.predictionPrompt ? (parsePrediction(predictionRef.current) ?? null) : null;
    while (alive.current) {
      try {
        await submit.mutateAsync(predictionBody(parsed));
        return;
      } catch (error) {
        if (isOver(error)) return void (await showFinal());
        // Offline at the bell: the server finalises at its deadline anyway; keep knocking to learn the result.
        setTimeUp('waiting');
        await wait(RETRY_MS);
      }
    }
  };

  const countdown = useAttemptCountdown({ deadlineAt: attempt.deadlineAt, onExpire: () => void autoSubmit() });
  const locked = countdown.expired || timeUp !== null || signedOut;
  // Leaving the page mid-attempt is noted for the jury's integrity checks, silently.
  useFocusLossReport(attempt.id, { enabled: !locked });

  const question = questions[index];
  const last = questions.length - 1;
  const items = questions.map((q) => ({ id: q.id, answered: isAnswered(q, snapshot.answers[q.id]), unsent: snapshot.states[q.id] === 'unsent' }));
  const answered = items.filter((item) => item.answered).length;

  const moveTo = (next: number) => {
    if (next < 0 || next > last || next === index) return;
    if (question) queue.flushQuestion(question.id);
    focusHeading.current = true;
    setIndex(next);
  };

  const change = (q: AttemptQuestion, value: QuestionViewAnswer) => {
    if (locked) return;
    if (isWritten(q)) queue.set(q.id, { text: value.text }, { debounceMs: TEXT_DEBOUNCE_MS });
    else queue.set(q.id, { optionIds: value.optionIds });
  };

  const openDialog = () => {
    if (question) queue.flushQuestion(question.id);
    setSubmitError(undefined);
    setStep('confirm');
  };

  const confirm = async () => {
    const parsed = attempt.predictionPrompt ? parsePrediction(prediction) : null;
    if (parsed === undefined) {
      setPredictionError(et('attempt.predictionInvalid'));
      return;
    }
    setPredictionError(undefined);
    setSubmitError(undefined);
    const insisted = step === 'unsent';
    setStep('sending');
    const sent = await withTimeout(queue.flush(), FLUSH_WAIT_MS, false);
    if (!alive.current) return;
    if (!sent && !insisted) {
      setStep('unsent');
      return;
    }
    setStep('submitting');
    try {
      await submit.mutateAsync(predictionBody(parsed));
    } catch (error) {
      if (isOver(error)) return void (await showFinal());
      if (!alive.current) return;
      setSubmitError(errorMessage(t, error));
      setStep('confirm');
    }
  };

  const roundTitle = round.data?.round?.title;
  const title = roundTitle ? et('attempt.title', { round: roundTitle, number: attempt.number }) : et('attempt.titleFallback');

  return (
    <div className="page page--narrow attempt">
      <CountdownBar remainingMs={countdown.remainingMs} announcement={countdown.announcement} answered={answered} total={questions.length} />
      <PageHeader title={title} />
      {attempt.practice && (
        <p>
          <Badge tone="practice">{et('attempt.practiceBadge')}</Badge>
        </p>
      )}
      <ConnectionBanner trouble={snapshot.trouble} />
      {signedOut && (
        <Alert tone="error" title={et('attempt.signedOut')}>
          <p>
            <Link to="/login" state={{ from: location }}>
              {t('nav.login')}
            </Link>
          </p>
        </Alert>
      )}
      {timeUp && <Alert tone="info" title={timeUp === 'waiting' ? et('attempt.timeUpOffline') : et('attempt.timeUp')} />}

      {question && (
        <section className="attempt-question" aria-labelledby="attempt-question-heading">
          <h2 id="attempt-question-heading" ref={headingRef} tabIndex={-1} className="attempt-question__heading">
            {et('attempt.question', { number: index + 1, total: questions.length })}
          </h2>
          {question.type === 'multiple_choice' && (
            <p className="attempt-question__hint">
              <Badge tone="warning">{et('attempt.multipleHint')}</Badge>
            </p>
          )}
          {/* A disabled fieldset freezes every answer control at once when time is up. */}
          <fieldset className="attempt-question__fields" disabled={locked} onBlur={() => queue.flushQuestion(question.id)}>
            <QuestionView key={question.id} question={question} answer={viewAnswer(snapshot.answers[question.id])} onAnswer={(value) => change(question, value)} />
          </fieldset>
          <SaveStatus state={snapshot.states[question.id]} />
        </section>
      )}

      <div className="attempt-steps">
        <Button variant="secondary" disabled={index === 0} onClick={() => moveTo(index - 1)}>
          <span aria-hidden="true">←</span>
          {et('attempt.previous')}
        </Button>
        <Button variant="secondary" disabled={index === last} onClick={() => moveTo(index + 1)}>
          {et('attempt.next')}
          <span aria-hidden="true">→</span>
        </Button>
      </div>

      <QuestionNavigator items={items} current={index} onSelect={moveTo} />

      <div className="attempt-submit">
        <Button className="attempt-submit__button" disabled={locked} onClick={openDialog}>
          {et('attempt.submit')}
        </Button>
        <p className="muted">{attempt.predictionPrompt ? et('attempt.submitHintPrediction') : et('attempt.submitHint')}</p>
      </div>

      <SubmitDialog
        open={step !== null}
        step={step ?? 'confirm'}
        answered={answered}
        total={questions.length}
        unsent={snapshot.unsent}
        predictionPrompt={attempt.predictionPrompt}
        prediction={prediction}
        onPredictionChange={setPrediction}
        predictionError={predictionError}
        error={submitError}
        onConfirm={() => void confirm()}
        onCancel={() => {
          if (step !== 'sending' && step !== 'submitting') setStep(null);
        }}
      />
    </div>
  );
}
