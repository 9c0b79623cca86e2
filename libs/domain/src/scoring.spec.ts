import { normalizeAnswer, scoreAnswer, scoreAttempt, type ScoringKey } from './scoring';

const single: ScoringKey = { type: 'single_choice', points: 1, correctOptionIds: ['b'], acceptedAnswers: [], accentInsensitive: false };
const multi: ScoringKey = { type: 'multiple_choice', points: 3, correctOptionIds: ['a', 'c', 'd'], acceptedAnswers: [], accentInsensitive: false };
const tf: ScoringKey = { type: 'true_false', points: 1, correctOptionIds: ['t'], acceptedAnswers: [], accentInsensitive: false };
const short: ScoringKey = { type: 'short_text', points: 2, correctOptionIds: [], acceptedAnswers: ['Một cửa liên thông', '63/2010/NĐ-CP'], accentInsensitive: false };
const shortFolded: ScoringKey = { ...short, accentInsensitive: true };
const essay: ScoringKey = { type: 'essay', points: 5, correctOptionIds: [], acceptedAnswers: [], accentInsensitive: false };

describe('normalizeAnswer', () => {
  it.each([
    ['  Một   CỬA ', false, 'một cửa'],
    ['Một cửa'.normalize('NFD'), false, 'một cửa'],
    ['MỘT CỬA', true, 'mot cua'],
    ['Đăng ký', true, 'dang ky'],
  ])('%j (accent-insensitive %s) → %j', (text, folded, expected) => {
    expect(normalizeAnswer(text, folded)).toBe(expected);
  });
});

describe('scoreAnswer', () => {
  it.each<[string, ScoringKey, Parameters<typeof scoreAnswer>[1], boolean, { correct: boolean | null; points: number }]>([
    ['single: right', single, { optionIds: ['b'] }, false, { correct: true, points: 1 }],
    ['single: wrong', single, { optionIds: ['a'] }, false, { correct: false, points: 0 }],
    ['single: two chosen', single, { optionIds: ['a', 'b'] }, false, { correct: false, points: 0 }],
    ['single: none chosen', single, { optionIds: [] }, false, { correct: false, points: 0 }],
    ['single: unanswered', single, null, false, { correct: false, points: 0 }],
    ['true/false: right', tf, { optionIds: ['t'] }, false, { correct: true, points: 1 }],
    ['multiple: exact set in another order', multi, { optionIds: ['d', 'a', 'c'] }, false, { correct: true, points: 3 }],
    ['multiple: duplicate ids count once', multi, { optionIds: ['a', 'a', 'c', 'd'] }, false, { correct: true, points: 3 }],
    ['multiple: missing one, all-or-nothing', multi, { optionIds: ['a', 'c'] }, false, { correct: false, points: 0 }],
    ['multiple: missing one, partial', multi, { optionIds: ['a', 'c'] }, true, { correct: false, points: 2 }],
    ['multiple: one extra wrong, partial', multi, { optionIds: ['a', 'b', 'c', 'd'] }, true, { correct: false, points: 2 }],
    ['multiple: more wrong than right, partial floors at 0', multi, { optionIds: ['a', 'b', 'e'] }, true, { correct: false, points: 0 }],
    ['multiple: one of three, partial', multi, { optionIds: ['c'] }, true, { correct: false, points: 1 }],
    ['short: exact', short, { text: 'Một cửa liên thông' }, false, { correct: true, points: 2 }],
    ['short: case and spaces folded', short, { text: '  một  CỬA liên thông ' }, false, { correct: true, points: 2 }],
    ['short: NFD input', short, { text: 'Một cửa liên thông'.normalize('NFD') }, false, { correct: true, points: 2 }],
    ['short: without accents, strict', short, { text: 'mot cua lien thong' }, false, { correct: false, points: 0 }],
    ['short: without accents, allowed', shortFolded, { text: 'mot cua lien thong' }, false, { correct: true, points: 2 }],
    ['short: empty', short, { text: '   ' }, false, { correct: false, points: 0 }],
    ['essay: left to judges', essay, { text: 'Bài viết' }, false, { correct: null, points: 0 }],
  ])('%s', (_, key, answer, partialCredit, expected) => {
    expect(scoreAnswer(key, answer, { partialCredit })).toEqual(expected);
  });
});

describe('scoreAttempt', () => {
  it('sums points and knows a perfect paper', () => {
    expect(scoreAttempt([single, tf, short], [{ optionIds: ['b'] }, { optionIds: ['t'] }, { text: '63/2010/nđ-cp' }])).toMatchObject({ score: 4, maxScore: 4, correctCount: 3, perfect: true });
    expect(scoreAttempt([single, tf], [{ optionIds: ['b'] }, null])).toMatchObject({ score: 1, maxScore: 2, correctCount: 1, perfect: false });
  });

  it('keeps fractions of partial credit to two decimals', () => {
    const twoOfThree: ScoringKey = { ...multi, points: 1 };
    expect(scoreAttempt([twoOfThree, twoOfThree, twoOfThree], [{ optionIds: ['a', 'c'] }, { optionIds: ['a', 'c'] }, { optionIds: ['a', 'c'] }], { partialCredit: true }).score).toBe(2);
  });
});
