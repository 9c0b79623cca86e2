import { useMutation } from '@tanstack/react-query';
import type { ExportFormat, ExportQuery } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';

const EXTENSIONS: Record<ExportFormat, string> = { xlsx: 'xlsx', gift: 'gift' };

/** The questions matching the list's filters, as an Excel sheet (imports back unchanged) or GIFT for Moodle. */
export async function exportQuestions(query: ExportQuery): Promise<void> {
  const { format, ...filter } = query;
  const file = await apiClient.download('/questions/export', {
    query: {
      format,
      bankId: filter.bankId,
      q: filter.q,
      topic: filter.topic,
      type: filter.type,
      difficulty: filter.difficulty,
      status: filter.status,
      tag: filter.tag,
      source: filter.source,
    },
  });
  saveFile(file, `cau-hoi.${EXTENSIONS[format]}`);
}

/** Nothing cached changes. */
export function useExportQuestions() {
  return useMutation({ mutationFn: exportQuestions });
}
