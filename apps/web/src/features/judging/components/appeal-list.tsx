import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { NoticeAnchor, useNoticeFocus, type Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useAppeals, type AppealStatus } from '../api/get-appeals';
import { useItemAnalysis } from '../api/get-item-analysis';
import { AppealCard } from './appeal-card';
import { StatusFilter } from './status-filter';

const APPEAL_STATUSES = ['open', 'answered'] as const satisfies readonly AppealStatus[];

/** The round's appeals, oldest first; a judge answers each (rejecting, voiding or correcting the key). */
export function AppealList({ roundId }: { roundId: number }) {
  const { t, jt } = useJudgingTranslation();
  const [status, setStatus] = useState<AppealStatus | null>('open');
  const appeals = useAppeals(roundId, status);
  // Re-keying needs the question's options and its key as it stands: the item analysis has both.
  const hasOpen = appeals.data?.some((appeal) => appeal.status === 'open') ?? false;
  const items = useItemAnalysis(roundId, { enabled: hasOpen });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { anchor: noticeRef, show: showNotice } = useNoticeFocus(setNotice);


  return (
    <section aria-labelledby="appeals-title" data-testid="appeal-list">
      <h2 id="appeals-title" className="visually-hidden">
        {jt('appeals.title')}
      </h2>
      <p>{jt('appeals.lead')}</p>
      <div className="toolbar">
        <StatusFilter
          id="appeals-status"
          label={jt('appeals.filter')}
          value={status}
          statuses={APPEAL_STATUSES}
          labelOf={(s) => jt(`appeals.statuses.${s}`)}
          allLabel={jt('common.showAll')}
          onChange={(next) => {
            setNotice(null);
            setStatus(next);
          }}
        />
      </div>
      <NoticeAnchor anchor={noticeRef} notice={notice} />
      {appeals.isPending && <Spinner />}
      {appeals.isError && <Alert tone="error" title={errorMessage(t, appeals.error)} />}
      {appeals.data && (
        <>
          <p className="result-count" role="status">
            {appeals.data.length === 0 ? (status === 'open' ? jt('appeals.emptyOpen') : jt('appeals.empty')) : jt('appeals.count', { count: appeals.data.length })}
          </p>
          <ol className="judging-list">
            {appeals.data.map((appeal, index) => (
              <AppealCard
                key={appeal.id}
                appeal={appeal}
                number={index + 1}
                choices={items.data?.find((item) => item.questionId === appeal.question.id)?.choices ?? []}
                onNotice={showNotice}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
