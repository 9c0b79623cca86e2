import type { RoundInput } from '@reform-quiz/contracts';
import { contestProblems, roundProblems, shortenName } from './contest-rules';

const round: Parameters<typeof roundProblems>[0] = {
  mode: 'self_paced',
  opensAt: '2018-05-01T00:00:00.000Z',
  closesAt: '2018-05-08T00:00:00.000Z',
  timeLimitSeconds: 600,
  questionCount: 3,
  blueprint: [
    { topic: 'procedures', difficulty: 'easy', count: 2 },
    { topic: 'general', difficulty: 'medium', count: 1 },
  ],
  practice: false,
  prediction: null,
};
const available = new Map([
  ['procedures/easy', 2],
  ['general/medium', 5],
]);
const codes = (r: Partial<RoundInput>) => roundProblems({ ...round, ...r }, available).map((i) => `${i.field}:${i.code}`);

describe('roundProblems', () => {
  it.each<[string, Partial<RoundInput>, string[]]>([
    ['a workable round', {}, []],
    ['window closing before it opens', { closesAt: '2018-04-30T00:00:00.000Z' }, ['closesAt:WINDOW_INVALID']],
    ['window of no length', { closesAt: '2018-05-01T00:00:00.000Z' }, ['closesAt:WINDOW_INVALID']],
    ['no time limit', { timeLimitSeconds: 0 }, ['timeLimitSeconds:TIME_LIMIT_INVALID']],
    ['blueprint summing to another count', { questionCount: 4 }, ['blueprint:BLUEPRINT_SUM']],
    ['a cell asking more than the bank has', { questionCount: 4, blueprint: [{ topic: 'procedures', difficulty: 'easy', count: 3 }, { topic: 'general', difficulty: 'medium', count: 1 }] }, ['blueprint.0:BLUEPRINT_SHORT']],
    ['a cell the bank does not have at all', { questionCount: 4, blueprint: [...round.blueprint, { topic: 'e_government', difficulty: 'hard', count: 1 }] }, ['blueprint.2:BLUEPRINT_SHORT']],
    ['the same cell twice', { questionCount: 4, blueprint: [...round.blueprint, { topic: 'general', difficulty: 'medium', count: 1 }] }, ['blueprint.2:BLUEPRINT_DUPLICATE_CELL']],
    ['a prediction on a practice round', { practice: true, prediction: { kind: 'perfect_count', prompt: '?' } }, ['prediction:PREDICTION_UNUSED']],
  ])('%s', (_, r, expected) => {
    expect(codes(r)).toEqual(expected);
  });
});

describe('contestProblems', () => {
  it.each([
    [{ categories: ['civil_servant', 'citizen'], tieBreaks: ['score', 'duration'] }, 1, []],
    [{ categories: [], tieBreaks: ['score'] }, 1, ['categories:NO_CATEGORIES']],
    [{ categories: ['citizen'], tieBreaks: [] }, 1, ['tieBreaks:TIE_BREAKS_INVALID']],
    [{ categories: ['citizen'], tieBreaks: ['score', 'score'] }, 1, ['tieBreaks:TIE_BREAKS_INVALID']],
    [{ categories: ['citizen'], tieBreaks: ['score'] }, 0, ['rounds:NO_ROUNDS']],
  ] as const)('%j with %d rounds → %j', (contest, rounds, expected) => {
    expect(contestProblems(contest, rounds).map((i) => `${i.field}:${i.code}`)).toEqual(expected);
  });
});

describe('shortenName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn V. A.'],
    ['  Trần   Thị   Bình ', 'Trần T. B.'],
    ['Lê', 'Lê'],
    ['Hoàng Minh Đức'.normalize('NFD'), 'Hoàng M. Đ.'],
    ['Tôn Nữ Thị Ánh', 'Tôn N. T. Á.'],
  ])('%j → %j', (name, expected) => {
    expect(shortenName(name)).toBe(expected);
  });
});
