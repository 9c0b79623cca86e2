import type { Appeal, Attempt } from '@reform-quiz/contracts';
import { InlineRichText } from '../../../components/question-view/rich-text';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Spinner } from '../../../components/ui/spinner';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import type { AppealWindow } from './appeal-window';

function AppealItem({ appeal, number }: { appeal: Appeal; number: number | null }) {
  const { et, i18n } = useEntrantTranslation();
  const answered = appeal.status === 'answered';
  return (
    <li id={`appeal-${appeal.id}`} className="appeal-item" tabIndex={-1}>
      <h4 className="appeal-item__title">
        {number !== null ? et('appeals.question', { number }) : <InlineRichText text={appeal.question.stem} />}{' '}
        <Badge tone={answered ? 'success' : 'upcoming'}>{answered ? et('appeals.statusAnswered') : et('appeals.statusOpen')}</Badge>
      </h4>
      {number !== null && (
        <p className="appeal-item__stem">
          <InlineRichText text={appeal.question.stem} />
        </p>
      )}
      <dl className="appeal-item__details">
        <div>
          <dt>{et('appeals.text')}</dt>
          <dd className="appeal-item__text">{appeal.text}</dd>
        </div>
        {answered && appeal.decision && (
          <div>
            <dt>{et('appeals.decision')}</dt>
            <dd>
              <strong>{et(`appeals.decisions.${appeal.decision}`)}</strong>
            </dd>
          </div>
        )}
        {answered && appeal.response && (
          <div>
            <dt>{et('appeals.response')}</dt>
            <dd className="appeal-item__text">{appeal.response}</dd>
          </div>
        )}
      </dl>
      <p className="appeal-item__dates muted">
        {et('appeals.filedAt', { at: formatInstant(appeal.createdAt, i18n.language) })}
        {answered && appeal.decidedAt && (
          <>
            {' · '}
            {et('appeals.answeredAt', { at: formatInstant(appeal.decidedAt, i18n.language) })}
          </>
        )}
      </p>
      {answered && appeal.decision && appeal.decision !== 'rejected' && <p className="note">{et('appeals.rescored')}</p>}
    </li>
  );
}

export interface AppealsSectionProps {
  attempt: Attempt;
  period: AppealWindow | null;
  appeals: { data: Appeal[] | undefined; isPending: boolean; error: unknown };
}

/** Khiếu nại: how long the entrant may still appeal, and their appeals with the jury's answers. */
export function AppealsSection({ attempt, period, appeals }: AppealsSectionProps) {
  const { t, et, i18n } = useEntrantTranslation();
  const numbers = new Map(attempt.questions.map((question, index) => [question.id, index + 1]));
  return (
    <section className="appeals" aria-labelledby="appeals-title" data-testid="appeals">
      <h2 id="appeals-title">{et('appeals.title')}</h2>
      {period?.state === 'open' && <p>{et('appeals.windowOpen', { until: formatInstant(new Date(period.until).toISOString(), i18n.language) })}</p>}
      {period?.state === 'over' && <p>{et('appeals.windowOver', { until: formatInstant(new Date(period.until).toISOString(), i18n.language) })}</p>}
      <h3 className="appeals__mine">{et('appeals.mineTitle')}</h3>
      {appeals.isPending ? (
        <Spinner />
      ) : !appeals.data ? (
        <Alert tone="error" title={et('appeals.loadFailed')}>
          <p>{errorMessage(t, appeals.error)}</p>
        </Alert>
      ) : appeals.data.length === 0 ? (
        <p>{et('appeals.mineEmpty')}</p>
      ) : (
        <ul className="appeal-list">
          {appeals.data.map((appeal) => (
            <AppealItem key={appeal.id} appeal={appeal} number={numbers.get(appeal.question.id) ?? null} />
          ))}
        </ul>
      )}
    </section>
  );
}
