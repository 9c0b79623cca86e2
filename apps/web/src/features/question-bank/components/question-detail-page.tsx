import { useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../../../i18n/question-bank';
import type { Question } from '@reform-quiz/contracts';
import { RichText } from '../../../components/question-view/rich-text';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import { useQuestion } from '../api/get-question';
import { useFlashNotice } from '../hooks/use-flash-notice';
import { questionListHref } from '../hooks/use-question-filters';
import { useQuestionPermissions } from '../hooks/use-question-permissions';
import { AnswerKey } from './answer-key';
import { DuplicateWarning } from './duplicate-warning';
import { OldVersionNotice } from './old-version-notice';
import { QuestionActions, type QuestionActionResult } from './question-actions';
import { StatusBadge } from './question-badges';
import { ReviewPanel } from './review-panel';
import { SourceBox } from './source-box';
import { VersionHistory } from './version-history';
import './question-bank.css';

function QuestionFacts({ question }: { question: Question }) {
  const { t, i18n } = useTranslation();
  const none = <span className="muted">{t('questionBank.detail.none')}</span>;
  const rows: { label: string; value: ReactNode }[] = [
    { label: t('questionBank.fields.type'), value: t(`questionBank.questionTypes.${question.type}`) },
    { label: t('questionBank.fields.topic'), value: t(`questionBank.topics.${question.topic}`) },
    { label: t('questionBank.fields.difficulty'), value: t(`questionBank.difficulties.${question.difficulty}`) },
    { label: t('questionBank.fields.points'), value: question.points },
    { label: t('questionBank.fields.tags'), value: question.tags.length > 0 ? question.tags.join(', ') : none },
    { label: t('questionBank.detail.author'), value: question.author?.fullName ?? none },
    { label: t('questionBank.detail.reviewer'), value: question.reviewer?.fullName ?? none },
    { label: t('questionBank.detail.createdAt'), value: formatInstant(question.createdAt, i18n.language) },
    { label: t('questionBank.detail.updatedAt'), value: formatInstant(question.updatedAt, i18n.language) },
    { label: t('questionBank.detail.used'), value: question.used ? t('questionBank.detail.usedYes') : t('questionBank.detail.usedNo') },
  ];
  return (
    <dl className="details">
      {rows.map((row) => (
        <div className="details__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function QuestionDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { canAuthor, userId } = useQuestionPermissions();
  const question = useQuestion(id);
  const [notice, setNotice] = useFlashNotice();
  const noticeRef = useRef<HTMLDivElement>(null);

  // After an action its button may be gone: take focus to the result, where screen readers read it.
  const showResult = (result: QuestionActionResult) => {
    setNotice({ tone: result.kind, text: result.text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const q = question.data;
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={questionListHref({ bankId: q?.bankId ?? null })}>{t('questionBank.detail.back')}</Link>
      </p>
      <PageHeader title={t('questionBank.detail.title')} />
      <div ref={noticeRef} tabIndex={-1} className="notice-anchor">
        <StatusMessage notice={notice} />
      </div>
      {question.isPending && <Spinner />}
      {question.isError && <Alert tone="error" title={errorMessage(t, question.error)} />}
      {q && (
        <>
          <p className="question-detail__badges">
            <StatusBadge status={q.status} />
            <span className="status-badge status-badge--neutral">{t('questionBank.versions.version', { version: q.version })}</span>
            {q.used && <span className="status-badge status-badge--neutral">{t('questionBank.detail.usedBadge')}</span>}
          </p>
          {!q.isLatest && <OldVersionNotice question={q} />}
          <DuplicateWarning ids={q.duplicateOf} />
          {q.status === 'draft' && q.reviewComment && (
            <Alert tone="info" title={t('questionBank.detail.sentBack', { name: q.reviewer?.fullName ?? '' })}>
              <p>{q.reviewComment}</p>
            </Alert>
          )}
          {canAuthor && <QuestionActions question={q} onResult={showResult} />}

          <div className="question-detail">
            {/* First in reading order: the legal source is what the jury checks. */}
            <div className="question-detail__aside">
              <SourceBox source={q.source} />
            </div>
            <div className="question-detail__main">
              <section aria-labelledby="stem-title">
                <h2 id="stem-title">{t('questionBank.detail.content')}</h2>
                <RichText className="question-detail__stem" text={q.stem} />
                <AnswerKey question={q} />
              </section>
              <section aria-labelledby="explanation-title">
                <h2 id="explanation-title">{t('questionBank.fields.explanation')}</h2>
                {q.explanation ? <RichText text={q.explanation} /> : <p className="muted">{t('questionBank.detail.noExplanation')}</p>}
              </section>
            </div>
          </div>

          {canAuthor && q.isLatest && q.status === 'in_review' && (
            <section aria-labelledby="review-title">
              <h2 id="review-title">{t('questionBank.review.panelTitle')}</h2>
              <ReviewPanel
                question={q}
                idPrefix={`review-${q.id}`}
                isOwn={q.author !== null && q.author.id === userId}
                onReviewed={(_, decision) =>
                  showResult({ kind: 'success', text: decision === 'approve' ? t('questionBank.review.approved') : t('questionBank.review.sentBack') })
                }
              />
            </section>
          )}

          <section aria-labelledby="facts-title">
            <h2 id="facts-title">{t('questionBank.detail.facts')}</h2>
            <QuestionFacts question={q} />
          </section>
          <VersionHistory questionId={q.id} />
        </>
      )}
    </div>
  );
}
