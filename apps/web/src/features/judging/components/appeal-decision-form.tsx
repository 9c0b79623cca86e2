import { useId, useState, type FormEvent } from 'react';
import { APPEAL_DECISIONS, type Appeal, type AppealDecision, type ItemStatistics } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FieldError, FieldHint } from '../../../components/ui/form-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import type { Notice } from '../../../components/ui/status-message';
import { TextareaField } from '../../../components/ui/textarea-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { ApiError } from '../../../lib/api-error';
import { useDecideAppeal } from '../api/decide-appeal';
import { useAppealQuestion } from '../api/get-appeal-question';
import {
  APPEAL_RESPONSE_LIMITS,
  appealDecisionProblems,
  rekeyModeOf,
  rekeyOptions,
  toAppealDecision,
  type AppealDecisionValues,
} from './appeal-decision';

export interface AppealDecisionFormProps {
  appeal: Appeal;
  number: number;
  /** The question's options with the key as it stands (item analysis); empty until known or for a question without options. */
  choices: ItemStatistics['choices'];
  onNotice: (notice: Notice) => void;
}

/**
 * Reject, void (removed from every score or credited to all) or correct the
 * key — one right option, several, or accepted answers, as the question's
 * type asks; an essay has no key. Always with an answer to the entrant.
 */
export function AppealDecisionForm({ appeal, number, choices, onNotice }: AppealDecisionFormProps) {
  const { t, jt } = useJudgingTranslation();
  const id = useId().replace(/:/g, '');
  const decide = useDecideAppeal(appeal.roundId);
  const question = useAppealQuestion(appeal.question.id);
  const options = rekeyOptions(question.data, choices);
  const mode = rekeyModeOf(question.data?.type, options.length);
  const [form, setForm] = useState<Omit<AppealDecisionValues, 'correctOptionIds'>>({ decision: '', response: '', acceptedAnswers: '' });
  // Null until the judge picks: the new key starts from the key as it stands, whenever the options arrive.
  const [picked, setPicked] = useState<string[] | null>(null);
  const values: AppealDecisionValues = { ...form, correctOptionIds: picked ?? options.filter((o) => o.correct).map((o) => o.optionId) };
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const problems = appealDecisionProblems(values, mode);
  const limits = { min: APPEAL_RESPONSE_LIMITS.min, max: APPEAL_RESPONSE_LIMITS.max };
  const rekeyError = submitted && problems.rekey ? jt(`appeals.form.problems.${problems.rekey}`) : undefined;
  const current =
    options
      .filter((o) => o.correct)
      .map((o) => o.text)
      .join('; ') || jt('common.none');
  const decisions = APPEAL_DECISIONS.filter((decision) => decision !== 'rekey' || mode !== 'none');

  const toggleOption = (optionId: string, checked: boolean) =>
    setPicked(checked ? [...values.correctOptionIds, optionId] : values.correctOptionIds.filter((o) => o !== optionId));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (problems.decision || problems.response || problems.rekey || values.decision === '') {
      const first = problems.decision ? `${id}-decision` : problems.response ? `${id}-response` : `${id}-rekey`;
      document.getElementById(first)?.focus();
      return;
    }
    try {
      await decide.mutateAsync({ id: appeal.id, body: toAppealDecision({ ...values, decision: values.decision }, mode, options) });
      onNotice({ tone: 'success', text: jt(values.decision === 'rejected' ? 'appeals.form.answered' : 'appeals.form.rescored', { number }) });
    } catch (error) {
      const details = error instanceof ApiError ? error.details.map((d) => fieldProblemMessage(t, d.code)) : [];
      setServerError([errorMessage(t, error), ...details].join(' '));
    }
  };

  const rekeying = values.decision === 'rekey';
  return (
    <form className="decision-form" noValidate onSubmit={(event) => void submit(event)} aria-label={jt('appeals.form.ofAppeal', { number })}>
      {serverError && <Alert tone="error" title={serverError} />}
      <RadioGroup
        id={`${id}-decision`}
        legend={jt('appeals.form.legend')}
        options={decisions.map((decision) => ({ value: decision, label: jt(`appeals.decisions.${decision}`) }))}
        value={values.decision}
        error={submitted && problems.decision ? jt(`appeals.form.problems.${problems.decision}`) : undefined}
        inputProps={{ name: `${id}-decision`, onChange: (event) => setForm({ ...form, decision: event.target.value as AppealDecision }) }}
      />
      {rekeying && mode === 'single' && (
        <RadioGroup
          id={`${id}-rekey`}
          legend={jt('appeals.form.correctOption')}
          hint={jt('appeals.form.correctOptionsHint', { current })}
          options={options.map((option) => ({ value: option.optionId, label: option.text }))}
          value={values.correctOptionIds[0] ?? ''}
          error={rekeyError}
          inputProps={{ name: `${id}-rekey`, onChange: (event) => setPicked([event.target.value]) }}
        />
      )}
      {rekeying && mode === 'multiple' && (
        <fieldset
          className={['field', 'fieldset', rekeyError ? 'field--invalid' : ''].filter(Boolean).join(' ')}
          aria-describedby={[`${id}-rekey-hint`, rekeyError ? `${id}-rekey-error` : ''].filter(Boolean).join(' ')}
        >
          <legend className="field__label">{jt('appeals.form.correctOptions')}</legend>
          <FieldHint id={`${id}-rekey-hint`}>{jt('appeals.form.correctOptionsHint', { current })}</FieldHint>
          <FieldError id={rekeyError ? `${id}-rekey-error` : undefined}>{rekeyError}</FieldError>
          {options.map((option, index) => (
            <CheckboxField
              key={option.optionId}
              id={index === 0 ? `${id}-rekey` : `${id}-rekey-${option.optionId}`}
              label={option.text}
              checked={values.correctOptionIds.includes(option.optionId)}
              onChange={(event) => toggleOption(option.optionId, event.target.checked)}
            />
          ))}
        </fieldset>
      )}
      {rekeying && mode === 'text' && (
        <TextareaField
          id={`${id}-rekey`}
          name="acceptedAnswers"
          label={jt('appeals.form.acceptedAnswers')}
          hint={jt('appeals.form.acceptedAnswersHint')}
          rows={3}
          error={rekeyError}
          value={values.acceptedAnswers}
          onChange={(event) => setForm({ ...form, acceptedAnswers: event.target.value })}
        />
      )}
      <TextareaField
        id={`${id}-response`}
        name="response"
        label={jt('appeals.form.response')}
        hint={jt('appeals.form.responseHint')}
        rows={3}
        maxLength={APPEAL_RESPONSE_LIMITS.max}
        error={submitted && problems.response ? jt(`appeals.form.problems.${problems.response}`, limits) : undefined}
        value={values.response}
        onChange={(event) => setForm({ ...form, response: event.target.value })}
      />
      {values.decision !== '' && values.decision !== 'rejected' && <p className="note">{jt('appeals.form.rescoreNote')}</p>}
      <div className="actions">
        <Button type="submit" pending={decide.isPending}>
          {jt('appeals.form.submit')}
          {' '}
          <VisuallyHidden>{jt('appeals.form.ofAppeal', { number })}</VisuallyHidden>
        </Button>
      </div>
    </form>
  );
}
