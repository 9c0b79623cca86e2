import { essayOutcome, type EssayGrade } from './essay-grading';

const g = (judgeId: string, score: number, at: number): EssayGrade => ({ judgeId, score, at });

describe('essayOutcome', () => {
  it.each<[string, EssayGrade[], 1 | 2, ReturnType<typeof essayOutcome>]>([
    ['no grade yet', [], 2, { status: 'ungraded', score: null }],
    ['one judge required: the grade counts', [g('a', 4, 1)], 1, { status: 'graded', score: 4 }],
    ['two required, one given', [g('a', 4, 1)], 2, { status: 'in_progress', score: null }],
    ['two close grades: their mean', [g('a', 4, 1), g('b', 5, 2)], 2, { status: 'graded', score: 4.5 }],
    ['two grades exactly the margin apart', [g('a', 3, 1), g('b', 4, 2)], 2, { status: 'graded', score: 3.5 }],
    ['two grades too far apart: a third judge', [g('a', 1, 1), g('b', 5, 2)], 2, { status: 'needs_third', score: null }],
    ['the third grade reconciles', [g('a', 1, 1), g('b', 5, 2), g('c', 3, 3)], 2, { status: 'graded', score: 3 }],
    ['order is by time, not by input', [g('c', 3, 3), g('b', 5, 2), g('a', 1, 1)], 2, { status: 'graded', score: 3 }],
  ])('%s', (_, grades, required, expected) => {
    expect(essayOutcome(grades, required, 1)).toEqual(expected);
  });
});
