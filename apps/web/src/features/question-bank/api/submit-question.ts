import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Question } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** draft → in_review. 400 VALIDATION_FAILED with `source.document` SOURCE_REQUIRED when the legal source is missing. */
export function submitQuestion(id: string): Promise<Question> {
  return apiClient.post<Question>(`/questions/${encodeURIComponent(id)}/submit`);
}

export function useSubmitQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitQuestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.questions.all }),
  });
}
