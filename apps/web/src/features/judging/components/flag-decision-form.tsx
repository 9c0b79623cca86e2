import { useId, useState, type FormEvent } from 'react';
import type { IntegrityFlag } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { RadioGroup } from '../../../components/ui/radio-group';
import type { Notice } from '../../../components/ui/status-message';
import { TextareaField } from '../../../components/ui/textarea-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useDecideFlag } from '../api/decide-flag';
import { FLAG_REASON_LIMITS, flagDecisionProblems, toFlagDecision, type FlagChoice, type FlagDecisionValues } from './flag-decision';

/** Dismiss, or uphold for the attempt or the entrant, always with a reason for the audit log. */
export function FlagDecisionForm({ flag, onNotice }: { flag: IntegrityFlag; onNotice: (notice: Notice) => void }) {
  const { t, jt } = useJudgingTranslation();
  const id = useId().replace(/:/g, '');
  const decide = useDecideFlag();
  const [values, setValues] = useState<FlagDecisionValues>({ choice: '', reason: '' });
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const problems = flagDecisionProblems(values);
  const kind = jt(`flags.kinds.${flag.kind}`);
  const limits = { min: FLAG_REASON_LIMITS.min, max: FLAG_REASON_LIMITS.max };

  const choices: { value: FlagChoice; label: string }[] = [
    { value: 'dismiss', label: jt('flags.decision.dismiss') },
    { value: 'uphold_attempt', label: flag.attemptId ? jt('flags.decision.upholdAttempt') : jt('flags.decision.upholdAttempts') },
    { value: 'uphold_entrant', label: jt('flags.decision.upholdEntrant') },
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (problems.choice || problems.reason || values.choice === '') {
      document.getElementById(problems.choice ? `${id}-choice` : `${id}-reason`)?.focus();
      return;
    }
    try {
      await decide.mutateAsync({ id: flag.id, body: toFlagDecision({ ...values, choice: values.choice }) });
      onNotice({
        tone: 'success',
        text: jt(values.choice === 'dismiss' ? 'flags.decision.dismissed' : 'flags.decision.upheld', { kind, name: flag.subject.name }),
      });
    } catch (error) {
      setServerError(errorMessage(t, error));
    }
  };

  return (
    <form className="decision-form" noValidate onSubmit={(event) => void submit(event)} aria-label={jt('flags.decision.ofFlag', { kind, name: flag.subject.name })}>
      {serverError && <Alert tone="error" title={serverError} />}
      <RadioGroup
        id={`${id}-choice`}
        legend={jt('flags.decision.legend')}
        options={choices}
        value={values.choice}
        error={submitted && problems.choice ? jt(`flags.decision.problems.${problems.choice}`) : undefined}
        inputProps={{ name: `${id}-choice`, onChange: (event) => setValues({ ...values, choice: event.target.value as FlagChoice }) }}
      />
      <TextareaField
        id={`${id}-reason`}
        name="reason"
        label={jt('flags.decision.reason')}
        hint={jt('flags.decision.reasonHint')}
        rows={3}
        maxLength={FLAG_REASON_LIMITS.max}
        error={submitted && problems.reason ? jt(`flags.decision.problems.${problems.reason}`, limits) : undefined}
        value={values.reason}
        onChange={(event) => setValues({ ...values, reason: event.target.value })}
      />
      <div className="actions">
        <Button type="submit" variant={values.choice.startsWith('uphold') ? 'danger' : 'primary'} pending={decide.isPending}>
          {jt('flags.decision.submit')}
          {' '}
          <VisuallyHidden>{jt('flags.decision.ofFlag', { kind, name: flag.subject.name })}</VisuallyHidden>
        </Button>
      </div>
    </form>
  );
}
