import { useId } from 'react';
import type { LiveQuestion, LiveReveal } from '@reform-quiz/contracts';
import { optionLetter } from '../../../components/question-view/question-view';
import { InlineRichText } from '../../../components/question-view/rich-text';
import { useLiveTranslation } from '../../../i18n/live';
import { OptionMark, optionTone } from './option-mark';

/** "B. Sai" — the right option(s) by letter and text, as the host reads them out. */
export function correctAnswerText(question: Pick<LiveQuestion, 'options'>, correctOptionIds: readonly string[]): string {
  return question.options
    .map((option, index) => ({ option, index }))
    .filter(({ option }) => correctOptionIds.includes(option.id))
    .map(({ option, index }) => `${optionLetter(index)}. ${option.text}`)
    .join('; ');
}

/**
 * After a question: the right answer in words, then every option with how
 * many chose it — a bar and the count in text — the right one(s) marked with
 * ✓ and the words "Đáp án đúng", never by colour alone.
 */
export function RevealView({ question, reveal, headingLevel = 2 }: { question: LiveQuestion; reveal: LiveReveal; headingLevel?: 2 | 3 }) {
  const { lt } = useLiveTranslation();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const counts = new Map(reveal.distribution.map((entry) => [entry.optionId, entry.count]));
  const scale = Math.max(1, reveal.answered, ...reveal.distribution.map((entry) => entry.count));
  const correct = new Set(reveal.correctOptionIds);

  return (
    <section className="reveal" aria-labelledby={headingId} data-testid="reveal">
      <Heading id={headingId} className="reveal__title">
        {lt('reveal.title')}
      </Heading>
      <p className="reveal__answer" data-testid="correct-answer">
        <span aria-hidden="true">✓ </span>
        {lt('reveal.correctIs', { answer: correctAnswerText(question, reveal.correctOptionIds) })}
      </p>
      <ul className="reveal__options">
        {question.options.map((option, index) => {
          const count = counts.get(option.id) ?? 0;
          const right = correct.has(option.id);
          return (
            <li key={option.id} className={['reveal__option', right ? 'reveal__option--correct' : 'reveal__option--other'].join(' ')} data-correct={right}>
              <span className={`reveal__head ${optionTone(index)}`}>
                <OptionMark index={index} />
                <span className="visually-hidden">{lt('common.option', { letter: optionLetter(index) })}: </span>
                <InlineRichText className="reveal__text" text={option.text} />
                {right && (
                  <span className="reveal__mark">
                    <span aria-hidden="true">✓ </span>
                    {lt('reveal.correctMark')}
                  </span>
                )}
              </span>
              <span className="reveal__meter">
                <span className="reveal__track" aria-hidden="true">
                  <span className={`reveal__bar ${optionTone(index)}`} style={{ width: `${(count / scale) * 100}%` }} />
                </span>
                <span className="reveal__count" data-testid="reveal-count">
                  {lt('reveal.count', { count })}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="reveal__summary">{lt('reveal.summary', { answered: reveal.answered, correct: reveal.correct })}</p>
    </section>
  );
}
