import type { BlueprintCell, Contest, FieldError, QuestionCounts, Round } from '@reform-quiz/contracts';
import { contestProblems, roundProblems } from '@reform-quiz/domain';
import { availableByCell } from './blueprint-grid';
import { CONTEST_FIELD_IDS, ROUND_FIELD_IDS, blueprintCellId } from './field-ids';

/** The part of the configuration a publishing problem is about, as the panel names it. */
export type ProblemPlace =
  | 'categories'
  | 'tieBreaks'
  | 'rounds'
  | 'opensAt'
  | 'closesAt'
  | 'timeLimitSeconds'
  | 'questionCount'
  | 'blueprint'
  | 'prediction'
  | 'other';

export interface PlacedProblem {
  /** The round's index among the contest's rounds (position order), or null for the contest itself. */
  roundIndex: number | null;
  /** Null for the contest, or when the index names no round any more. */
  round: Round | null;
  place: ProblemPlace;
  /** For `blueprint.N`: the cell it names. */
  cell: BlueprintCell | null;
  code: string;
  /** Where to fix it: the editor, at the field. */
  href: string;
}

export interface ProblemGroup {
  roundIndex: number | null;
  round: Round | null;
  problems: PlacedProblem[];
}

const ROUND_PLACES = new Set<string>(['opensAt', 'closesAt', 'timeLimitSeconds', 'questionCount', 'blueprint', 'prediction']);

const ROUND_FIELD: Record<Exclude<ProblemPlace, 'categories' | 'tieBreaks' | 'rounds' | 'other'>, string> = {
  opensAt: ROUND_FIELD_IDS.opensAt,
  closesAt: ROUND_FIELD_IDS.closesAt,
  timeLimitSeconds: ROUND_FIELD_IDS.timeLimitMinutes,
  questionCount: ROUND_FIELD_IDS.questionCount,
  blueprint: ROUND_FIELD_IDS.blueprint,
  prediction: ROUND_FIELD_IDS.prediction,
};

/**
 * Puts each of the server's `details` (CONTEST_NOT_PUBLISHABLE) on the round
 * and field it names. `rounds.1.blueprint.2` is the third cell of the
 * blueprint of the second round in position order — the order the server
 * checks them in and the contest lists them in.
 */
export function placeProblem(detail: Pick<FieldError, 'field' | 'code'>, contest: Contest): PlacedProblem {
  const base = `/organizer/contests/${contest.id}`;
  const roundMatch = /^rounds\.(\d+)(?:\.(.*))?$/.exec(detail.field);
  if (!roundMatch) {
    const place: ProblemPlace = detail.field === 'categories' || detail.field === 'tieBreaks' || detail.field === 'rounds' ? detail.field : 'other';
    const href =
      place === 'rounds' ? `${base}/rounds/new` : place === 'categories' || place === 'tieBreaks' ? `${base}/edit#${CONTEST_FIELD_IDS[place]}` : `${base}/edit`;
    return { roundIndex: null, round: null, place, cell: null, code: detail.code, href };
  }

  const roundIndex = Number(roundMatch[1]);
  const round = contest.rounds[roundIndex] ?? null;
  const path = roundMatch[2] ?? '';
  const [head, index] = path.split('.');
  const place: ProblemPlace = ROUND_PLACES.has(head) ? (head as ProblemPlace) : 'other';
  const cell = place === 'blueprint' && index !== undefined ? (round?.blueprint[Number(index)] ?? null) : null;
  const editor = round ? `${base}/rounds/${round.id}/edit` : base;
  const fieldId = cell ? blueprintCellId(cell.topic, cell.difficulty) : place in ROUND_FIELD ? ROUND_FIELD[place as keyof typeof ROUND_FIELD] : null;
  return { roundIndex, round, place, cell, code: detail.code, href: round && fieldId ? `${editor}#${fieldId}` : editor };
}

/** The contest's own problems first, then each round's, in round order. */
export function groupProblems(details: readonly Pick<FieldError, 'field' | 'code'>[], contest: Contest): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  for (const problem of details.map((detail) => placeProblem(detail, contest))) {
    let group = groups.find((g) => g.roundIndex === problem.roundIndex);
    if (!group) {
      group = { roundIndex: problem.roundIndex, round: problem.round, problems: [] };
      groups.push(group);
    }
    group.problems.push(problem);
  }
  return groups.sort((a, b) => (a.roundIndex ?? -1) - (b.roundIndex ?? -1));
}

/**
 * What the server will say when asked to publish, worked out the way it
 * does (ContestsService.assertPublishable): the domain's contestProblems and
 * roundProblems, with each round's bank's approved counts, rounds in
 * position order. Null while a bank's counts are not loaded.
 */
export function publishChecks(contest: Contest, countsByBank: ReadonlyMap<number, QuestionCounts>): FieldError[] | null {
  if (contest.rounds.some((round) => !countsByBank.has(round.bankId))) return null;
  const issues = contestProblems(contest, contest.rounds.length);
  contest.rounds.forEach((round, i) => {
    const available = availableByCell(countsByBank.get(round.bankId) as QuestionCounts);
    issues.push(...roundProblems(round, available).map((issue) => ({ ...issue, field: `rounds.${i}.${issue.field}` })));
  });
  return issues.map((issue) => ({ field: issue.field, code: issue.code, message: issue.code }));
}
