import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { Spinner } from '../../../components/ui/spinner';
import { NoticeAnchor, useNoticeFocus, type Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useEssays } from '../api/get-essays';
import { EssayCard } from './essay-card';

/**
 * The round's essays for this judge, anonymous: by default only those
 * awaiting their grade, so a graded essay leaves the queue and the next one
 * takes its place.
 */
export function EssayQueue({ roundId }: { roundId: number }) {
  const { t, jt } = useJudgingTranslation();
  const [pendingOnly, setPendingOnly] = useState(true);
  const essays = useEssays(roundId, pendingOnly);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { anchor: noticeRef, show: showNotice } = useNoticeFocus(setNotice);


  return (
    <section aria-labelledby="essays-title" data-testid="essay-queue">
      <h2 id="essays-title" className="visually-hidden">
        {jt('essays.title')}
      </h2>
      <p>{jt('essays.lead')}</p>
      <div className="toolbar">
        <CheckboxField
          id="essays-pending-only"
          label={jt('essays.onlyMine')}
          checked={pendingOnly}
          onChange={(event) => {
            setNotice(null);
            setPendingOnly(event.target.checked);
          }}
        />
      </div>
      <NoticeAnchor anchor={noticeRef} notice={notice} />
      {essays.isPending && <Spinner />}
      {essays.isError && <Alert tone="error" title={errorMessage(t, essays.error)} />}
      {essays.data && (
        <>
          <p className="result-count" role="status">
            {essays.data.length === 0 ? (pendingOnly ? jt('essays.emptyPending') : jt('essays.empty')) : jt('essays.count', { count: essays.data.length })}
          </p>
          <ol className="judging-list">
            {essays.data.map((essay) => (
              <EssayCard key={essay.essayId} essay={essay} onNotice={showNotice} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
