import { useState } from 'react';
import type { ResultSnapshot } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import type { Notice } from '../../../components/ui/status-message';
import { TextareaField } from '../../../components/ui/textarea-field';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useApproveSnapshot } from '../api/approve-snapshot';
import { usePublishSnapshot } from '../api/publish-snapshot';
import { useResultPermissions } from '../hooks/use-result-permissions';
import { shortHash, snapshotActions } from './snapshot-view';

const COMMENT_MAX = 1000;

/** Phê duyệt for a member of the jury, Công bố for the committee — each after a confirmation that says what it does. */
export function SnapshotDecision({ snapshot, onNotice }: { snapshot: ResultSnapshot; onNotice: (notice: Notice) => void }) {
  const { t, jt } = useJudgingTranslation();
  const permissions = useResultPermissions();
  const actions = snapshotActions(snapshot, permissions);
  const approve = useApproveSnapshot();
  const publish = usePublishSnapshot();
  const [confirming, setConfirming] = useState<'approve' | 'publish' | null>(null);
  const [comment, setComment] = useState('');

  const run = async (step: 'approve' | 'publish') => {
    try {
      if (step === 'approve') await approve.mutateAsync({ id: snapshot.id, comment: comment.trim() || undefined });
      else await publish.mutateAsync(snapshot.id);
      setConfirming(null);
      onNotice({ tone: 'success', text: jt(step === 'approve' ? 'snapshot.approve.done' : 'snapshot.publish.done') });
    } catch (error) {
      setConfirming(null);
      onNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  const approvalNote = permissions.isJudge
    ? actions.approvedByMe
      ? jt('snapshot.approve.already')
      : !actions.canApprove
        ? jt('snapshot.approve.notNeeded')
        : null
    : null;
  const publishNote = permissions.isManager && snapshot.status === 'pending' ? jt('snapshot.publish.waiting', { required: snapshot.approvalsRequired }) : null;
  if (!actions.canApprove && !actions.canPublish && !approvalNote && !publishNote) return null;

  return (
    <section className="snapshot-decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{actions.canPublish || publishNote ? jt('snapshot.publish.submit') : jt('snapshot.approve.title')}</h2>
      {approvalNote && <p>{approvalNote}</p>}
      {publishNote && <p>{publishNote}</p>}
      {(actions.canApprove || actions.canPublish) && (
        <div className="actions">
          {actions.canApprove && <Button onClick={() => setConfirming('approve')}>{jt('snapshot.approve.submit')}</Button>}
          {actions.canPublish && <Button onClick={() => setConfirming('publish')}>{jt('snapshot.publish.submit')}</Button>}
        </div>
      )}
      <ConfirmDialog
        open={confirming === 'approve'}
        title={jt('snapshot.approve.title')}
        confirmLabel={jt('snapshot.approve.submit')}
        pending={approve.isPending}
        onConfirm={() => void run('approve')}
        onCancel={() => setConfirming(null)}
      >
        <p>{jt('snapshot.approve.text', { hash: shortHash(snapshot.hash) })}</p>
        <TextareaField
          id="approve-comment"
          name="comment"
          label={jt('snapshot.approve.comment')}
          optional
          rows={2}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'publish'}
        title={jt('snapshot.publish.title')}
        confirmLabel={jt('snapshot.publish.submit')}
        pending={publish.isPending}
        onConfirm={() => void run('publish')}
        onCancel={() => setConfirming(null)}
      >
        <p>{jt('snapshot.publish.text')}</p>
      </ConfirmDialog>
    </section>
  );
}
