import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Question } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The appealed question as the jury reads the bank: its type and options, without the key (the item analysis has that). */
export function getAppealQuestion(id: string, signal?: AbortSignal): Promise<Question> {
  return apiClient.get<Question>(`/questions/${id}`, { signal });
}

export function useAppealQuestion(id: string) {
  return useQuery(queryOptions({ queryKey: queryKeys.questions.detail(id), queryFn: ({ signal }) => getAppealQuestion(id, signal) }));
}
