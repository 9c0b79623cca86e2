import { essayCode, gradeAction, parseScore } from './essay-grading';

describe('parseScore', () => {
  it.each([
    ['4', 5, { score: 4 }],
    [' 3,5 ', 5, { score: 3.5 }],
    ['3.25', 5, { score: 3.25 }],
    ['0', 5, { score: 0 }],
    ['5', 5, { score: 5 }],
    ['', 5, { problem: 'REQUIRED' }],
    ['   ', 5, { problem: 'REQUIRED' }],
    ['abc', 5, { problem: 'INVALID' }],
    ['-1', 5, { problem: 'INVALID' }],
    ['1e2', 5, { problem: 'INVALID' }],
    ['3,125', 5, { problem: 'DECIMALS' }],
    ['5.01', 5, { problem: 'RANGE' }],
    ['6', 5, { problem: 'RANGE' }],
  ])('%j out of %i points is %j', (text, points, expected) => {
    expect(parseScore(text, points)).toEqual(expected);
  });
});

describe('gradeAction', () => {
  const mine = { score: 3, comment: null };
  it.each([
    [{ status: 'ungraded', gradeCount: 0, myGrade: null }, 'grade'],
    [{ status: 'in_progress', gradeCount: 1, myGrade: null }, 'grade'],
    [{ status: 'needs_third', gradeCount: 2, myGrade: null }, 'grade'],
    [{ status: 'graded', gradeCount: 2, myGrade: null }, 'settled'],
    [{ status: 'graded', gradeCount: 1, myGrade: mine }, 'revise'],
    [{ status: 'in_progress', gradeCount: 1, myGrade: mine }, 'revise'],
    [{ status: 'needs_third', gradeCount: 2, myGrade: mine }, 'locked'],
    [{ status: 'graded', gradeCount: 3, myGrade: mine }, 'locked'],
  ] as const)('%j → %s', (essay, expected) => {
    expect(gradeAction(essay)).toBe(expected);
  });
});

describe('essayCode', () => {
  it('is a short reference drawn from the attempt id only', () => {
    expect(essayCode('3f2a9c01-1111-4222-8333-944444444444:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee')).toBe('3F2A9C01');
  });
});
