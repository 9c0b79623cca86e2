import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateQuestionBankRequest, QuestionBank } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Refused with 409 QUESTION_BANK_NAME_TAKEN. */
export function createQuestionBank(body: CreateQuestionBankRequest): Promise<QuestionBank> {
  return apiClient.post<QuestionBank>('/question-banks', body);
}

export function useCreateQuestionBank() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createQuestionBank,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.questionBanks.all }),
  });
}
