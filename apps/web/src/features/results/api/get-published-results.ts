import { queryOptions, useQuery } from '@tanstack/react-query';
import { ErrorCodes, type PublishedResults } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';

/** A round's published ranking, or the whole contest's (with collective prizes). */
export type ResultsScope = 'round' | 'contest';

/** The published snapshot: RESULTS_NOT_PUBLISHED (404) until the jury has approved one and the committee published it. */
export function getPublishedResults(scope: ResultsScope, id: number, signal?: AbortSignal): Promise<PublishedResults> {
  return apiClient.get<PublishedResults>(`/${scope === 'round' ? 'rounds' : 'contests'}/${id}/results`, { signal });
}

export function publishedResultsQueryOptions(scope: ResultsScope, id: number) {
  return queryOptions({
    queryKey: scope === 'round' ? queryKeys.publishedResults.round(id) : queryKeys.publishedResults.contest(id),
    queryFn: ({ signal }) => getPublishedResults(scope, id, signal),
    // A published result never changes; a new publication is rare. A minute is plenty.
    staleTime: 60_000,
  });
}

export function usePublishedResults(scope: ResultsScope, id: number) {
  return useQuery({ ...publishedResultsQueryOptions(scope, id), enabled: Number.isInteger(id) && id > 0 });
}

export function isNotPublished(error: unknown): boolean {
  return error instanceof ApiError && error.code === ErrorCodes.RESULTS_NOT_PUBLISHED;
}
