import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest, Round } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * The contest an attempt belongs to: an attempt does not carry its round's
 * title or closing time. Shares the contest page's cache entry, so coming from
 * there costs no request.
 */
export function getAttemptContest(contestId: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${contestId}`, { signal });
}

export function attemptContestQueryOptions(contestId: number) {
  return queryOptions({ queryKey: queryKeys.contests.detail(contestId), queryFn: ({ signal }) => getAttemptContest(contestId, signal) });
}

export interface AttemptRound {
  contest: Contest;
  round: Round | null;
}

/** Only a nicety (titles, when answers are published): pages work without it. */
export function useAttemptRound(contestId: number | undefined, roundId: number | undefined) {
  return useQuery({
    ...attemptContestQueryOptions(contestId ?? 0),
    enabled: contestId !== undefined,
    select: (contest): AttemptRound => ({ contest, round: contest.rounds.find((r) => r.id === roundId) ?? null }),
  });
}
