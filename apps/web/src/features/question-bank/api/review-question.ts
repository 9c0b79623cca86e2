import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Question, ReviewQuestionRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * in_review → approved, or back to draft with the reviewer's comment.
 * Refused with 403 QUESTION_SELF_REVIEW when the reviewer wrote the question.
 */
export function reviewQuestion(id: string, body: ReviewQuestionRequest): Promise<Question> {
  return apiClient.post<Question>(`/questions/${encodeURIComponent(id)}/review`, body);
}

/** The review queue, the counts of approved questions and the question itself all change. */
export function useReviewQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewQuestionRequest }) => reviewQuestion(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.questions.all }),
  });
}
