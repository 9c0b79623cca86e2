import { useId, useState, type FormEvent } from 'react';
import type { EssayToGrade } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import type { Notice } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { ApiError } from '../../../lib/api-error';
import { useGradeEssay } from '../api/grade-essay';
import { ESSAY_COMMENT_MAX, formatPoints, parseScore } from './essay-grading';

export interface EssayGradeFormProps {
  essay: EssayToGrade;
  code: string;
  /** The judge's own grade, still the only one, may change. */
  revise: boolean;
  onNotice: (notice: Notice) => void;
}

/** Score (0 to the question's points, two decimals at most, comma or point) and an optional comment. */
export function EssayGradeForm({ essay, code, revise, onNotice }: EssayGradeFormProps) {
  const { t, jt, i18n } = useJudgingTranslation();
  const id = useId().replace(/:/g, '');
  const grade = useGradeEssay(essay.roundId);
  const points = essay.question.points;
  const [score, setScore] = useState(essay.myGrade ? formatPoints(essay.myGrade.score, i18n.language) : '');
  const [comment, setComment] = useState(essay.myGrade?.comment ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const parsed = parseScore(score, points);
  const pointsText = formatPoints(points, i18n.language);
  const scoreError =
    submitted && 'problem' in parsed ? jt(`essays.form.problems.${parsed.problem}`, { points: pointsText }) : undefined;
  const commentError = [...comment].length > ESSAY_COMMENT_MAX ? jt('essays.form.problems.COMMENT_TOO_LONG', { max: ESSAY_COMMENT_MAX }) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if ('problem' in parsed || commentError) {
      document.getElementById(`${id}-score`)?.focus();
      return;
    }
    try {
      const saved = await grade.mutateAsync({ essayId: essay.essayId, body: { score: parsed.score, ...(comment.trim() && { comment: comment.trim() }) } });
      onNotice({
        tone: 'success',
        text: jt('essays.form.saved', { code, score: formatPoints(saved.myGrade?.score ?? parsed.score, i18n.language), points: pointsText }),
      });
    } catch (error) {
      const field = error instanceof ApiError ? error.details.find((d) => d.field === 'score') : undefined;
      setServerError(field ? fieldProblemMessage(t, field.code) : errorMessage(t, error));
    }
  };

  return (
    <form className="grade-form" noValidate onSubmit={(event) => void submit(event)} aria-label={jt('essays.form.ofEssay', { code })}>
      {serverError && <Alert tone="error" title={serverError} />}
      <TextField
        id={`${id}-score`}
        name="score"
        label={jt('essays.form.score', { points: pointsText })}
        hint={jt('essays.form.scoreHint')}
        inputMode="decimal"
        autoComplete="off"
        className="field--score"
        error={scoreError}
        value={score}
        onChange={(event) => setScore(event.target.value)}
      />
      <TextareaField
        id={`${id}-comment`}
        name="comment"
        label={jt('essays.form.comment')}
        hint={jt('essays.form.commentHint')}
        optional
        rows={3}
        error={commentError}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="actions">
        <Button type="submit" pending={grade.isPending}>
          {revise ? jt('essays.form.revise') : jt('essays.form.submit')}
          {' '}
          <VisuallyHidden>{jt('essays.form.ofEssay', { code })}</VisuallyHidden>
        </Button>
      </div>
    </form>
  );
}
