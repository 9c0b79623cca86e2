import type { AttemptEventRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';

/** Tells the server what the page noticed during the attempt (`focus_lost`), for the jury's integrity checks. */
export function reportAttemptEvent(attemptId: string, body: AttemptEventRequest): Promise<void> {
  return apiClient.post<void>(`/attempts/${encodeURIComponent(attemptId)}/events`, body);
}
