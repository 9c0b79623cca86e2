import type { Ref } from 'react';
import { Link } from 'react-router';
import type { Contest, FieldError } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { useApprovedCountsOf } from '../api/get-approved-counts';
import { groupProblems, publishChecks, type PlacedProblem, type ProblemGroup } from './publish-problems';
import { useContestAdminTranslation, type ContestAdminT } from '../../../i18n/contest-admin';

function ProblemItem({ problem }: { problem: PlacedProblem }) {
  const { t, ct } = useContestAdminTranslation();
  const where = problem.cell
    ? ct('problems.cell', {
        topic: ct(`topics.${problem.cell.topic}`),
        difficulty: ct(`difficulties.${problem.cell.difficulty}`),
        count: problem.cell.count,
      })
    : ct(`problems.where.${problem.place}`);
  const addRound = problem.place === 'rounds';
  return (
    <li className="problem">
      <span className="problem__where">{where}:</span> {fieldProblemMessage(t, problem.code)}{' '}
      <Link to={problem.href} className="problem__fix">
        {addRound ? (
          ct('problems.addRound')
        ) : (
          <>
            {ct('problems.fix')} <VisuallyHidden>{where}</VisuallyHidden>
          </>
        )}
      </Link>
    </li>
  );
}

function groupTitle(ct: ContestAdminT, group: ProblemGroup): string {
  if (group.roundIndex === null) return ct('problems.contest');
  const position = group.roundIndex + 1;
  return group.round ? ct('problems.round', { position, title: group.round.title }) : ct('problems.roundUnknown', { position });
}

export function ProblemGroups({ details, contest }: { details: readonly FieldError[]; contest: Contest }) {
  const { ct } = useContestAdminTranslation();
  return (
    <>
      {groupProblems(details, contest).map((group) => (
        <div key={group.roundIndex ?? 'contest'} className="problem-group">
          <h3 className="problem-group__title">{groupTitle(ct, group)}</h3>
          <ul className="problem-group__list">
            {group.problems.map((problem, i) => (
              <ProblemItem key={i} problem={problem} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export interface PublishProblemsPanelProps {
  contest: Contest;
  /** The server's reasons from the last refused publish, shown as they came; otherwise the live check. */
  refused: FieldError[] | null;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * "Ready to publish?": for a draft, the server's publishing rules applied to
 * the contest as it stands; after a refused publish, the server's own list.
 * Each problem names its round and field and links to where it is fixed.
 */
export function PublishProblemsPanel({ contest, refused, headingRef }: PublishProblemsPanelProps) {
  const { t, ct } = useContestAdminTranslation();
  const bankIds = [...new Set(contest.rounds.map((round) => round.bankId))];
  const counts = useApprovedCountsOf(contest.status === 'draft' ? bankIds : []);
  if (!refused && contest.status !== 'draft') return null;

  const live = refused ? null : publishChecks(contest, counts.data);
  return (
    <section className={refused || (live && live.length > 0) ? 'publish-panel publish-panel--problems' : 'publish-panel'} aria-labelledby="publish-panel-title">
      <h2 id="publish-panel-title" ref={headingRef} tabIndex={-1}>
        {ct('problems.title')}
      </h2>
      {refused ? (
        <>
          <p className="publish-panel__summary">{ct('problems.refusedTitle', { count: refused.length })}</p>
          <ProblemGroups details={refused} contest={contest} />
        </>
      ) : (
        <>
          <p className="muted">{ct('problems.lead')}</p>
          {counts.error && <Alert tone="error" title={errorMessage(t, counts.error)} />}
          {!counts.error && live === null && <p>{ct('problems.checking')}</p>}
          {live && live.length === 0 && <p className="publish-panel__ready">{ct('problems.ready')}</p>}
          {live && live.length > 0 && (
            <>
              <p className="publish-panel__summary">{ct('problems.found', { count: live.length })}</p>
              <ProblemGroups details={live} contest={contest} />
            </>
          )}
        </>
      )}
    </section>
  );
}
