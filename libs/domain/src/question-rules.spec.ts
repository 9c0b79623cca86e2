import type { QuestionInput } from '@reform-quiz/contracts';
import { questionProblems, stemKey } from './question-rules';

const base: QuestionInput = {
  type: 'single_choice',
  stem: 'Cơ chế một cửa hiện hành được quy định tại văn bản nào?',
  options: [
    { text: 'Nghị định 61/2018/NĐ-CP', isCorrect: true },
    { text: 'Nghị định 63/2010/NĐ-CP', isCorrect: false },
  ],
  points: 1,
  topic: 'procedures',
  difficulty: 'easy',
  source: { document: 'Nghị định 61/2018/NĐ-CP', article: null, date: '2018-04-23' },
};
const opts = (...spec: [string, boolean][]) => spec.map(([text, isCorrect]) => ({ text, isCorrect }));
const codes = (q: Partial<QuestionInput>, requireSource = false) =>
  questionProblems({ ...base, ...q }, { requireSource }).map((p) => `${p.field}:${p.code}`);

describe('questionProblems', () => {
  it.each<[string, Partial<QuestionInput>, string[]]>([
    ['a sound single choice', {}, []],
    ['an empty stem', { stem: '  ' }, ['stem:REQUIRED']],
    ['a stem too long', { stem: 'x'.repeat(2001) }, ['stem:TOO_LONG']],
    ['zero points', { points: 0 }, ['points:POINTS_RANGE']],
    ['fractional points', { points: 1.5 }, ['points:POINTS_RANGE']],
    ['one option', { options: opts(['A', true]) }, ['options:OPTIONS_COUNT']],
    ['nine options', { options: opts(['1', true], ['2', false], ['3', false], ['4', false], ['5', false], ['6', false], ['7', false], ['8', false], ['9', false]) }, ['options:OPTIONS_COUNT']],
    ['single choice with two correct', { options: opts(['A', true], ['B', true]) }, ['options:CORRECT_COUNT']],
    ['single choice with none correct', { options: opts(['A', false], ['B', false]) }, ['options:CORRECT_COUNT']],
    ['multiple choice with two correct', { type: 'multiple_choice', options: opts(['A', true], ['B', true], ['C', false]) }, []],
    ['multiple choice with none correct', { type: 'multiple_choice', options: opts(['A', false], ['B', false]) }, ['options:CORRECT_COUNT']],
    ['an empty option', { options: opts(['A', true], [' ', false]) }, ['options.1.text:OPTION_EMPTY']],
    ['options equal but for accents', { options: opts(['Đúng hạn', true], ['dung han', false]) }, ['options:OPTIONS_DUPLICATE']],
    ['true/false', { type: 'true_false', options: opts(['Đúng', false], ['Sai', true]) }, []],
    ['true/false typed in NFD', { type: 'true_false', options: opts(['Đúng'.normalize('NFD'), true], ['Sai', false]) }, []],
    ['true/false with other words', { type: 'true_false', options: opts(['Có', true], ['Không', false]) }, ['options:TRUE_FALSE_OPTIONS']],
    ['true/false both correct', { type: 'true_false', options: opts(['Đúng', true], ['Sai', true]) }, ['options:CORRECT_COUNT']],
    ['short text', { type: 'short_text', options: [], acceptedAnswers: ['một cửa'] }, []],
    ['short text without answers', { type: 'short_text', options: [], acceptedAnswers: [' '] }, ['acceptedAnswers:ACCEPTED_ANSWERS_REQUIRED']],
    ['short text with options', { type: 'short_text', acceptedAnswers: ['x'] }, ['options:UNEXPECTED_OPTIONS']],
    ['essay', { type: 'essay', options: [] }, []],
    ['essay with accepted answers', { type: 'essay', options: [], acceptedAnswers: ['x'] }, ['acceptedAnswers:UNEXPECTED_OPTIONS']],
    ['a source without a document', { source: { document: ' ' } }, ['source.document:REQUIRED']],
    ['a source with a bad date', { source: { document: 'Luật 22/2008/QH12', date: '13/11/2008' } }, ['source.date:DATE_INVALID']],
    ['too many tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, ['tags:INVALID_VALUE']],
  ])('%s', (_, q, expected) => {
    expect(codes(q)).toEqual(expected);
  });

  it('needs a source only when asked', () => {
    expect(codes({ source: null })).toEqual([]);
    expect(codes({ source: null }, true)).toEqual(['source.document:SOURCE_REQUIRED']);
    expect(codes({}, true)).toEqual([]);
  });
});

describe('stemKey', () => {
  it.each([
    ['Cơ chế **một cửa** là gì?', 'co che mot cua la gi'],
    ['  CƠ CHẾ một   cửa là gì ? ', 'co che mot cua la gi'],
    ['Cơ chế một cửa là gì?'.normalize('NFD'), 'co che mot cua la gi'],
  ])('%j → %j', (stem, key) => {
    expect(stemKey(stem)).toBe(key);
  });
});
