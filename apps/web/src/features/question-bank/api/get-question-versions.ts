import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Question } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every version of the question, newest first. */
export function getQuestionVersions(id: string, signal?: AbortSignal): Promise<Question[]> {
  return apiClient.get<Question[]>(`/questions/${encodeURIComponent(id)}/versions`, { signal });
}

export function questionVersionsQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.questions.versions(id), queryFn: ({ signal }) => getQuestionVersions(id, signal) });
}

export function useQuestionVersions(id: string) {
  return useQuery(questionVersionsQueryOptions(id));
}
