import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Attempt } from '@reform-quiz/contracts';
import { serverClock } from '../../../lib/server-clock';
import { useBeforeUnload } from '../../../lib/use-before-unload';
import { AnswerQueue, type AnswerQueueSnapshot, type QueueStop } from '../api/answer-queue';

export interface AnswerQueueHandlers {
  onStop: (reason: QueueStop) => void;
  onSuperseded: (questionId: string) => void;
}

/**
 * The attempt's answer queue for as long as the screen is up: restored from
 * this device's storage and merged with the server's answers, sending while
 * mounted, flushed when the entrant switches away, and guarding the page
 * against closing while answers are unsent.
 */
export function useAnswerQueue(attempt: Attempt, handlers: AnswerQueueHandlers): { queue: AnswerQueue; snapshot: AnswerQueueSnapshot } {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  const [queue] = useState(() => {
    const startedAt = Date.parse(attempt.startedAt);
    return new AnswerQueue({
      attemptId: attempt.id,
      serverAnswers: attempt.answers,
      // Tenths of a second into the attempt by the server clock: a later change on another phone gets a higher number.
      seqFloor: () => Math.floor((serverClock.now() - startedAt) / 100),
      onStop: (reason) => handlersRef.current.onStop(reason),
      onSuperseded: (questionId) => handlersRef.current.onSuperseded(questionId),
    });
  });

  useEffect(() => {
    queue.start();
    return () => queue.dispose();
  }, [queue]);

  // A refetched attempt may hold answers given meanwhile on another device.
  useEffect(() => {
    queue.mergeServer(attempt.answers);
  }, [queue, attempt.answers]);

  useEffect(() => {
    // Switching apps or locking the phone may be the last chance for a while to send.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    const onPageHide = () => void queue.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [queue]);

  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  useBeforeUnload(snapshot.unsent > 0);
  return { queue, snapshot };
}
