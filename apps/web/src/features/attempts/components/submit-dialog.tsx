import { useEntrantTranslation } from '../../../i18n/entrant';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextField } from '../../../components/ui/text-field';

export type SubmitStep = 'confirm' | 'sending' | 'unsent' | 'submitting';

export interface SubmitDialogProps {
  open: boolean;
  step: SubmitStep;
  answered: number;
  total: number;
  unsent: number;
  /** The round's prediction question; null when it has none. */
  predictionPrompt: string | null;
  prediction: string;
  onPredictionChange: (value: string) => void;
  predictionError?: string;
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Nộp bài?" with what is still open: unanswered questions, and answers that
 * have not reached the server (then the entrant must insist), and the
 * prediction question when the round has one.
 */
export function SubmitDialog(props: SubmitDialogProps) {
  const { et } = useEntrantTranslation();
  const { step, answered, total, unsent } = props;
  const unanswered = total - answered;
  const busy = step === 'sending' || step === 'submitting';
  return (
    <ConfirmDialog
      open={props.open}
      title={et('attempt.confirmTitle')}
      confirmLabel={step === 'unsent' ? et('attempt.submitAnyway') : et('attempt.submit')}
      danger={step === 'unsent'}
      pending={busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <p>{et('attempt.confirmAnswered', { answered, total })}</p>
      <p className={unanswered > 0 ? 'submit-dialog__unanswered' : undefined} data-testid="unanswered-count" data-count={unanswered}>
        {unanswered > 0 ? et('attempt.confirmUnanswered', { count: unanswered }) : et('attempt.confirmAllAnswered')}
      </p>
      {step === 'unsent' && unsent > 0 && <Alert tone="error" title={et('attempt.unsentWarning', { count: unsent })} />}
      {props.error && <Alert tone="error" title={props.error} />}
      {props.predictionPrompt !== null && (
        <div className="submit-dialog__prediction">
          <p className="submit-dialog__prediction-title">{et('attempt.predictionLabel')}</p>
          <TextField
            id="attempt-prediction"
            name="prediction"
            label={props.predictionPrompt}
            hint={et('attempt.predictionHint')}
            error={props.predictionError}
            optional
            inputMode="numeric"
            autoComplete="off"
            value={props.prediction}
            onChange={(event) => props.onPredictionChange(event.target.value)}
          />
        </div>
      )}
      <p className="muted">{et('attempt.confirmFinal')}</p>
      <p role="status" className="submit-dialog__progress">
        {step === 'sending' ? et('attempt.sending') : step === 'submitting' ? et('attempt.submitting') : ''}
      </p>
    </ConfirmDialog>
  );
}
