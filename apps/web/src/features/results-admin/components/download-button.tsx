import { Button } from '../../../components/ui/button';
import type { Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useDownloadResultFile, type ResultFile } from '../api/download-result-files';

/** A button that downloads one file with the session's token and says what happened. */
export function DownloadButton({ file, label, onNotice }: { file: ResultFile; label: string; onNotice: (notice: Notice) => void }) {
  const { t, jt } = useJudgingTranslation();
  const download = useDownloadResultFile();
  const run = async () => {
    try {
      const name = await download.mutateAsync(file);
      onNotice({ tone: 'success', text: jt('results.exports.done', { name }) });
    } catch (error) {
      onNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };
  return (
    <Button variant="secondary" pending={download.isPending} onClick={() => void run()}>
      {label}
    </Button>
  );
}
