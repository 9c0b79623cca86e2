import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_LIMITS } from '@reform-quiz/domain';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FieldError, FieldHint } from '../../../components/ui/form-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import type { KeyedList } from '../hooks/use-keyed-list';

export const acceptedAnswerId = (index: number) => `question-accepted-${index}`;

export interface AcceptedAnswersFieldProps {
  answers: KeyedList<{ text: string }>;
  accentInsensitive: boolean;
  onAccentInsensitiveChange: (checked: boolean) => void;
  error?: string;
  onVisit: (key: string) => void;
  onAnnounce: (message: string) => void;
}

/** Short text: the answers that count, compared after normalisation; optionally without diacritics. */
export function AcceptedAnswersField({ answers, accentInsensitive, onAccentInsensitiveChange, error, onVisit, onAnnounce }: AcceptedAnswersFieldProps) {
  const { t } = useTranslation();
  const focusNext = useRef<string | null>(null);
  const hintId = 'question-accepted-hint';
  const errorId = error ? 'question-accepted-error' : undefined;
  const { items, keys } = answers;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  return (
    <fieldset className={['field', 'fieldset', error ? 'field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
      <legend className="field__label">{t('questionBank.editor.acceptedAnswers')}</legend>
      <FieldHint id={hintId}>{t('questionBank.editor.acceptedAnswersHint')}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <ol className="accepted-answers">
        {items.map((answer, index) => (
          <li key={keys[index]} className="accepted-answers__row">
            <label className="visually-hidden" htmlFor={acceptedAnswerId(index)}>
              {t('questionBank.editor.acceptedAnswer', { number: index + 1 })}
            </label>
            <input
              id={acceptedAnswerId(index)}
              name={`acceptedAnswers.${index}.text`}
              className="input"
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              value={answer.text}
              onChange={(event) => answers.update(index, { text: event.target.value })}
              onBlur={() => onVisit('acceptedAnswers')}
            />
            <Button
              variant="quiet"
              disabled={items.length <= 1}
              onClick={() => {
                answers.remove(index);
                focusNext.current = acceptedAnswerId(Math.min(index, items.length - 2));
                onAnnounce(t('questionBank.editor.acceptedRemoved', { number: index + 1 }));
              }}
            >
              {t('questionBank.editor.removeOption')}
              {' '}
              <VisuallyHidden>{t('questionBank.editor.acceptedAnswer', { number: index + 1 })}</VisuallyHidden>
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        disabled={items.length >= QUESTION_LIMITS.acceptedAnswers}
        onClick={() => {
          answers.append({ text: '' });
          focusNext.current = acceptedAnswerId(items.length);
        }}
      >
        {t('questionBank.editor.addAccepted')}
      </Button>
      <CheckboxField
        id="question-accent-insensitive"
        name="accentInsensitive"
        label={t('questionBank.editor.accentInsensitive')}
        checked={accentInsensitive}
        onChange={(event) => onAccentInsensitiveChange(event.target.checked)}
      />
    </fieldset>
  );
}
