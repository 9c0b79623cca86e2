import type { AnswerAck, AnswerRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { serverClock } from '../../../lib/server-clock';

/**
 * Saves one answer; the API acknowledges only once it is stored, and a replay
 * (same clientSeq) changes nothing, so retrying is always safe. Each ack also
 * re-measures the clock offset. Sent through the answer queue, never directly
 * from a component (see answer-queue.ts).
 */
export function saveAnswer(attemptId: string, questionId: string, body: AnswerRequest): Promise<AnswerAck> {
  return serverClock.measure(() =>
    apiClient.put<AnswerAck>(`/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}`, body),
  );
}
