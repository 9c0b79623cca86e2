import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Question, ReviewDecision } from '@reform-quiz/contracts';
import { excerpt } from '../../../components/question-view/light-markup';
import { RichText } from '../../../components/question-view/rich-text';
import { formatInstant } from '../../../lib/format-date';
import { QuestionPreview } from './question-preview';
import { ReviewPanel } from './review-panel';
import { SourceBox } from './source-box';

export const reviewToggleId = (id: string) => `review-toggle-${id}`;

export interface ReviewItemProps {
  question: Question;
  isOwn: boolean;
  expanded: boolean;
  onToggle: () => void;
  onReviewed: (question: Question, decision: ReviewDecision) => void;
}

/** One waiting question: a disclosure opening onto the entrant's view, the key, the source and the decision. */
export function ReviewItem({ question, isOwn, expanded, onToggle, onReviewed }: ReviewItemProps) {
  const { t, i18n } = useTranslation();
  const panelId = `review-panel-${question.id}`;
  return (
    <li className={isOwn ? 'review-item review-item--own' : 'review-item'}>
      <h2 className="review-item__title">
        <button id={reviewToggleId(question.id)} type="button" className="review-item__toggle" aria-expanded={expanded} aria-controls={expanded ? panelId : undefined} onClick={onToggle}>
          <span className="review-item__chevron" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          <span>{excerpt(question.stem, 140)}</span>
        </button>
      </h2>
      <p className="review-item__meta">
        {t(`questionBank.questionTypes.${question.type}`)} · {t(`questionBank.topics.${question.topic}`)} · {t(`questionBank.difficulties.${question.difficulty}`)}
        {' · '}
        {t('questionBank.review.submittedBy', { name: question.author?.fullName ?? '—', at: formatInstant(question.updatedAt, i18n.language) })}
      </p>
      {isOwn && <p className="status-badge status-badge--own">{t('questionBank.review.own')}</p>}
      {expanded && (
        <div id={panelId} className="review-item__panel">
          <div className="review-item__body">
            <QuestionPreview idPrefix={`review-preview-${question.id}`} question={question} />
            <div className="review-item__facts">
              <SourceBox source={question.source} headingLevel={3} />
              {question.explanation && (
                <>
                  <h3>{t('questionBank.fields.explanation')}</h3>
                  <RichText text={question.explanation} />
                </>
              )}
              <p>
                <Link to={`/organizer/questions/${question.id}`}>{t('questionBank.review.openDetail')}</Link>
              </p>
            </div>
          </div>
          <ReviewPanel question={question} isOwn={isOwn} idPrefix={`review-${question.id}`} onReviewed={onReviewed} />
        </div>
      )}
    </li>
  );
}
