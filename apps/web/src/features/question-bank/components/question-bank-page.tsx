import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/question-bank';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useQuestionBanks } from '../api/get-question-banks';
import { useQuestions } from '../api/get-questions';
import { useFlashNotice } from '../hooks/use-flash-notice';
import { QUESTION_PAGE_SIZE, filterQuery, hasActiveFilters, noQuestionFilters, useQuestionFilters } from '../hooks/use-question-filters';
import { useQuestionPermissions } from '../hooks/use-question-permissions';
import { BankPicker } from './bank-picker';
import { CountsGrid } from './counts-grid';
import { ExportButtons } from './export-buttons';
import { QuestionFiltersForm } from './question-filters';
import { QuestionList } from './question-list';
import './question-bank.css';

export function QuestionBankPage() {
  const { t } = useTranslation();
  const { canAuthor } = useQuestionPermissions();
  const { filters, page, setFilters, setPage } = useQuestionFilters();
  const [notice, setNotice] = useFlashNotice();
  const banks = useQuestionBanks();
  const bank = banks.data?.find((b) => b.id === filters.bankId) ?? null;

  // No bank (or one that no longer exists) in the URL: show the first one.
  const firstBankId = banks.data?.[0]?.id;
  useEffect(() => {
    if (firstBankId !== undefined && bank === null) setFilters({ ...filters, bankId: firstBankId }, { replace: true });
  }, [firstBankId, bank, filters, setFilters]);

  const questions = useQuestions({ ...filterQuery(filters), page, pageSize: QUESTION_PAGE_SIZE }, { enabled: bank !== null });
  const waiting = useQuestions({ bankId: bank?.id, status: 'in_review', page: 1, pageSize: 1 }, { enabled: bank !== null && canAuthor });
  const pages = questions.data ? Math.max(1, Math.ceil(questions.data.total / questions.data.pageSize)) : 1;

  return (
    <div className="page page--wide">
      <PageHeader title={t('questionBank.list.title')} lead={canAuthor ? t('questionBank.list.lead') : t('questionBank.list.leadJudge')} />
      <StatusMessage notice={notice} />

      {banks.isPending && <Spinner />}
      {banks.isError && <Alert tone="error" title={errorMessage(t, banks.error)} />}
      {banks.data && (
        <BankPicker
          banks={banks.data}
          value={bank}
          canCreate={canAuthor}
          onChange={(next) => setFilters({ ...noQuestionFilters, bankId: next.id })}
          onCreated={(created) => {
            setFilters({ ...noQuestionFilters, bankId: created.id });
            setNotice({ tone: 'success', text: t('questionBank.banks.created', { name: created.name }) });
          }}
          onError={(error) => setNotice({ tone: 'error', text: errorMessage(t, error) })}
        />
      )}
      {banks.data?.length === 0 && <p>{canAuthor ? t('questionBank.banks.noneAuthor') : t('questionBank.banks.none')}</p>}

      {bank && (
        <>
          {canAuthor && (
            <nav className="actions" aria-label={t('questionBank.list.tools')}>
              <ButtonLink to={`/organizer/questions/new?bank=${bank.id}`}>{t('questionBank.list.create')}</ButtonLink>
              <ButtonLink to={`/organizer/questions/import?bank=${bank.id}`} variant="secondary">
                {t('questionBank.list.import')}
              </ButtonLink>
              <ButtonLink to={`/organizer/questions/review?bank=${bank.id}`} variant="secondary">
                {waiting.data ? t('questionBank.list.reviewQueueCount', { count: waiting.data.total }) : t('questionBank.list.reviewQueue')}
              </ButtonLink>
            </nav>
          )}

          <QuestionFiltersForm value={filters} onChange={setFilters} />

          <section aria-labelledby="questions-title">
            <h2 id="questions-title">{t('questionBank.list.questionsTitle')}</h2>
            {canAuthor && <ExportButtons filters={filters} onNotice={setNotice} />}
            {questions.isPending && <Spinner />}
            {questions.isError && <Alert tone="error" title={errorMessage(t, questions.error)} />}
            {questions.data && (
              <>
                <p role="status" className="result-count">
                  {t('questionBank.list.total', { total: questions.data.total })}
                </p>
                {questions.data.items.length === 0 ? (
                  <p>{hasActiveFilters(filters) ? t('questionBank.list.emptyFiltered') : t('questionBank.list.empty')}</p>
                ) : (
                  <QuestionList questions={questions.data.items} />
                )}
                {pages > 1 && (
                  <nav className="pager" aria-label={t('questionBank.list.pagination')}>
                    <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                      {t('questionBank.list.previous')}
                    </Button>
                    <span aria-current="page">{t('questionBank.list.pageOf', { page, pages })}</span>
                    <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                      {t('questionBank.list.next')}
                    </Button>
                  </nav>
                )}
              </>
            )}
          </section>

          <CountsGrid bankId={bank.id} />
        </>
      )}
    </div>
  );
}
