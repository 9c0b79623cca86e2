import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../../../i18n/question-bank';
import { ErrorCodes, type ImportReport, type QuestionBank } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { useDownloadImportTemplate } from '../api/download-import-template';
import { useQuestionBanks } from '../api/get-question-banks';
import { useImportQuestions, type ImportQuestionsRequest } from '../api/import-questions';
import { questionListHref } from '../hooks/use-question-filters';
import { IMPORT_MAX_BYTES, ImportFileField, fileProblem } from './import-file-field';
import { ImportFormats } from './import-formats';
import { ImportReportView } from './import-report-view';
import './question-bank.css';
import './import-wizard.css';

type Step = 'choose' | 'check' | 'confirm' | 'done';
type TargetStatus = ImportQuestionsRequest['status'];
const STEPS: Exclude<Step, 'done'>[] = ['choose', 'check', 'confirm'];

/** Whether the chosen file can still be read: it may have been edited or moved since it was picked. */
function stillReadable(file: File): Promise<boolean> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(true);
    reader.onerror = () => resolve(false);
    reader.readAsArrayBuffer(file.slice(0, 1));
  });
}

function StepList({ step }: { step: Step }) {
  const { t } = useTranslation();
  const currentIndex = step === 'done' ? STEPS.length : STEPS.indexOf(step);
  return (
    <ol className="steps">
      {STEPS.map((name, index) => (
        <li key={name} className={index === currentIndex ? 'steps__item steps__item--current' : index < currentIndex ? 'steps__item steps__item--done' : 'steps__item'} aria-current={index === currentIndex ? 'step' : undefined}>
          <span className="steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {t(`questionBank.import.steps.${name}`)}
          {index < currentIndex && <span className="visually-hidden"> ({t('questionBank.import.stepDone')})</span>}
        </li>
      ))}
    </ol>
  );
}

export function ImportWizardPage() {
  const { t } = useTranslation();
  const [params] = useUrlSearchParams();
  const banks = useQuestionBanks();
  const importer = useImportQuestions();
  const template = useDownloadImportTemplate();
  const [step, setStep] = useState<Step>('choose');
  const [bankChoice, setBankChoice] = useState<string | null>(params.get('bank'));
  const [status, setStatus] = useState<TargetStatus>('draft');
  // The file stays here between the steps; the commit sends it again (the browser reads it anew).
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each step starts at its heading, so keyboard and screen-reader users land on what changed.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const bankList: readonly QuestionBank[] = banks.data ?? [];
  const bank = bankList.find((b) => String(b.id) === bankChoice) ?? bankList[0] ?? null;
  const statusLabel = t(`questionBank.questionStatuses.${status}`);

  const requestFailure = (error: unknown): string => {
    if (error instanceof ApiError && error.status === 413) return t('questionBank.import.tooLarge', { max: IMPORT_MAX_BYTES / (1024 * 1024) });
    if (error instanceof ApiError && error.status === 415) return t('questionBank.import.unsupportedMedia');
    return errorMessage(t, error);
  };

  const pickFile = (next: File | null) => {
    setFile(next);
    setFileError(null);
  };

  const check = async (event?: FormEvent) => {
    event?.preventDefault();
    setFailure(null);
    const problem = fileProblem(file);
    if (problem) {
      setFileError(t(`questionBank.import.fileProblems.${problem}`, { max: IMPORT_MAX_BYTES / (1024 * 1024) }));
      document.getElementById(step === 'choose' ? 'import-file' : 'import-file-fixed')?.focus();
      return;
    }
    if (!file || !bank) return;
    // A file edited and saved since it was picked can no longer be read: ask for it again rather than fail on upload.
    if (!(await stillReadable(file))) {
      setFileError(t('questionBank.import.unreadable'));
      return;
    }
    try {
      const result = await importer.mutateAsync({ file, bankId: bank.id, status, dryRun: true });
      setReport(result);
      if (step === 'check') headingRef.current?.focus();
      else setStep('check');
    } catch (error) {
      setFailure(requestFailure(error));
    }
  };

  const commit = async () => {
    if (!file || !bank || !report) return;
    setFailure(null);
    if (!(await stillReadable(file))) {
      setFailure(t('questionBank.import.unreadable'));
      return;
    }
    try {
      setReport(await importer.mutateAsync({ file, bankId: bank.id, status, dryRun: false }));
      setStep('done');
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCodes.IMPORT_REJECTED) {
        // Nothing was imported: back to the findings, with what the server found this time.
        setReport({ ...report, problems: error.problems });
        setFailure(errorMessage(t, error));
        setStep('check');
        return;
      }
      setFailure(requestFailure(error));
    }
  };

  const restart = () => {
    setStep('choose');
    setFile(null);
    setReport(null);
    setFailure(null);
  };

  const failureAlert = failure && <Alert tone="error" title={failure} />;
  const heading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1} className="import-step__title">
      {text}
    </h2>
  );

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={questionListHref({ bankId: bank?.id ?? null })}>{t('questionBank.detail.back')}</Link>
      </p>
      <PageHeader title={t('questionBank.import.title')} lead={t('questionBank.import.lead')} />
      <StepList step={step} />
      {banks.isPending && <Spinner />}
      {banks.isError && <Alert tone="error" title={errorMessage(t, banks.error)} />}
      {banks.data?.length === 0 && <Alert tone="info" title={t('questionBank.banks.noneAuthor')} />}

      {bank && step === 'choose' && (
        <section className="import-step" aria-labelledby="import-step-title">
          <div id="import-step-title">{heading(t('questionBank.import.chooseTitle'))}</div>
          <form className="form" noValidate onSubmit={(event) => void check(event)}>
            {failureAlert}
            <SelectField
              id="import-bank"
              label={t('questionBank.banks.label')}
              value={String(bank.id)}
              options={bankList.map((b) => ({ value: String(b.id), label: b.name }))}
              onChange={(event) => setBankChoice(event.target.value)}
            />
            <RadioGroup
              id="import-status"
              legend={t('questionBank.import.targetStatus')}
              hint={t('questionBank.import.targetStatusHint')}
              options={(['draft', 'in_review'] as const).map((value) => ({ value, label: t(`questionBank.questionStatuses.${value}`) }))}
              value={status}
              inputProps={{ name: 'status', onChange: (event) => setStatus(event.target.value as TargetStatus) }}
              inline
            />
            <ImportFileField id="import-file" label={t('questionBank.import.file')} file={file} error={fileError ?? undefined} onChange={pickFile} />
            <div className="actions">
              <Button type="submit" pending={importer.isPending}>
                {importer.isPending ? t('questionBank.import.checking') : t('questionBank.import.check')}
              </Button>
            </div>
          </form>
          <ImportFormats
            onDownloadTemplate={() => template.mutate(undefined, { onError: (error) => setFailure(errorMessage(t, error)) })}
            downloading={template.isPending}
          />
        </section>
      )}

      {bank && step === 'check' && report && (
        <section className="import-step" aria-labelledby="import-step-title">
          <div id="import-step-title">{heading(t('questionBank.import.checkTitle'))}</div>
          <p>{t('questionBank.import.target', { bank: bank.name, status: statusLabel, file: file?.name ?? '' })}</p>
          {failureAlert}
          <div role="status">
            <p className="visually-hidden">
              {t('questionBank.import.checkedAnnouncement', { total: report.total, problems: report.problems.length })}
            </p>
          </div>
          <ImportReportView report={report} />
          {report.problems.length > 0 ? (
            <form className="form import-recheck" noValidate onSubmit={(event) => void check(event)}>
              <p>{t('questionBank.import.fixAndRecheck')}</p>
              <ImportFileField id="import-file-fixed" label={t('questionBank.import.fixedFile')} file={file} error={fileError ?? undefined} onChange={pickFile} />
              <div className="actions">
                <Button type="submit" pending={importer.isPending}>
                  {importer.isPending ? t('questionBank.import.checking') : t('questionBank.import.recheck')}
                </Button>
                <Button variant="secondary" onClick={() => setStep('choose')}>
                  {t('questionBank.import.back')}
                </Button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <Button onClick={() => setStep('confirm')} disabled={report.total === 0}>
                {t('questionBank.import.continue')}
              </Button>
              <Button variant="secondary" onClick={() => setStep('choose')}>
                {t('questionBank.import.back')}
              </Button>
            </div>
          )}
        </section>
      )}

      {bank && step === 'confirm' && report && (
        <section className="import-step" aria-labelledby="import-step-title">
          <div id="import-step-title">{heading(t('questionBank.import.confirmTitle'))}</div>
          {failureAlert}
          <p className="import-confirm">{t('questionBank.import.confirmText', { count: report.total, bank: bank.name, status: statusLabel })}</p>
          {report.duplicates.length > 0 && <p className="note">{t('questionBank.import.confirmDuplicates', { count: report.duplicates.length })}</p>}
          <div className="actions">
            <Button onClick={() => void commit()} pending={importer.isPending}>
              {importer.isPending ? t('questionBank.import.importing') : t('questionBank.import.commit')}
            </Button>
            <Button variant="secondary" onClick={() => setStep('check')} disabled={importer.isPending}>
              {t('questionBank.import.back')}
            </Button>
          </div>
        </section>
      )}

      {bank && step === 'done' && report && (
        <section className="import-step" aria-labelledby="import-step-title">
          <div id="import-step-title">{heading(t('questionBank.import.doneTitle'))}</div>
          <Alert tone="success" title={t('questionBank.import.done', { count: report.imported ?? 0, bank: bank.name, status: t(`questionBank.questionStatuses.${report.status ?? status}`) })} />
          <div className="actions">
            <Link className="button button--primary" to={questionListHref({ bankId: bank.id, status: report.status ?? status })}>
              {t('questionBank.import.viewImported')}
            </Link>
            <Button variant="secondary" onClick={restart}>
              {t('questionBank.import.another')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
