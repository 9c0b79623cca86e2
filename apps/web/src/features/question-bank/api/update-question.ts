import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Question, UpdateQuestionRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Any edit returns the question to draft. A question an attempt has used
 * stays as it was: the answer is then a new version with a new id.
 * Refused with 409 QUESTION_NOT_LATEST (an old version) or QUESTION_STATUS_CONFLICT (retired).
 */
export function updateQuestion(id: string, body: UpdateQuestionRequest): Promise<Question> {
  return apiClient.put<Question>(`/questions/${encodeURIComponent(id)}`, body);
}

export function useUpdateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateQuestionRequest }) => updateQuestion(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.questions.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.questionBanks.all }),
      ]),
  });
}
