import { useId } from 'react';
import type { LiveQuestion } from '@reform-quiz/contracts';
import { optionLetter } from '../../../components/question-view/question-view';
import { InlineRichText, RichText } from '../../../components/question-view/rich-text';
import { useLiveTranslation } from '../../../i18n/live';
import { OptionMark, optionTone } from './option-mark';

/**
 * The open question as the room sees it (projector, host console): the stem
 * and the options with their shapes and letters — nothing marks the right one
 * until the reveal.
 */
export function QuestionBoard({ question, className }: { question: LiveQuestion; className?: string }) {
  const { lt } = useLiveTranslation();
  const stemId = useId();
  return (
    <div className={['question-board', className].filter(Boolean).join(' ')}>
      <RichText id={stemId} className="question-board__stem" text={question.stem} />
      <ul className="question-board__options" aria-label={lt('question.options')}>
        {question.options.map((option, index) => (
          <li key={option.id} className={`question-board__option ${optionTone(index)}`}>
            <OptionMark index={index} />
            <span className="visually-hidden">{lt('common.option', { letter: optionLetter(index) })}: </span>
            <InlineRichText className="question-board__text" text={option.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}
