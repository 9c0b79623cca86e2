import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Question } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** No longer drawn; attempts that used it keep pointing at it. */
export function retireQuestion(id: string, comment?: string): Promise<Question> {
  return apiClient.post<Question>(`/questions/${encodeURIComponent(id)}/retire`, comment ? { comment } : {});
}

export function useRetireQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, comment }: { id: string; comment?: string }) => retireQuestion(id, comment),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.questions.all }),
  });
}
