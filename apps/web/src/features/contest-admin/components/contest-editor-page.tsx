import { Link, useNavigate, useParams } from 'react-router';
import type { ContestInput } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import type { FlashState } from '../../../lib/use-flash-notice';
import { useCreateContest } from '../api/create-contest';
import { useContest } from '../api/get-contest';
import { useUpdateContest } from '../api/update-contest';
import { useFocusFromHash } from '../hooks/use-focus-from-hash';
import { ContestForm } from './contest-form';
import { contestFormProblems, contestToForm, emptyContestForm } from './contest-form-values';
import './contest-admin.css';
import './contest-editors.css';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

function CreateContest() {
  const { ct } = useContestAdminTranslation();
  const navigate = useNavigate();
  const create = useCreateContest();

  const submit = async (input: ContestInput) => {
    const created = await create.mutateAsync(input);
    const state: FlashState = { notice: { tone: 'success', text: ct('editor.created') } };
    await navigate(`/organizer/contests/${created.id}`, { state });
  };

  return (
    <ContestForm
      initialValues={emptyContestForm()}
      contest={null}
      submitLabel={ct('editor.create')}
      pending={create.isPending}
      onSubmit={submit}
      cancelHref="/organizer/contests"
    />
  );
}

function EditContest({ id }: { id: number }) {
  const { t, ct } = useContestAdminTranslation();
  const navigate = useNavigate();
  const contest = useContest(id);
  const update = useUpdateContest();
  useFocusFromHash(contest.data !== undefined);

  if (contest.isPending) return <Spinner />;
  if (contest.isError) return <Alert tone="error" title={errorMessage(t, contest.error)} />;
  const current = contest.data;
  if (current.status === 'archived') return <Alert tone="info" title={ct('editor.archivedNote')} />;

  return (
    <>
      <p className="muted">{current.title}</p>
      <ContestForm
        key={current.id}
        initialValues={contestToForm(current)}
        contest={current}
        submitLabel={ct('editor.saveChanges')}
        pending={update.isPending}
        onSubmit={async (input, values) => {
          await update.mutateAsync({ id: current.id, body: input });
          const open = contestFormProblems(values).some((problem) => problem.kind === 'publish');
          const state: FlashState = { notice: { tone: 'success', text: open ? ct('editor.savedWithProblems') : ct('editor.saved') } };
          await navigate(`/organizer/contests/${current.id}`, { state });
        }}
        cancelHref={`/organizer/contests/${current.id}`}
      />
    </>
  );
}

/** /organizer/contests/new and /organizer/contests/:id/edit. */
export function ContestEditorPage() {
  const { ct } = useContestAdminTranslation();
  const { id } = useParams();
  const contestId = id === undefined ? null : Number(id);
  return (
    <div className="page page--narrow-form">
      <p className="breadcrumb">
        <Link to={contestId === null ? '/organizer/contests' : `/organizer/contests/${contestId}`}>
          {contestId === null ? ct('detail.back') : ct('roundEditor.back')}
        </Link>
      </p>
      <PageHeader title={contestId === null ? ct('editor.createTitle') : ct('editor.editTitle')} lead={contestId === null ? ct('editor.lead') : undefined} />
      {contestId === null ? <CreateContest /> : <EditContest id={contestId} />}
    </div>
  );
}
