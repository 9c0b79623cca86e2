import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EssayToGrade, GradeEssayRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * One judge's grade. 409 ESSAY_GRADE_CONFLICT when the essay already has the
 * grades it needs or another judge graded it since; 400 VALIDATION_FAILED
 * (field `score`) above the question's points.
 */
export function gradeEssay(essayId: string, body: GradeEssayRequest): Promise<EssayToGrade> {
  // `attemptId:questionId`: a colon is a valid path character, and the route expects it as is.
  return apiClient.put<EssayToGrade>(`/essays/${essayId}/grade`, body);
}

/** A settled grade changes the attempt's score: the round's queue and analysis, and the boards. */
export function useGradeEssay(roundId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ essayId, body }: { essayId: string; body: GradeEssayRequest }) => gradeEssay(essayId, body),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.judging.round(roundId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.leaderboards.all }),
      ]),
  });
}
