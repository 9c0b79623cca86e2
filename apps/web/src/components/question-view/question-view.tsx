import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '@reform-quiz/contracts';
import { InlineRichText, RichText } from './rich-text';
import './question-view.css';

/** An option as an entrant receives it: an id and a text, nothing that tells whether it is correct. */
export interface QuestionViewOption {
  id: string;
  text: string;
}

export interface QuestionViewQuestion {
  type: QuestionType;
  stem: string;
  points: number;
  /** In the order to show them (already shuffled when the round shuffles). */
  options: readonly QuestionViewOption[];
}

export interface QuestionViewAnswer {
  optionIds: string[];
  text: string;
}

export interface QuestionViewProps {
  question: QuestionViewQuestion;
  /** Shown above the stem, e.g. "Câu 3/20". */
  label?: string;
  /** The entrant's answer; without it the view keeps its own (the author's preview). */
  answer?: QuestionViewAnswer;
  onAnswer?: (answer: QuestionViewAnswer) => void;
  /**
   * Draws the choices instead of radio buttons and checkboxes (the live game's
   * big answer buttons), labelled by the stem and described by the instruction.
   */
  renderChoices?: (ids: { stemId: string; instructionId: string }) => ReactNode;
}

const EMPTY: QuestionViewAnswer = { optionIds: [], text: '' };

/** A, B, C… by position on screen, as entrants read them out. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * One question as an entrant sees it on a phone: the stem, then big answer
 * targets (or a text box). Shared by the organizer's preview and the attempt
 * screen, so what authors check is what entrants get.
 */
export function QuestionView({ question, label, answer, onAnswer, renderChoices }: QuestionViewProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [own, setOwn] = useState<QuestionViewAnswer>(EMPTY);
  const current = answer ?? own;
  const change = (next: QuestionViewAnswer) => {
    if (!answer) setOwn(next);
    onAnswer?.(next);
  };

  const stemId = `${baseId}-stem`;
  const instructionId = `${baseId}-instruction`;
  const single = question.type === 'single_choice' || question.type === 'true_false';
  const choice = single || question.type === 'multiple_choice';

  const toggle = (optionId: string, checked: boolean) => {
    if (single) change({ ...current, optionIds: [optionId] });
    else {
      const rest = current.optionIds.filter((id) => id !== optionId);
      change({ ...current, optionIds: checked ? [...rest, optionId] : rest });
    }
  };

  return (
    <div className="question-view">
      <p className="question-view__meta">
        {label && <span className="question-view__label">{label}</span>}
        <span>{t('questionView.points', { value: question.points })}</span>
      </p>
      <RichText id={stemId} className="question-view__stem" text={question.stem} />

      {choice && (
        <>
          <p className="question-view__instruction" id={instructionId}>
            {single ? t('questionView.chooseOne') : t('questionView.chooseMany')}
          </p>
          {renderChoices ? (
            renderChoices({ stemId, instructionId })
          ) : (
            <div
              className="question-view__answers"
              role={single ? 'radiogroup' : 'group'}
              aria-labelledby={stemId}
              aria-describedby={instructionId}
            >
              {question.options.map((option, index) => {
                const inputId = `${baseId}-option-${index}`;
                return (
                  <label key={option.id} className="answer" htmlFor={inputId}>
                    <input
                      id={inputId}
                      className="answer__input"
                      type={single ? 'radio' : 'checkbox'}
                      name={`${baseId}-answer`}
                      value={option.id}
                      checked={current.optionIds.includes(option.id)}
                      onChange={(event) => toggle(option.id, event.target.checked)}
                    />
                    <span className="answer__letter">{optionLetter(index)}.</span>
                    <InlineRichText className="answer__text" text={option.text} />
                  </label>
                );
              })}
            </div>
          )}
        </>
      )}

      {question.type === 'short_text' && (
        <div className="question-view__write">
          <label className="field__label" htmlFor={`${baseId}-text`}>
            {t('questionView.shortAnswer')}
          </label>
          <input
            id={`${baseId}-text`}
            className="input question-view__input"
            autoComplete="off"
            aria-describedby={stemId}
            value={current.text}
            onChange={(event) => change({ ...current, text: event.target.value })}
          />
        </div>
      )}

      {question.type === 'essay' && (
        <div className="question-view__write">
          <label className="field__label" htmlFor={`${baseId}-text`}>
            {t('questionView.essayAnswer')}
          </label>
          <textarea
            id={`${baseId}-text`}
            className="input question-view__textarea"
            rows={8}
            aria-describedby={stemId}
            value={current.text}
            onChange={(event) => change({ ...current, text: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}
