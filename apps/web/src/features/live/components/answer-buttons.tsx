import { useId } from 'react';
import type { LiveQuestion } from '@reform-quiz/contracts';
import { optionLetter } from '../../../components/question-view/question-view';
import { InlineRichText } from '../../../components/question-view/rich-text';
import { useLiveTranslation } from '../../../i18n/live';
import { OptionMark, optionTone } from './option-mark';

export interface AnswerButtonsProps {
  question: Pick<LiveQuestion, 'type' | 'options'>;
  /** Ticked (multiple choice, before sending) or sent options. */
  selected: readonly string[];
  /** No more choosing: sent, or the time is up. The buttons stay focusable and say what was chosen. */
  locked: boolean;
  onPick: (optionId: string) => void;
  stemId: string;
  instructionId: string;
}

/**
 * Big answer buttons, full width, at least 56 px high: a shape and a letter
 * (A ▲, B ◆…) besides the colour, named by the option's text. One tap sends a
 * single-choice answer; for multiple choice they are toggles and a separate
 * button sends.
 */
export function AnswerButtons({ question, selected, locked, onPick, stemId, instructionId }: AnswerButtonsProps) {
  const { lt } = useLiveTranslation();
  const baseId = useId();
  const multiple = question.type === 'multiple_choice';
  const chosenId = `${baseId}-chosen`;
  return (
    <div className="live-answers" role="group" aria-labelledby={stemId} aria-describedby={instructionId}>
      <span id={chosenId} hidden>
        {lt('player.chosen')}
      </span>
      {question.options.map((option, index) => {
        const letterId = `${baseId}-letter-${index}`;
        const isSelected = selected.includes(option.id);
        return (
          <button
            key={option.id}
            type="button"
            className={['live-answer', optionTone(index), isSelected ? 'live-answer--selected' : '', locked && !isSelected ? 'live-answer--dim' : ''].filter(Boolean).join(' ')}
            aria-pressed={multiple && !locked ? isSelected : undefined}
            aria-disabled={locked || undefined}
            aria-describedby={[letterId, locked && isSelected ? chosenId : null].filter(Boolean).join(' ')}
            data-option-id={option.id}
            onClick={() => {
              if (!locked) onPick(option.id);
            }}
          >
            <OptionMark index={index} />
            <span id={letterId} hidden>
              {lt('common.option', { letter: optionLetter(index) })}
            </span>
            <InlineRichText className="live-answer__text" text={option.text} />
            {isSelected && (
              <span className="live-answer__check" aria-hidden="true">
                ✓
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
