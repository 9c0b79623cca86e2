import type { Appeal, ItemStatistics } from '@reform-quiz/contracts';
import { RichText } from '../../../components/question-view/rich-text';
import { Badge } from '../../../components/ui/badge';
import type { Notice } from '../../../components/ui/status-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { formatInstant } from '../../../lib/format-date';
import { useJuryMember } from '../hooks/use-jury-member';
import { AppealDecisionForm } from './appeal-decision-form';

export interface AppealCardProps {
  appeal: Appeal;
  number: number;
  /** The question's options with its key as it stands, from the item analysis. */
  choices: ItemStatistics['choices'];
  onNotice: (notice: Notice) => void;
}

/** One appeal: the question, what the entrant says, and the jury's answer (or the form to give it). */
export function AppealCard({ appeal, number, choices, onNotice }: AppealCardProps) {
  const { jt, i18n } = useJudgingTranslation();
  const { isJudge } = useJuryMember();
  return (
    <li className="judging-card" data-testid="appeal-card">
      <h3 className="judging-card__title">{jt('appeals.appeal', { number })}</h3>
      <p className="badges">
        <Badge tone={appeal.status === 'open' ? 'warning' : 'success'}>{jt(`appeals.statuses.${appeal.status}`)}</Badge>
      </p>
      <p className="judging-card__meta">{jt('appeals.filedAt', { time: formatInstant(appeal.createdAt, i18n.language) })}</p>
      <h4 className="judging-card__subtitle">{jt('appeals.question')}</h4>
      <RichText text={appeal.question.stem} className="essay-stem" />
      <h4 className="judging-card__subtitle">{jt('appeals.text')}</h4>
      <blockquote className="essay-answer">{appeal.text}</blockquote>
      {appeal.status === 'answered' && appeal.decision && (
        <>
          <h4 className="judging-card__subtitle">{jt('appeals.response')}</h4>
          <p>
            <strong>{jt(`appeals.decisions.${appeal.decision}`)}</strong>
            {appeal.decidedAt && <span className="muted"> — {jt('appeals.answeredAt', { time: formatInstant(appeal.decidedAt, i18n.language) })}</span>}
          </p>
          {appeal.response && <p className="preserve-lines">{appeal.response}</p>}
        </>
      )}
      {appeal.status === 'open' && isJudge && <AppealDecisionForm appeal={appeal} number={number} choices={choices} onNotice={onNotice} />}
    </li>
  );
}
