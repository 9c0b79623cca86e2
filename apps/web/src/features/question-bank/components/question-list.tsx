import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Question } from '@reform-quiz/contracts';
import { excerpt } from '../../../components/question-view/light-markup';
import { DuplicateBadge, StatusBadge } from './question-badges';

const EXCERPT_LENGTH = 180;

function QuestionItem({ question }: { question: Question }) {
  const { t } = useTranslation();
  const source = question.source?.document.trim();
  return (
    <li className="question-item">
      <p className="question-item__stem">
        <Link to={`/organizer/questions/${question.id}`}>{excerpt(question.stem, EXCERPT_LENGTH)}</Link>
      </p>
      <p className="question-item__badges">
        <StatusBadge status={question.status} />
        {question.duplicateOf.length > 0 && <DuplicateBadge />}
      </p>
      <p className="question-item__meta">
        {t(`questionBank.questionTypes.${question.type}`)} · {t(`questionBank.topics.${question.topic}`)} ·{' '}
        {t(`questionBank.difficulties.${question.difficulty}`)} · {t('questionBank.list.points', { value: question.points })}
      </p>
      <p className={source ? 'question-item__source' : 'question-item__source question-item__source--missing'}>
        {source ? t('questionBank.list.source', { document: source }) : t('questionBank.list.noSource')}
      </p>
    </li>
  );
}

/** Cards rather than a wide table: a stem needs the width, and phones have little of it. */
export function QuestionList({ questions }: { questions: readonly Question[] }) {
  return (
    <ol className="question-list">
      {questions.map((question) => (
        <QuestionItem key={question.id} question={question} />
      ))}
    </ol>
  );
}
