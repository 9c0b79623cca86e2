import type { ReactNode } from 'react';
import type { Attempt, AttemptQuestion, QuestionReview, QuestionSource } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { optionLetter } from '../../../components/question-view/question-view';
import { InlineRichText, RichText } from '../../../components/question-view/rich-text';
import { Badge } from '../../../components/ui/badge';
import { formatDay } from '../../../lib/format-date';

function OptionList({ question, ids }: { question: AttemptQuestion; ids: readonly string[] }) {
  const chosen = question.options.map((option, index) => ({ option, index })).filter(({ option }) => ids.includes(option.id));
  return (
    <ul className="review-item__options">
      {chosen.map(({ option, index }) => (
        <li key={option.id}>
          <strong>{optionLetter(index)}.</strong> <InlineRichText text={option.text} />
        </li>
      ))}
    </ul>
  );
}

function sourceText(source: QuestionSource, language: string): string {
  return [source.document, source.article, source.date ? formatDay(source.date, language) : null].filter(Boolean).join(', ');
}

function ReviewItem({ number, question, review, attempt, after }: { number: number; question: AttemptQuestion; review: QuestionReview; attempt: Attempt; after?: ReactNode }) {
  const { et, i18n } = useEntrantTranslation();
  const answer = attempt.answers.find((a) => a.questionId === question.id);
  const written = question.type === 'short_text' || question.type === 'essay';
  const given = written ? (answer?.text ?? '').trim() : '';
  const chosen = answer?.optionIds ?? [];
  const verdict = review.correct === true ? 'isCorrect' : review.correct === false ? 'isWrong' : 'isPending';
  return (
    <li className={`review-item review-item--${verdict}`}>
      <h3 className="review-item__title">
        {et('result.question', { number })}{' '}
        <Badge tone={review.correct === true ? 'success' : review.correct === false ? 'warning' : 'neutral'}>
          <span aria-hidden="true">{review.correct === true ? '✓ ' : review.correct === false ? '✕ ' : ''}</span>
          {et(`result.${verdict}`)}
        </Badge>
      </h3>
      <RichText className="review-item__stem" text={question.stem} />
      <dl className="review-item__details">
        <div>
          <dt>{et('result.yourAnswer')}</dt>
          <dd>
            {written ? given || et('result.noAnswer') : chosen.length > 0 ? <OptionList question={question} ids={chosen} /> : et('result.noAnswer')}
          </dd>
        </div>
        {!written && (
          <div>
            <dt>{et('result.rightAnswer')}</dt>
            <dd>
              <OptionList question={question} ids={review.correctOptionIds} />
            </dd>
          </div>
        )}
        {written && review.acceptedAnswers.length > 0 && (
          <div>
            <dt>{et('result.acceptedAnswers')}</dt>
            <dd>{review.acceptedAnswers.join('; ')}</dd>
          </div>
        )}
        {review.pointsAwarded !== null && (
          <div>
            <dt>{et('result.score')}</dt>
            <dd>{et('result.scoreValue', { score: review.pointsAwarded, max: question.points })}</dd>
          </div>
        )}
        {review.explanation && (
          <div>
            <dt>{et('result.explanation')}</dt>
            <dd>
              <RichText text={review.explanation} />
            </dd>
          </div>
        )}
        {review.source && (
          <div>
            <dt>{et('result.source')}</dt>
            <dd>{sourceText(review.source, i18n.language)}</dd>
          </div>
        )}
      </dl>
      {after}
    </li>
  );
}

export interface ResultReviewProps {
  attempt: Attempt;
  review: readonly QuestionReview[];
  /** What follows each question (the appeal control), given its number on the paper. */
  renderAfter?: (question: AttemptQuestion, number: number) => ReactNode;
}

/** After the round closes: each question with the entrant's answer, the right one, why, and the legal basis. */
export function ResultReview({ attempt, review, renderAfter }: ResultReviewProps) {
  const byQuestion = new Map(review.map((r) => [r.questionId, r]));
  return (
    <ol className="review-list">
      {attempt.questions.map((question, index) => {
        const item = byQuestion.get(question.id);
        return item ? (
          <ReviewItem key={question.id} number={index + 1} question={question} review={item} attempt={attempt} after={renderAfter?.(question, index + 1)} />
        ) : null;
      })}
    </ol>
  );
}
