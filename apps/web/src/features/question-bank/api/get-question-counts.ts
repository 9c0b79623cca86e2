import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QuestionCounts, QuestionStatus } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface QuestionCountsQuery {
  bankId?: number;
  /** The API counts approved questions unless told otherwise. */
  status?: QuestionStatus;
}

/** Questions per topic × difficulty: what a round's blueprint can draw from. */
export function getQuestionCounts(query: QuestionCountsQuery, signal?: AbortSignal): Promise<QuestionCounts> {
  return apiClient.get<QuestionCounts>('/questions/counts', { query: { bankId: query.bankId, status: query.status }, signal });
}

export function questionCountsQueryOptions(query: QuestionCountsQuery) {
  return queryOptions({ queryKey: queryKeys.questions.counts(query), queryFn: ({ signal }) => getQuestionCounts(query, signal) });
}

export function useQuestionCounts(query: QuestionCountsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...questionCountsQueryOptions(query), enabled: options.enabled ?? true });
}
