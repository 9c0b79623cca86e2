import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QuestionBank } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getQuestionBanks(signal?: AbortSignal): Promise<QuestionBank[]> {
  return apiClient.get<QuestionBank[]>('/question-banks', { signal });
}

export function questionBanksQueryOptions() {
  return queryOptions({ queryKey: queryKeys.questionBanks.all, queryFn: ({ signal }) => getQuestionBanks(signal) });
}

export function useQuestionBanks() {
  return useQuery(questionBanksQueryOptions());
}
