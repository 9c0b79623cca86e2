import { queryOptions, useQuery, useQueries } from '@tanstack/react-query';
import type { QuestionCounts } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Approved questions of a bank per topic × difficulty: what a blueprint can
 * draw from, and what the server checks it against when publishing.
 */
export function getApprovedCounts(bankId: number, signal?: AbortSignal): Promise<QuestionCounts> {
  return apiClient.get<QuestionCounts>('/questions/counts', { query: { bankId, status: 'approved' }, signal });
}

export function approvedCountsQueryOptions(bankId: number) {
  return queryOptions({
    // The question-bank pages cache the same answer under this key; any question change invalidates it.
    queryKey: queryKeys.questions.counts({ bankId, status: 'approved' }),
    queryFn: ({ signal }) => getApprovedCounts(bankId, signal),
  });
}

export function useApprovedCounts(bankId: number | null) {
  return useQuery({ ...approvedCountsQueryOptions(bankId ?? 0), enabled: bankId !== null });
}

/** The counts of several banks at once (a contest's rounds may draw from different banks). */
export function useApprovedCountsOf(bankIds: readonly number[]) {
  return useQueries({
    queries: bankIds.map((bankId) => approvedCountsQueryOptions(bankId)),
    combine: (results) => ({
      data: new Map(results.flatMap((result, i) => (result.data ? [[bankIds[i], result.data] as const] : []))),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
    }),
  });
}
