import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RoundEligibility } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useSession } from '../../../lib/session';

/** Whether the caller may take the round now and why not; works signed in or not. */
export function getRoundEligibility(roundId: number, signal?: AbortSignal): Promise<RoundEligibility> {
  return apiClient.get<RoundEligibility>(`/rounds/${roundId}/eligibility`, { signal });
}

export function roundEligibilityQueryOptions(roundId: number, userId: string | null) {
  return queryOptions({
    queryKey: queryKeys.eligibility.round(roundId, userId),
    queryFn: ({ signal }) => getRoundEligibility(roundId, signal),
  });
}

/** Asked once the session is known, so a returning entrant is not told to sign in first. */
export function useRoundEligibility(roundId: number) {
  const session = useSession();
  return useQuery({
    ...roundEligibilityQueryOptions(roundId, session.user?.id ?? null),
    enabled: session.status !== 'restoring',
  });
}
