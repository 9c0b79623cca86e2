import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AttemptSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The entrant's attempts (shares the history page's cache entry): which contests they took part in. */
export function getCertificateAttempts(signal?: AbortSignal): Promise<AttemptSummary[]> {
  return apiClient.get<AttemptSummary[]>('/me/attempts', { signal });
}

export function certificateAttemptsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.attempts.mine, queryFn: ({ signal }) => getCertificateAttempts(signal) });
}

export function useCertificateAttempts() {
  return useQuery(certificateAttemptsQueryOptions());
}
