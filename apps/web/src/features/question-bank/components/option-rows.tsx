import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_LIMITS } from '@reform-quiz/domain';
import { optionLetter } from '../../../components/question-view/question-view';
import { Button } from '../../../components/ui/button';
import { FieldError, FieldHint } from '../../../components/ui/form-field';
import { TextField } from '../../../components/ui/text-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import type { FormSlot, OptionValue } from './question-form-values';
import type { KeyedList } from '../hooks/use-keyed-list';

export const optionTextId = (index: number) => `question-option-${index}-text`;
const correctId = (index: number) => `question-option-${index}-correct`;
const moveId = (index: number, direction: 'up' | 'down') => `question-option-${index}-${direction}`;

export interface OptionRowsProps {
  type: 'single_choice' | 'multiple_choice';
  options: KeyedList<OptionValue>;
  /** Translated problem of a slot, when it is to be shown. */
  errorOf: (slot: FormSlot) => string | undefined;
  /** The author has been in this part of the form (for when problems show). */
  onVisit: (key: string) => void;
  /** A polite announcement of what a button did (a row moved, removed). */
  onAnnounce: (message: string) => void;
}

/**
 * 2–8 option rows: text, a correct toggle (radio for one answer, checkbox for
 * several), move up/down and remove. Focus stays with the row being worked on.
 */
export function OptionRows({ type, options, errorOf, onVisit, onAnnounce }: OptionRowsProps) {
  const { t } = useTranslation();
  const focusNext = useRef<string | null>(null);
  const single = type === 'single_choice';
  const { items, keys } = options;
  const correctCount = items.filter((option) => option.isCorrect).length;
  // Coming from "several answers" with more than one marked: keep the marks (the author decides which
  // one stays) and let each radio show its own state until one is picked.
  const ungrouped = single && correctCount > 1;
  const groupError = errorOf('options');
  const hintId = 'question-options-hint';
  const errorId = groupError ? 'question-options-error' : undefined;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const setCorrect = (index: number, checked: boolean) => {
    onVisit('correct');
    options.replace(items.map((option, i) => (single ? { ...option, isCorrect: i === index } : i === index ? { ...option, isCorrect: checked } : option)));
  };

  const moveRow = (from: number, to: number) => {
    options.move(from, to);
    const direction = to < from ? 'up' : 'down';
    const edge = to === 0 || to === items.length - 1;
    // At the top or bottom this button is disabled now: continue from the other one.
    focusNext.current = moveId(to, edge ? (direction === 'up' ? 'down' : 'up') : direction);
    onAnnounce(t('questionBank.editor.optionMoved', { from: optionLetter(from), to: optionLetter(to) }));
  };

  const removeRow = (index: number) => {
    options.remove(index);
    focusNext.current = optionTextId(Math.min(index, items.length - 2));
    onAnnounce(t('questionBank.editor.optionRemoved', { letter: optionLetter(index) }));
  };

  const addRow = () => {
    onVisit('options');
    options.append({ text: '', isCorrect: false });
    focusNext.current = optionTextId(items.length);
  };

  return (
    <fieldset className={['field', 'fieldset', 'option-rows', groupError ? 'field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
      <legend className="field__label">{t('questionBank.editor.options')}</legend>
      <FieldHint id={hintId}>
        {single ? t('questionBank.editor.optionsHintSingle', QUESTION_LIMITS.options) : t('questionBank.editor.optionsHintMultiple', QUESTION_LIMITS.options)}
      </FieldHint>
      <FieldError id={errorId}>{groupError}</FieldError>
      <ol className="option-rows__list">
        {items.map((option, index) => {
          const letter = optionLetter(index);
          const ofOption = (
            <>
              {' '}
              <VisuallyHidden>{t('questionBank.editor.ofOption', { letter })}</VisuallyHidden>
            </>
          );
          return (
            // Keyed by identity, not position: a moved row keeps its DOM node (and its focus).
            <li key={keys[index]} className={option.isCorrect ? 'option-row option-row--correct' : 'option-row'}>
              <TextField
                id={optionTextId(index)}
                name={`options.${index}.text`}
                className="option-row__text"
                label={t('questionBank.editor.option', { letter })}
                autoComplete="off"
                error={errorOf(`options.${index}.text`)}
                value={option.text}
                onChange={(event) => options.update(index, { ...option, text: event.target.value })}
                onBlur={() => onVisit('options')}
              />
              <div className="option-row__tools">
                <div className="choice option-row__correct">
                  <input
                    id={correctId(index)}
                    className="choice__input"
                    type={single ? 'radio' : 'checkbox'}
                    name={single && !ungrouped ? 'question-correct' : `question-correct-${index}`}
                    checked={option.isCorrect}
                    onChange={(event) => setCorrect(index, event.target.checked)}
                    // A checked radio fires no change; in the ungrouped state a click on it must still pick it.
                    onClick={() => single && ungrouped && setCorrect(index, true)}
                  />
                  <label className="choice__label" htmlFor={correctId(index)}>
                    {t('questionBank.editor.correct')}
                    {ofOption}
                  </label>
                </div>
                <Button id={moveId(index, 'up')} variant="quiet" disabled={index === 0} onClick={() => moveRow(index, index - 1)}>
                  <span className="option-row__icon" aria-hidden="true">
                    ↑
                  </span>
                  {t('questionBank.editor.moveUp')}
                  {ofOption}
                </Button>
                <Button id={moveId(index, 'down')} variant="quiet" disabled={index === items.length - 1} onClick={() => moveRow(index, index + 1)}>
                  <span className="option-row__icon" aria-hidden="true">
                    ↓
                  </span>
                  {t('questionBank.editor.moveDown')}
                  {ofOption}
                </Button>
                <Button variant="quiet" disabled={items.length <= QUESTION_LIMITS.options.min} onClick={() => removeRow(index)}>
                  {t('questionBank.editor.removeOption')}
                  {ofOption}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" disabled={items.length >= QUESTION_LIMITS.options.max} onClick={addRow}>
        {t('questionBank.editor.addOption')}
      </Button>
    </fieldset>
  );
}
