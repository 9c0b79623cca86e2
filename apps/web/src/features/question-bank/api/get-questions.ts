import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Page, Question, QuestionListQuery } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Latest versions only; `q` and `source` are matched accent-insensitively by the API. */
export function getQuestions(query: QuestionListQuery, signal?: AbortSignal): Promise<Page<Question>> {
  return apiClient.get<Page<Question>>('/questions', {
    query: {
      bankId: query.bankId,
      q: query.q,
      topic: query.topic,
      type: query.type,
      difficulty: query.difficulty,
      status: query.status,
      tag: query.tag,
      source: query.source,
      page: query.page,
      pageSize: query.pageSize,
    },
    signal,
  });
}

export function questionsQueryOptions(query: QuestionListQuery) {
  return queryOptions({
    queryKey: queryKeys.questions.list(query),
    queryFn: ({ signal }) => getQuestions(query, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useQuestions(query: QuestionListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...questionsQueryOptions(query), enabled: options.enabled ?? true });
}
