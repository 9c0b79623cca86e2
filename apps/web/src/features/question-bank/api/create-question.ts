import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateQuestionRequest, Question } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A new draft; a non-empty `duplicateOf` says the bank likely has this question already. */
export function createQuestion(body: CreateQuestionRequest): Promise<Question> {
  return apiClient.post<Question>('/questions', body);
}

/** Lists, counts and the bank's question count all change. */
export function useCreateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createQuestion,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.questions.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.questionBanks.all }),
      ]),
  });
}
