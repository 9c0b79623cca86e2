import { useState } from 'react';
import { Link } from 'react-router';
import type { Contest, Round } from '@reform-quiz/contracts';
import { Button, ButtonLink } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import type { Notice } from '../../../components/ui/status-message';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import { useCloseRound } from '../api/close-round';
import { useDeleteRound } from '../api/delete-round';
import { RoundPhaseBadge } from './contest-badges';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

/** Only an open self-paced round can be ended early (live rounds end with their session). */
export function canCloseEarly(round: Pick<Round, 'phase' | 'mode'>): boolean {
  return round.mode === 'self_paced' && round.phase === 'open';
}

/** A round of a published contest is fixed once it opens (the server also locks it once anyone has sat it). */
export function isRoundLocked(contest: Pick<Contest, 'status'>, round: Pick<Round, 'phase'>): boolean {
  return contest.status !== 'draft' && round.phase !== 'upcoming';
}

function RoundFacts({ round }: { round: Round }) {
  const { ct, i18n } = useContestAdminTranslation();
  const counted = ct(`countedAttempts.${round.countedAttempt}`);
  const rows = [
    { label: ct('rounds.window'), value: `${formatInstant(round.opensAt, i18n.language)} – ${formatInstant(round.closesAt, i18n.language)}` },
    { label: ct('rounds.mode'), value: ct(`modes.${round.mode}`) },
    {
      label: ct('rounds.format'),
      value:
        round.mode === 'live'
          ? ct('rounds.formatLive', { questions: round.questionCount, seconds: round.questionSeconds })
          : ct('rounds.formatSelfPaced', { questions: round.questionCount, minutes: Math.round((round.timeLimitSeconds / 60) * 100) / 100 }),
    },
    {
      label: ct('rounds.attempts'),
      value:
        round.attemptsAllowed === null ? ct('rounds.attemptsUnlimited', { counted }) : ct('rounds.attemptsValue', { count: round.attemptsAllowed, counted }),
    },
    { label: ct('rounds.prediction'), value: ct(`predictionKinds.${round.prediction?.kind ?? 'none'}`) },
    {
      label: ct('rounds.leaderboard'),
      value: round.practice
        ? ct('rounds.practice')
        : round.leaderboardVisibility === 'frozen'
          ? ct('rounds.leaderboardFrozen', { minutes: round.freezeMinutes })
          : ct(`visibilities.${round.leaderboardVisibility}`),
    },
    {
      label: ct('rounds.essays'),
      value:
        round.essayJudges === 2
          ? ct('rounds.essaysTwo', { margin: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(round.essayMargin ?? 1) })
          : ct('rounds.essaysOne'),
    },
    {
      label: ct('rounds.appeals'),
      value: (round.appealDays ?? 3) === 0 ? ct('rounds.appealsNone') : ct('rounds.appealsDays', { days: round.appealDays ?? 3 }),
    },
  ];
  return (
    <dl className="facts">
      {rows.map((row) => (
        <div className="facts__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface RoundListProps {
  contest: Contest;
  canManage: boolean;
  /** The jury grades essays; the committee starts from the flags. */
  isJudge?: boolean;
  onNotice: (notice: Notice) => void;
}

/** The contest's rounds in position order: phase, window, mode, format; edit, delete, and the public leaderboard. */
export function RoundList({ contest, canManage, isJudge = false, onNotice }: RoundListProps) {
  const { t, ct } = useContestAdminTranslation();
  const remove = useDeleteRound();
  const close = useCloseRound();
  const [deleting, setDeleting] = useState<Round | null>(null);
  const [closing, setClosing] = useState<Round | null>(null);

  const confirmClose = async (round: Round) => {
    try {
      await close.mutateAsync(round.id);
      setClosing(null);
      onNotice({ tone: 'success', text: ct('rounds.closedEarly', { title: round.title }) });
    } catch (error) {
      setClosing(null);
      onNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  const confirmDelete = async (round: Round) => {
    try {
      await remove.mutateAsync(round.id);
      setDeleting(null);
      onNotice({ tone: 'success', text: ct('rounds.deleted', { title: round.title }) });
    } catch (error) {
      setDeleting(null);
      onNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  if (contest.rounds.length === 0) return <p>{ct('rounds.empty')}</p>;
  return (
    <>
      <ol className="round-list">
        {contest.rounds.map((round, index) => {
          const locked = isRoundLocked(contest, round);
          const ofRound = (
            <>
              {' '}
              <VisuallyHidden>{ct('rounds.ofRound', { title: round.title })}</VisuallyHidden>
            </>
          );
          return (
            <li key={round.id} className="round-card">
              <h3 className="round-card__title">{ct('problems.round', { position: index + 1, title: round.title })}</h3>
              <p className="badges">
                <RoundPhaseBadge phase={round.phase} />
                <span className="contest-badge contest-badge--neutral">{ct(`modes.${round.mode}`)}</span>
                {round.practice && <span className="contest-badge contest-badge--practice">{ct('roundEditor.practice')}</span>}
              </p>
              <RoundFacts round={round} />
              {canManage && locked && <p className="muted">{ct('rounds.locked')}</p>}
              <div className="actions round-card__actions">
                {canManage && !locked && contest.status !== 'archived' && (
                  <ButtonLink to={`/organizer/contests/${contest.id}/rounds/${round.id}/edit`} variant="secondary">
                    {ct('rounds.edit')}
                    {ofRound}
                  </ButtonLink>
                )}
                {canManage && canCloseEarly(round) && (
                  <Button variant="secondary" onClick={() => setClosing(round)}>
                    {ct('rounds.closeEarly')}
                    {ofRound}
                  </Button>
                )}
                {canManage && contest.status !== 'archived' && (
                  <Button variant="danger" onClick={() => setDeleting(round)}>
                    {ct('rounds.delete')}
                    {ofRound}
                  </Button>
                )}
                {canManage && round.mode === 'live' && contest.status !== 'draft' && (
                  <Link className="round-card__link" to={`/organizer/live/${round.id}?contest=${contest.id}`}>
                    {ct('rounds.liveConsole')}
                    {ofRound}
                  </Link>
                )}
                {!round.practice && round.phase !== 'upcoming' && (
                  <Link className="round-card__link" to={`/judging/contests/${contest.id}/rounds/${round.id}/${isJudge ? 'essays' : 'flags'}`}>
                    {ct('rounds.judgingLink')}
                    {ofRound}
                  </Link>
                )}
                {!round.practice && (
                  <Link className="round-card__link" to={`/rounds/${round.id}/leaderboard`}>
                    {ct('rounds.leaderboardLink')}
                    {ofRound}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <ConfirmDialog
        open={closing !== null}
        title={ct('rounds.closeEarlyTitle')}
        confirmLabel={ct('rounds.closeEarly')}
        danger
        pending={close.isPending}
        onConfirm={() => closing && void confirmClose(closing)}
        onCancel={() => setClosing(null)}
      >
        <p>{closing && ct('rounds.closeEarlyText', { title: closing.title })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={deleting !== null}
        title={ct('rounds.deleteTitle')}
        confirmLabel={ct('rounds.delete')}
        danger
        pending={remove.isPending}
        onConfirm={() => deleting && void confirmDelete(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting && ct('rounds.deleteText', { title: deleting.title })}</p>
      </ConfirmDialog>
    </>
  );
}
