import type { EssayToGrade } from '@reform-quiz/contracts';
import { RichText } from '../../../components/question-view/rich-text';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import type { Notice } from '../../../components/ui/status-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { essayCode, formatPoints, gradeAction } from './essay-grading';
import { EssayGradeForm } from './essay-grade-form';

const STATUS_TONES: Record<EssayToGrade['status'], BadgeTone> = {
  ungraded: 'neutral',
  in_progress: 'upcoming',
  needs_third: 'warning',
  graded: 'success',
};

/** One anonymous essay: the question, the answer as written, where its grading stands, and the judge's form. */
export function EssayCard({ essay, onNotice }: { essay: EssayToGrade; onNotice: (notice: Notice) => void }) {
  const { jt, i18n } = useJudgingTranslation();
  const code = essayCode(essay.essayId);
  const action = gradeAction(essay);
  const headingId = `essay-${essay.essayId.replace(/[^a-z0-9]/gi, '')}`;
  const points = formatPoints(essay.question.points, i18n.language);

  return (
    <li className="judging-card" data-testid="essay-card">
      <h3 id={headingId} className="judging-card__title">
        {jt('essays.essay', { code })}
      </h3>
      <p className="badges">
        <Badge tone={STATUS_TONES[essay.status]}>{jt(`essays.statuses.${essay.status}`)}</Badge>
      </p>
      <p className="judging-card__meta">
        {jt(`essays.statusHints.${essay.status}`)} {jt('essays.grades', { count: essay.gradeCount })}
      </p>
      <h4 className="judging-card__subtitle">
        {jt('essays.question')} ({jt('essays.maxPoints', { points })})
      </h4>
      <RichText text={essay.question.stem} className="essay-stem" />
      <h4 className="judging-card__subtitle">{jt('essays.answer')}</h4>
      {essay.answer.trim() ? (
        <blockquote className="essay-answer" lang="vi">
          {essay.answer}
        </blockquote>
      ) : (
        <p className="essay-answer essay-answer--blank">{jt('essays.noAnswer')}</p>
      )}
      {essay.myGrade && (
        <p>
          <strong>{jt('essays.myGrade', { score: formatPoints(essay.myGrade.score, i18n.language), points })}</strong>
          {essay.myGrade.comment && (
            <>
              <br />
              {jt('essays.myComment', { comment: essay.myGrade.comment })}
            </>
          )}
        </p>
      )}
      {action === 'locked' && <p className="muted">{jt('essays.locked')}</p>}
      {action === 'settled' && <p className="muted">{jt('essays.settled')}</p>}
      {(action === 'grade' || action === 'revise') && <EssayGradeForm essay={essay} code={code} revise={action === 'revise'} onNotice={onNotice} />}
    </li>
  );
}
