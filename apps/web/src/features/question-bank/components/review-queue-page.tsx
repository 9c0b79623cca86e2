import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../../../i18n/question-bank';
import type { Question, ReviewDecision } from '@reform-quiz/contracts';
import { excerpt } from '../../../components/question-view/light-markup';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage, type Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { useQuestionBanks } from '../api/get-question-banks';
import { useQuestions } from '../api/get-questions';
import { questionListHref } from '../hooks/use-question-filters';
import { useQuestionPermissions } from '../hooks/use-question-permissions';
import { ReviewItem, reviewToggleId } from './review-item';
import './question-bank.css';
import './review-queue.css';

/** The API's maximum page size. */
const QUEUE_PAGE_SIZE = 100;

/** Oldest first: the question that has waited longest is reviewed first. */
export function oldestFirst(questions: readonly Question[]): Question[] {
  return [...questions].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
}

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { userId } = useQuestionPermissions();
  const [params, setParams] = useUrlSearchParams();
  const bankParam = Number(params.get('bank'));
  const bankId = Number.isInteger(bankParam) && bankParam > 0 ? bankParam : undefined;
  const banks = useQuestionBanks();
  const [queuePage, setQueuePage] = useState(1);
  const [serverPages, setServerPages] = useState<number | null>(null);
  // The API lists newest first: the oldest questions are on its last page.
  const serverPage = serverPages === null ? 1 : Math.max(1, serverPages - queuePage + 1);
  const waiting = useQuestions({ bankId, status: 'in_review', page: serverPage, pageSize: QUEUE_PAGE_SIZE });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const headingFocus = useRef<number | null>(null);

  const total = waiting.data?.total;
  useEffect(() => {
    if (total !== undefined) setServerPages(Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)));
  }, [total]);

  const items = waiting.data && !waiting.isPlaceholderData ? oldestFirst(waiting.data.items) : [];

  // After a decision the item leaves the queue: continue with the one that took its place.
  useEffect(() => {
    if (headingFocus.current === null || waiting.isFetching) return;
    const next = items[Math.min(headingFocus.current, items.length - 1)];
    const target = next ? document.getElementById(reviewToggleId(next.id)) : document.querySelector<HTMLElement>('h1');
    target?.focus();
    headingFocus.current = null;
  });

  const reviewed = (index: number) => (question: Question, decision: ReviewDecision) => {
    setNotice({ tone: 'success', text: t(decision === 'approve' ? 'questionBank.review.approvedItem' : 'questionBank.review.sentBackItem', { excerpt: excerpt(question.stem, 60) }) });
    headingFocus.current = index;
  };

  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={questionListHref({ bankId: bankId ?? null })}>{t('questionBank.detail.back')}</Link>
      </p>
      <PageHeader title={t('questionBank.review.title')} lead={t('questionBank.review.lead')} />
      <StatusMessage notice={notice} />
      {banks.data && banks.data.length > 1 && (
        <SelectField
          id="review-bank"
          label={t('questionBank.banks.label')}
          value={bankId === undefined ? '' : String(bankId)}
          options={[{ value: '', label: t('questionBank.review.allBanks') }, ...banks.data.map((bank) => ({ value: String(bank.id), label: bank.name }))]}
          onChange={(event) => {
            setQueuePage(1);
            setServerPages(null);
            setParams(new URLSearchParams(event.target.value ? { bank: event.target.value } : {}));
          }}
        />
      )}
      {waiting.isPending && <Spinner />}
      {waiting.isError && <Alert tone="error" title={errorMessage(t, waiting.error)} />}
      {waiting.data && (
        <>
          <p role="status" className="result-count">
            {t('questionBank.review.count', { count: waiting.data.total })}
          </p>
          {waiting.data.total === 0 && <p>{t('questionBank.review.empty')}</p>}
          {waiting.isPlaceholderData && <Spinner />}
          <ol className="review-list">
            {items.map((question, index) => (
              <ReviewItem
                key={question.id}
                question={question}
                isOwn={question.author !== null && question.author.id === userId}
                expanded={expanded.has(question.id)}
                onToggle={() => toggle(question.id)}
                onReviewed={reviewed(index)}
              />
            ))}
          </ol>
          {serverPages !== null && serverPages > 1 && (
            <nav className="pager" aria-label={t('questionBank.list.pagination')}>
              <Button variant="secondary" disabled={queuePage <= 1} onClick={() => setQueuePage(queuePage - 1)}>
                {t('questionBank.list.previous')}
              </Button>
              <span aria-current="page">{t('questionBank.list.pageOf', { page: queuePage, pages: serverPages })}</span>
              <Button variant="secondary" disabled={queuePage >= serverPages} onClick={() => setQueuePage(queuePage + 1)}>
                {t('questionBank.list.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
