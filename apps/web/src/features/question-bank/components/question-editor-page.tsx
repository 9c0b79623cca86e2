import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../../../i18n/question-bank';
import type { Question, QuestionInput } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import type { Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { useCreateQuestion } from '../api/create-question';
import { useQuestion } from '../api/get-question';
import { useQuestionBanks } from '../api/get-question-banks';
import { useUpdateQuestion } from '../api/update-question';
import type { FlashState } from '../hooks/use-flash-notice';
import { questionListHref } from '../hooks/use-question-filters';
import { OldVersionNotice } from './old-version-notice';
import { QuestionForm } from './question-form';
import { emptyQuestionForm, questionToForm } from './question-form-values';
import './question-bank.css';

/** What to tell the author after an edit: a new version when attempts already used the old one. */
export function savedNotice(t: ReturnType<typeof useTranslation>['t'], before: Question, saved: Question): Notice {
  if (saved.id !== before.id) return { tone: 'success', text: t('questionBank.editor.savedNewVersion', { version: saved.version }) };
  if (before.status !== 'draft') return { tone: 'success', text: t('questionBank.editor.savedBackToDraft') };
  return { tone: 'success', text: t('questionBank.editor.saved') };
}

function CreateQuestion() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useUrlSearchParams();
  const banks = useQuestionBanks();
  const create = useCreateQuestion();
  const requested = Number(params.get('bank'));

  if (banks.isPending) return <Spinner />;
  if (banks.isError) return <Alert tone="error" title={errorMessage(t, banks.error)} />;
  if (banks.data.length === 0) {
    return (
      <Alert tone="info" title={t('questionBank.banks.noneAuthor')}>
        <p>
          <ButtonLink to="/organizer/questions" variant="secondary">
            {t('questionBank.detail.back')}
          </ButtonLink>
        </p>
      </Alert>
    );
  }
  const bankId = banks.data.some((bank) => bank.id === requested) ? requested : banks.data[0].id;

  const submit = async (input: QuestionInput, chosenBank: number) => {
    const created = await create.mutateAsync({ ...input, bankId: chosenBank });
    const state: FlashState = {
      notice: { tone: 'success', text: created.duplicateOf.length > 0 ? t('questionBank.editor.createdDuplicate') : t('questionBank.editor.created') },
    };
    await navigate(`/organizer/questions/${created.id}`, { state });
  };

  return (
    <QuestionForm
      banks={banks.data}
      initialValues={emptyQuestionForm(bankId)}
      submitLabel={t('questionBank.editor.saveDraft')}
      pending={create.isPending}
      onSubmit={submit}
      cancelHref={questionListHref({ bankId })}
    />
  );
}

function EditQuestion({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const question = useQuestion(id);
  const update = useUpdateQuestion();

  if (question.isPending) return <Spinner />;
  if (question.isError) return <Alert tone="error" title={errorMessage(t, question.error)} />;
  const current = question.data;
  if (!current.isLatest) return <OldVersionNotice question={current} />;
  if (current.status === 'retired') return <Alert tone="info" title={t('questionBank.editor.retired')} />;

  const submit = async (input: QuestionInput) => {
    const saved = await update.mutateAsync({ id: current.id, body: input });
    const state: FlashState = { notice: savedNotice(t, current, saved) };
    await navigate(`/organizer/questions/${saved.id}`, { state });
  };

  return (
    <>
      {current.used && (
        <Alert tone="info" title={t('questionBank.editor.usedTitle')}>
          <p>{t('questionBank.editor.usedText')}</p>
        </Alert>
      )}
      {!current.used && current.status !== 'draft' && <p className="note">{t('questionBank.editor.backToDraftNote')}</p>}
      <QuestionForm
        key={current.id}
        banks={null}
        initialValues={questionToForm(current)}
        submitLabel={t('questionBank.editor.saveChanges')}
        pending={update.isPending}
        onSubmit={submit}
        cancelHref={`/organizer/questions/${current.id}`}
      />
    </>
  );
}

/** /organizer/questions/new and /organizer/questions/:id/edit. */
export function QuestionEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <div className="page page--wide">
      <PageHeader title={id ? t('questionBank.editor.editTitle') : t('questionBank.editor.createTitle')} lead={t('questionBank.editor.lead')} />
      {id ? <EditQuestion id={id} /> : <CreateQuestion />}
    </div>
  );
}
