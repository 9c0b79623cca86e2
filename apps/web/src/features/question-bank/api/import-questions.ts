import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport, ImportQuery } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface ImportQuestionsRequest {
  file: File;
  bankId: number;
  status: NonNullable<ImportQuery['status']>;
  dryRun: boolean;
}

/**
 * Uploads the file as multipart field `file`. A dry run answers 200 even with
 * problems; a commit answers 200 with `imported`, or 422 IMPORT_REJECTED with
 * `error.problems` and nothing imported. 413 above 5 MB.
 */
export function importQuestions({ file, bankId, status, dryRun }: ImportQuestionsRequest): Promise<ImportReport> {
  // A new FormData each time: the file is read again from disk, so a commit sends what is there now.
  const form = new FormData();
  form.append('file', file, file.name);
  return apiClient.post<ImportReport>('/questions/import', form, { query: { bankId, status, dryRun } });
}

/** Only a commit changes anything. */
export function useImportQuestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importQuestions,
    onSuccess: (report) => {
      if (report.dryRun) return undefined;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.questions.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.questionBanks.all }),
      ]);
    },
  });
}
