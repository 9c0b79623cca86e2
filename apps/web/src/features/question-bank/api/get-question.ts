import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Question } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** With `duplicateOf`; judges get it without `isCorrect` and `acceptedAnswers`. */
export function getQuestion(id: string, signal?: AbortSignal): Promise<Question> {
  return apiClient.get<Question>(`/questions/${encodeURIComponent(id)}`, { signal });
}

export function questionQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.questions.detail(id), queryFn: ({ signal }) => getQuestion(id, signal) });
}

export function useQuestion(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...questionQueryOptions(id), enabled: options.enabled ?? true });
}
