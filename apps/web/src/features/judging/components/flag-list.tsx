import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { NoticeAnchor, useNoticeFocus, type Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useFlags, type FlagStatus } from '../api/get-flags';
import { useScanFlags } from '../api/scan-flags';
import { FlagCard } from './flag-card';
import { StatusFilter } from './status-filter';

const FLAG_STATUSES = ['open', 'upheld', 'dismissed'] as const satisfies readonly FlagStatus[];

/** The round's integrity flags with their evidence; a scan raises new ones, a judge decides each. */
export function FlagList({ roundId }: { roundId: number }) {
  const { t, jt } = useJudgingTranslation();
  const [status, setStatus] = useState<FlagStatus | null>('open');
  const flags = useFlags(roundId, status);
  const scan = useScanFlags(roundId);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { anchor: noticeRef, show: showNotice } = useNoticeFocus(setNotice);


  const runScan = async () => {
    try {
      const { raised } = await scan.mutateAsync();
      showNotice({ tone: 'success', text: jt('flags.scanned', { count: raised }) });
    } catch (error) {
      showNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  return (
    <section aria-labelledby="flags-title" data-testid="flag-list">
      <h2 id="flags-title" className="visually-hidden">
        {jt('flags.title')}
      </h2>
      <p>{jt('flags.lead')}</p>
      <div className="actions">
        <Button variant="secondary" pending={scan.isPending} onClick={() => void runScan()} aria-describedby="flags-scan-hint">
          {jt('flags.scan')}
        </Button>
      </div>
      <p id="flags-scan-hint" className="muted">
        {jt('flags.scanHint')}
      </p>
      <div className="toolbar">
        <StatusFilter
          id="flags-status"
          label={jt('flags.filter')}
          value={status}
          statuses={FLAG_STATUSES}
          labelOf={(s) => jt(`flags.statuses.${s}`)}
          allLabel={jt('common.showAll')}
          onChange={(next) => {
            setNotice(null);
            setStatus(next);
          }}
        />
      </div>
      <NoticeAnchor anchor={noticeRef} notice={notice} />
      {flags.isPending && <Spinner />}
      {flags.isError && <Alert tone="error" title={errorMessage(t, flags.error)} />}
      {flags.data && (
        <>
          <p className="result-count" role="status">
            {flags.data.length === 0 ? (status === 'open' ? jt('flags.emptyOpen') : jt('flags.empty')) : jt('flags.count', { count: flags.data.length })}
          </p>
          <ul className="judging-list">
            {flags.data.map((flag) => (
              <FlagCard key={flag.id} flag={flag} onNotice={showNotice} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
