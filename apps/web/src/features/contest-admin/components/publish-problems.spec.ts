import type { FieldError } from '@reform-quiz/contracts';
import { aContest, aRound, approvedCounts } from '../../../testing/contest-fixtures';
import { groupProblems, placeProblem, publishChecks } from './publish-problems';

const contest = aContest({
  id: 7,
  rounds: [
    aRound({ id: 21, title: 'Tuần 1' }),
    aRound({
      id: 22,
      title: 'Tuần 2',
      blueprint: [
        { topic: 'procedures', difficulty: 'easy', count: 1 },
        { topic: 'general', difficulty: 'medium', count: 1 },
        { topic: 'general', difficulty: 'hard', count: 2 },
      ],
      questionCount: 4,
    }),
  ],
});
const detail = (field: string, code: FieldError['code']): FieldError => ({ field, code, message: 'ignored' });

describe('publishing problems on their round and field', () => {
  it('names the cell of a blueprint problem and links to it in that round’s editor', () => {
    expect(placeProblem(detail('rounds.1.blueprint.2', 'BLUEPRINT_SHORT'), contest)).toEqual({
      roundIndex: 1,
      round: contest.rounds[1],
      place: 'blueprint',
      cell: { topic: 'general', difficulty: 'hard', count: 2 },
      code: 'BLUEPRINT_SHORT',
      href: '/organizer/contests/7/rounds/22/edit#blueprint-general-hard',
    });
  });

  it.each([
    ['rounds.0.closesAt', 0, 'closesAt', '/organizer/contests/7/rounds/21/edit#round-closes-at'],
    ['rounds.1.timeLimitSeconds', 1, 'timeLimitSeconds', '/organizer/contests/7/rounds/22/edit#round-time-limit'],
    ['rounds.1.blueprint', 1, 'blueprint', '/organizer/contests/7/rounds/22/edit#round-blueprint'],
    ['rounds.0.prediction', 0, 'prediction', '/organizer/contests/7/rounds/21/edit#round-prediction-kind'],
    ['categories', null, 'categories', '/organizer/contests/7/edit#contest-category-civil_servant'],
    ['tieBreaks', null, 'tieBreaks', '/organizer/contests/7/edit#contest-tie-break-0'],
    ['rounds', null, 'rounds', '/organizer/contests/7/rounds/new'],
    ['rounds.5.closesAt', 5, 'closesAt', '/organizer/contests/7'],
  ])('%s → round %s, %s, %s', (field, roundIndex, place, href) => {
    expect(placeProblem(detail(field, 'WINDOW_INVALID'), contest)).toMatchObject({ roundIndex, place, href });
  });

  it('groups the contest’s own problems first, then each round’s in round order', () => {
    const groups = groupProblems(
      [
        detail('rounds.1.blueprint', 'BLUEPRINT_SUM'),
        detail('categories', 'NO_CATEGORIES'),
        detail('rounds.0.closesAt', 'WINDOW_INVALID'),
        detail('rounds.1.blueprint.2', 'BLUEPRINT_SHORT'),
      ],
      contest,
    );
    expect(groups.map((g) => [g.round?.title ?? 'contest', g.problems.map((p) => p.code)])).toEqual([
      ['contest', ['NO_CATEGORIES']],
      ['Tuần 1', ['WINDOW_INVALID']],
      ['Tuần 2', ['BLUEPRINT_SUM', 'BLUEPRINT_SHORT']],
    ]);
  });
});

describe('the live publishing check', () => {
  it('says what the server would, from the same domain rules and the bank’s approved counts', () => {
    const counts = new Map([[1, approvedCounts]]);
    // Round 2 asks 2 general/hard of 1 approved, and its cells add up to 4 as its count says.
    expect(publishChecks(contest, counts)?.map((d) => `${d.field}:${d.code}`)).toEqual(['rounds.1.blueprint.2:BLUEPRINT_SHORT']);
    expect(publishChecks(aContest({ rounds: [], categories: [] }), counts)?.map((d) => `${d.field}:${d.code}`)).toEqual([
      'categories:NO_CATEGORIES',
      'rounds:NO_ROUNDS',
    ]);
  });

  it('waits for every bank’s counts', () => {
    expect(publishChecks(contest, new Map())).toBeNull();
  });
});
