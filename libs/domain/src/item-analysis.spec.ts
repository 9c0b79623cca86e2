import { analyseItem, type ItemResponse } from './item-analysis';

const r = (entrantScore: number, correct: boolean, optionIds: string[] = [correct ? 'a' : 'b']): ItemResponse => ({ entrantScore, correct, optionIds });

describe('analyseItem', () => {
  it('measures facility, discrimination and choices', () => {
    // Ten entrants: the strong five answer right, the weak five wrong.
    const responses = [10, 9, 9, 8, 8].map((s) => r(s, true)).concat([3, 2, 2, 1, 0].map((s) => r(s, false)));
    expect(analyseItem(responses)).toEqual({ responses: 10, facility: 0.5, discrimination: 1, choices: { a: 5, b: 5 }, flags: [] });
  });

  it('flags a question the weak get right and the strong get wrong', () => {
    const responses = [10, 9, 8, 7].map((s) => r(s, false)).concat([3, 2, 1, 0].map((s) => r(s, true)));
    const item = analyseItem(responses);
    expect(item.discrimination).toBe(-1);
    expect(item.flags).toEqual(['low_discrimination']);
  });

  it.each([
    [Array.from({ length: 40 }, (_, i) => r(i, true)), ['too_easy', 'low_discrimination']],
    [Array.from({ length: 40 }, (_, i) => r(i, i >= 36)), ['too_hard']],
  ])('flags extremes', (responses, flags) => {
    expect(analyseItem(responses).flags).toEqual(flags);
  });

  it('says nothing about discrimination with too few responses', () => {
    expect(analyseItem([r(5, true), r(1, false)]).discrimination).toBeNull();
    expect(analyseItem([])).toMatchObject({ responses: 0, facility: 0, discrimination: null, flags: [] });
  });
});
