import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';

const FALLBACK_NAME = 'mau-nhap-cau-hoi.xlsx';

/** The Excel template, fetched with the access token and handed to the browser as a download. */
export async function downloadImportTemplate(): Promise<void> {
  const file = await apiClient.download('/questions/import/template');
  saveFile(file, FALLBACK_NAME);
}

/** Nothing cached changes. */
export function useDownloadImportTemplate() {
  return useMutation({ mutationFn: downloadImportTemplate });
}
