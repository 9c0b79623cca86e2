import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Contest, RoundInput } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import type { FlashState } from '../../../lib/use-flash-notice';
import { useCreateRound } from '../api/create-round';
import { useContest } from '../api/get-contest';
import { useQuestionBanks } from '../api/get-question-banks';
import { useUpdateRound } from '../api/update-round';
import { useFocusFromHash } from '../hooks/use-focus-from-hash';
import { RoundForm } from './round-form';
import { newRoundForm, roundToForm } from './round-form-values';
import { isRoundLocked } from './round-list';
import './contest-admin.css';
import './contest-editors.css';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

function RoundEditor({ contest, roundId }: { contest: Contest; roundId: number | null }) {
  const { t, ct } = useContestAdminTranslation();
  const navigate = useNavigate();
  const banks = useQuestionBanks();
  const create = useCreateRound();
  const update = useUpdateRound();
  // Fixed at the first render, so the default window does not move while the organizer types.
  const [now] = useState(() => Date.now());
  const round = roundId === null ? null : (contest.rounds.find((r) => r.id === roundId) ?? null);
  useFocusFromHash(banks.data !== undefined && (roundId === null || round !== null));

  if (roundId !== null && !round) return <Alert tone="error" title={ct('roundEditor.notFound')} />;
  if (round && isRoundLocked(contest, round)) return <Alert tone="info" title={ct('roundEditor.locked')} />;
  if (!round && contest.status !== 'draft' && contest.status !== 'published') return <Alert tone="info" title={ct('roundEditor.cannotAdd')} />;
  if (banks.isPending) return <Spinner />;
  if (banks.isError) return <Alert tone="error" title={errorMessage(t, banks.error)} />;
  if (banks.data.length === 0) return <Alert tone="info" title={ct('roundEditor.noBanks')} />;

  const backTo = `/organizer/contests/${contest.id}`;
  const finish = async (title: string, created: boolean, openProblems: number) => {
    const text =
      openProblems > 0 ? ct('roundEditor.savedWithProblems', { title }) : created ? ct('roundEditor.created', { title }) : ct('roundEditor.saved', { title });
    const state: FlashState = { notice: { tone: 'success', text } };
    await navigate(backTo, { state });
  };

  const initialValues = round
    ? roundToForm(round)
    : newRoundForm({
        now,
        title: ct('roundEditor.defaultTitle', { position: contest.rounds.length + 1 }),
        bankId: banks.data[0].id,
        lastCloseAt:
          contest.rounds
            .map((r) => r.closesAt)
            .sort()
            .at(-1) ?? null,
      });

  return (
    <RoundForm
      key={round?.id ?? 'new'}
      initialValues={initialValues}
      contestStatus={contest.status}
      banks={banks.data}
      submitLabel={round ? ct('roundEditor.saveChanges') : ct('roundEditor.create')}
      pending={create.isPending || update.isPending}
      onSubmit={async (input: RoundInput, openProblems) => {
        if (round) {
          const saved = await update.mutateAsync({ id: round.id, body: input });
          await finish(saved.title, false, openProblems);
        } else {
          const saved = await create.mutateAsync({ contestId: contest.id, body: input });
          await finish(saved.title, true, openProblems);
        }
      }}
      cancelHref={backTo}
    />
  );
}

/** /organizer/contests/:id/rounds/new and /organizer/contests/:id/rounds/:roundId/edit. */
export function RoundEditorPage() {
  const { t, ct } = useContestAdminTranslation();
  const params = useParams();
  const contestId = Number(params.id);
  const roundId = params.roundId === undefined ? null : Number(params.roundId);
  const contest = useContest(contestId);

  return (
    <div className="page page--narrow-form">
      <p className="breadcrumb">
        <Link to={`/organizer/contests/${contestId}`}>{ct('roundEditor.back')}</Link>
      </p>
      <PageHeader
        title={roundId === null ? ct('roundEditor.createTitle') : ct('roundEditor.editTitle')}
        lead={contest.data ? ct('roundEditor.lead', { contest: contest.data.title }) : undefined}
      />
      {contest.isPending && <Spinner />}
      {contest.isError && <Alert tone="error" title={errorMessage(t, contest.error)} />}
      {contest.data && <RoundEditor contest={contest.data} roundId={roundId} />}
    </div>
  );
}
