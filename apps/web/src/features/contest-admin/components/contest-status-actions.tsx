import { useState } from 'react';
import type { Contest, ContestStatus, FieldError } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import type { Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { useChangeContestStatus, type ContestTransition } from '../api/change-contest-status';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

/** The one step each status allows. */
export const NEXT_TRANSITION: Record<ContestStatus, ContestTransition | null> = {
  draft: 'publish',
  published: 'close',
  closed: 'archive',
  archived: null,
};

const DONE: Record<ContestTransition, 'published' | 'closed' | 'archived'> = { publish: 'published', close: 'closed', archive: 'archived' };

export interface ContestStatusActionsProps {
  contest: Contest;
  onNotice: (notice: Notice) => void;
  /** Publishing was refused: the server's reasons, for the problems panel (which says so and takes focus). Null after a status change. */
  onRefused: (details: FieldError[] | null) => void;
}

/** Công bố / Kết thúc / Lưu trữ, each after a confirmation that says what it does. */
export function ContestStatusActions({ contest, onNotice, onRefused }: ContestStatusActionsProps) {
  const { t, ct } = useContestAdminTranslation();
  const change = useChangeContestStatus();
  const [confirming, setConfirming] = useState(false);
  const transition = NEXT_TRANSITION[contest.status];

  const run = async (step: ContestTransition) => {
    try {
      await change.mutateAsync({ id: contest.id, transition: step });
      setConfirming(false);
      onRefused(null);
      onNotice({ tone: 'success', text: ct(`actions.${DONE[step]}`) });
    } catch (error) {
      setConfirming(false);
      if (error instanceof ApiError && error.code === 'CONTEST_NOT_PUBLISHABLE' && error.details.length > 0) {
        onRefused(error.details);
      } else {
        onNotice({ tone: 'error', text: errorMessage(t, error) });
      }
    }
  };

  return (
    <div className="contest-actions" role="group" aria-label={ct('actions.label')}>
      <p className="contest-actions__next">{ct(`actions.next.${contest.status}`)}</p>
      {transition && (
        <>
          <div className="actions">
            <Button onClick={() => setConfirming(true)}>{ct(`actions.${transition}`)}</Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={ct(`actions.${transition}Title`)}
            confirmLabel={ct(`actions.${transition}`)}
            pending={change.isPending}
            onConfirm={() => void run(transition)}
            onCancel={() => setConfirming(false)}
          >
            <p>{ct(`actions.${transition}Text`)}</p>
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
