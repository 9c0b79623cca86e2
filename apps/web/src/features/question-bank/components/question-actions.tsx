import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@reform-quiz/contracts';
import { Button, ButtonLink } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { useRetireQuestion } from '../api/retire-question';
import { useSubmitQuestion } from '../api/submit-question';

export type QuestionActionResult = { kind: 'success'; text: string } | { kind: 'error'; text: string; needsSource?: boolean };

/** What the author can do next with this question, given its status. */
export function availableActions(question: Pick<Question, 'status' | 'isLatest'>) {
  const open = question.isLatest && question.status !== 'retired';
  return { edit: open, submit: open && question.status === 'draft', retire: open };
}

/** A refused submit names its field problems (the legal source, mostly): say which. */
function submitFailure(t: Parameters<typeof errorMessage>[0], error: unknown): QuestionActionResult {
  if (error instanceof ApiError && error.details.length > 0) {
    const messages = [...new Set(error.details.map((detail) => fieldProblemMessage(t, detail.code)))];
    return { kind: 'error', text: messages.join(' '), needsSource: error.details.some((d) => d.code === 'SOURCE_REQUIRED') };
  }
  return { kind: 'error', text: errorMessage(t, error) };
}

export interface QuestionActionsProps {
  question: Question;
  onResult: (result: QuestionActionResult) => void;
}

/** Edit, submit for review, retire: only those the status allows. Organizers and admins only. */
export function QuestionActions({ question, onResult }: QuestionActionsProps) {
  const { t } = useTranslation();
  const submit = useSubmitQuestion();
  const retire = useRetireQuestion();
  const [retiring, setRetiring] = useState(false);
  const [comment, setComment] = useState('');
  const actions = availableActions(question);
  if (!actions.edit && !actions.submit && !actions.retire) return null;

  const sendForReview = async () => {
    try {
      await submit.mutateAsync(question.id);
      onResult({ kind: 'success', text: t('questionBank.actions.submitted') });
    } catch (error) {
      onResult(submitFailure(t, error));
    }
  };

  const confirmRetire = async () => {
    try {
      await retire.mutateAsync({ id: question.id, comment: comment.trim() || undefined });
      setRetiring(false);
      onResult({ kind: 'success', text: t('questionBank.actions.retired') });
    } catch (error) {
      setRetiring(false);
      onResult({ kind: 'error', text: errorMessage(t, error) });
    }
  };

  return (
    <div className="actions" role="group" aria-label={t('questionBank.actions.label')}>
      {actions.edit && (
        <ButtonLink to={`/organizer/questions/${question.id}/edit`} variant={actions.submit ? 'secondary' : 'primary'}>
          {t('questionBank.actions.edit')}
        </ButtonLink>
      )}
      {actions.submit && (
        <Button pending={submit.isPending} onClick={() => void sendForReview()}>
          {t('questionBank.actions.submit')}
        </Button>
      )}
      {actions.retire && (
        <Button variant="danger" onClick={() => setRetiring(true)}>
          {t('questionBank.actions.retire')}
        </Button>
      )}
      <ConfirmDialog
        open={retiring}
        title={t('questionBank.actions.retireTitle')}
        confirmLabel={t('questionBank.actions.retire')}
        danger
        pending={retire.isPending}
        onConfirm={() => void confirmRetire()}
        onCancel={() => setRetiring(false)}
      >
        <p>{t('questionBank.actions.retireText')}</p>
        <TextareaField
          id="retire-comment"
          label={t('questionBank.actions.retireComment')}
          optional
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </ConfirmDialog>
    </div>
  );
}
