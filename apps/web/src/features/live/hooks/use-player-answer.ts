import { useCallback, useEffect, useState } from 'react';
import type { LivePlayerView, LiveSessionState } from '@reform-quiz/contracts';
import { LiveRequestError, type LiveConnection } from '../../../lib/live-socket';
import { sendLiveAnswer } from '../api/live-player';
import { storeAnswer, storedAnswer } from '../api/live-storage';

/**
 * choosing: nothing sent yet (multiple choice: what is ticked); sending;
 * accepted: stored by the server; closed: refused, too late; unsure: no
 * answer came back (timeout, offline) — checked with `live:me` after the
 * next reconnect, and sent again if the server does not have it.
 */
export type AnswerStatus = 'choosing' | 'sending' | 'accepted' | 'closed' | 'unsure';

export interface PlayerAnswer {
  status: AnswerStatus;
  optionIds: string[];
  /** Server time from the opening to the answer, when known. */
  elapsedMs: number | null;
  /** Why the last try was refused (LIVE_ALREADY_ANSWERED, ANSWER_INVALID…), for the message. */
  refusal: string | null;
}

interface Local extends PlayerAnswer {
  questionId: string;
  /** For `unsure`: how many `live:me` requests had been sent when it happened; only an answer to a later one tells. */
  since: number;
}

const CHOOSING: PlayerAnswer = { status: 'choosing', optionIds: [], elapsedMs: null, refusal: null };

/**
 * What the player sees of their answer to the question on screen: the
 * server's word (`live:me`) first, then what this tab knows.
 */
export function currentAnswer(local: Local | null, me: LivePlayerView | null, stored: { optionIds: string[]; elapsedMs: number | null } | null): PlayerAnswer {
  const recorded = me?.answer ?? null;
  if (local && (local.status === 'accepted' || local.status === 'sending')) return local;
  if (recorded) return { status: 'accepted', optionIds: recorded.optionIds, elapsedMs: stored?.elapsedMs ?? local?.elapsedMs ?? null, refusal: local?.refusal ?? null };
  if (local) return local;
  if (stored) return { status: 'accepted', optionIds: stored.optionIds, elapsedMs: stored.elapsedMs, refusal: null };
  return CHOOSING;
}

export interface PlayerAnswerControls {
  answer: PlayerAnswer;
  /** Multiple choice: tick or untick an option before sending. */
  toggle: (optionId: string) => void;
  submit: (optionIds: string[]) => void;
}

/**
 * The answer flow of one player: sends the first answer to the open
 * question, records the server's time, explains a refusal, and never sends a
 * second answer once one is accepted (the server would refuse it anyway).
 */
export function usePlayerAnswer({
  connection,
  state,
  me,
  meVersion,
  meRequested,
  refreshMe,
  rejoin,
}: {
  connection: LiveConnection | null;
  state: LiveSessionState | null;
  me: LivePlayerView | null;
  meVersion: number;
  meRequested: () => number;
  refreshMe: () => void;
  rejoin: () => void;
}): PlayerAnswerControls {
  const [local, setLocal] = useState<Local | null>(null);
  const question = state?.question ?? null;
  const questionId = question?.id ?? null;
  const sessionId = state?.id ?? null;
  const mine = local && local.questionId === questionId ? local : null;
  const recorded = me?.answer && me.answer.questionId === questionId ? me : null;
  const stored = sessionId && questionId ? storedAnswer(sessionId, questionId) : null;
  const answer = questionId ? currentAnswer(mine, recorded, stored) : CHOOSING;

  const submit = useCallback(
    async (optionIds: string[]) => {
      if (!connection || !sessionId || !questionId || optionIds.length === 0) return;
      const base = { questionId, optionIds, elapsedMs: null, since: meRequested() };
      setLocal({ ...base, status: 'sending', refusal: null });
      try {
        const ack = await sendLiveAnswer(connection, { sessionId, questionId, optionIds });
        if (ack.accepted) {
          const elapsedMs = ack.elapsedMs ?? null;
          storeAnswer(sessionId, questionId, { optionIds, elapsedMs });
          setLocal({ ...base, status: 'accepted', elapsedMs, refusal: null });
          return;
        }
        const refusal = ack.code ?? 'ANSWER_INVALID';
        if (refusal === 'LIVE_QUESTION_CLOSED') setLocal({ ...base, status: 'closed', refusal });
        else setLocal({ ...base, status: 'choosing', refusal });
        // The server has the first answer: show that one.
        if (refusal === 'LIVE_ALREADY_ANSWERED') refreshMe();
        if (refusal === 'LIVE_NOT_JOINED') rejoin();
      } catch (error) {
        const code = error instanceof LiveRequestError ? error.code : 'UNKNOWN';
        if (code === 'TIMEOUT' || code === 'OFFLINE') setLocal({ ...base, status: 'unsure', refusal: null, since: meRequested() });
        else setLocal({ ...base, status: 'choosing', refusal: code });
      }
    },
    [connection, sessionId, questionId, meRequested, refreshMe, rejoin],
  );

  // An answer in doubt: once the server has told us again what it holds (after a reconnect), send it if it is not there.
  useEffect(() => {
    if (!mine || mine.status !== 'unsure' || meVersion <= mine.since) return;
    if (recorded) return;
    if (state?.phase === 'question') void submit(mine.optionIds);
    else setLocal({ ...mine, status: 'closed', refusal: 'LIVE_QUESTION_CLOSED' });
  }, [meVersion, mine, recorded, state?.phase, submit]);

  const toggle = useCallback(
    (optionId: string) => {
      if (!questionId) return;
      setLocal((previous) => {
        const current = previous && previous.questionId === questionId ? previous : { questionId, ...CHOOSING, since: 0 };
        if (current.status !== 'choosing') return current;
        const optionIds = current.optionIds.includes(optionId) ? current.optionIds.filter((id) => id !== optionId) : [...current.optionIds, optionId];
        return { ...current, optionIds, refusal: null };
      });
    },
    [questionId],
  );

  return { answer, toggle, submit: (optionIds) => void submit(optionIds) };
}
