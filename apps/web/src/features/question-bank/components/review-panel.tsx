import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, ReviewDecision } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { errorMessage } from '../../../i18n/error-message';
import { useReviewQuestion } from '../api/review-question';

// The same limits as the API's ReviewQuestionDto.
export const REVIEW_COMMENT_MIN = 3;
const REVIEW_COMMENT_MAX = 2000;

/** Why a comment cannot be sent, or null. Sending back needs one the author can act on. */
export function reviewCommentProblem(decision: ReviewDecision, comment: string): 'required' | 'tooShort' | 'tooLong' | null {
  const length = [...comment.trim()].length;
  if (decision === 'send_back' && length === 0) return 'required';
  if (length > 0 && length < REVIEW_COMMENT_MIN) return 'tooShort';
  return length > REVIEW_COMMENT_MAX ? 'tooLong' : null;
}

export interface ReviewPanelProps {
  question: Question;
  /** The signed-in user wrote it: the API refuses their review (QUESTION_SELF_REVIEW). */
  isOwn: boolean;
  /** Unique per page, for the ids of the comment field. */
  idPrefix: string;
  onReviewed: (question: Question, decision: ReviewDecision) => void;
}

/** Approve, or send back with a comment. Disabled, with the reason, for the author. */
export function ReviewPanel({ question, isOwn, idPrefix, onReviewed }: ReviewPanelProps) {
  const { t } = useTranslation();
  const review = useReviewQuestion();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof reviewCommentProblem>>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const commentId = `${idPrefix}-comment`;
  const ownId = `${idPrefix}-own`;
  const failureId = `${idPrefix}-failure`;
  const pendingDecision = review.isPending ? review.variables.body.decision : null;

  const decide = async (decision: ReviewDecision) => {
    setFailure(null);
    const found = reviewCommentProblem(decision, comment);
    setProblem(found);
    if (found) {
      document.getElementById(commentId)?.focus();
      return;
    }
    const text = comment.trim();
    try {
      const result = await review.mutateAsync({ id: question.id, body: text ? { decision, comment: text } : { decision } });
      onReviewed(result, decision);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  };

  return (
    <div className="review-panel">
      {isOwn && (
        <p id={ownId} className="note">
          {t('questionBank.review.ownExplanation')}
        </p>
      )}
      <TextareaField
        id={commentId}
        label={t('questionBank.review.comment')}
        hint={t('questionBank.review.commentHint', { min: REVIEW_COMMENT_MIN })}
        optional
        rows={3}
        disabled={isOwn}
        value={comment}
        error={problem ? t(`questionBank.review.commentProblems.${problem}`, { min: REVIEW_COMMENT_MIN, max: REVIEW_COMMENT_MAX }) : undefined}
        onChange={(event) => {
          setComment(event.target.value);
          if (problem) setProblem(null);
        }}
      />
      <div role="alert" id={failureId}>
        {failure && <p className="alert alert--error">{failure}</p>}
      </div>
      <div className="actions">
        <Button
          disabled={isOwn || review.isPending}
          pending={pendingDecision === 'approve'}
          aria-describedby={isOwn ? ownId : undefined}
          onClick={() => void decide('approve')}
        >
          {t('questionBank.review.approve')}
        </Button>
        <Button
          variant="secondary"
          disabled={isOwn || review.isPending}
          pending={pendingDecision === 'send_back'}
          aria-describedby={isOwn ? ownId : undefined}
          onClick={() => void decide('send_back')}
        >
          {t('questionBank.review.sendBack')}
        </Button>
      </div>
    </div>
  );
}
