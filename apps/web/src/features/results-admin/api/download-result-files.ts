import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { fileNameFromDisposition, saveFile } from '../../../lib/save-file';

/** The files the secretariat downloads: Excel workbooks and the winners' certificates. */
export type ResultFile =
  | { kind: 'results' | 'winners' | 'certificates'; snapshotId: string }
  | { kind: 'participation'; contestId: number };

const PATHS = {
  results: (id: string) => `/result-snapshots/${id}/results.xlsx`,
  winners: (id: string) => `/result-snapshots/${id}/winners.xlsx`,
  certificates: (id: string) => `/result-snapshots/${id}/certificates.zip`,
};

/** Where a file comes from, and the name to save it under when the server does not name it. */
export function resultFileSource(file: ResultFile): { path: string; fallbackName: string } {
  if (file.kind === 'participation') return { path: `/contests/${file.contestId}/participation.xlsx`, fallbackName: `tham-gia-cuoc-thi-${file.contestId}.xlsx` };
  const short = file.snapshotId.slice(0, 8);
  const names = { results: `ket-qua-${short}.xlsx`, winners: `danh-sach-dat-giai-${short}.xlsx`, certificates: `giay-chung-nhan-${short}.zip` };
  return { path: PATHS[file.kind](file.snapshotId), fallbackName: names[file.kind] };
}

/** Downloads with the access token (a plain link would lack it) and hands the file to the browser; answers the name it was saved under. */
export async function downloadResultFile(file: ResultFile): Promise<string> {
  const { path, fallbackName } = resultFileSource(file);
  const downloaded = await apiClient.download(path);
  saveFile(downloaded, fallbackName);
  return fileNameFromDisposition(downloaded.contentDisposition) ?? fallbackName;
}

/** Nothing cached changes. */
export function useDownloadResultFile() {
  return useMutation({ mutationFn: downloadResultFile });
}
