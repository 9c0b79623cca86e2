import { aQuestion } from '../../../testing/question-fixtures';
import { emptyQuestionForm, formProblems, questionToForm, slotOf, toQuestionInput, type QuestionFormValues } from './question-form-values';

const base = (overrides: Partial<QuestionFormValues>): QuestionFormValues => ({
  ...emptyQuestionForm(1),
  stem: 'Câu hỏi',
  topic: 'procedures',
  difficulty: 'easy',
  ...overrides,
});

describe('slotOf: where an API field problem shows', () => {
  it.each([
    ['options.2.text', 'single_choice', 'options.2.text'],
    ['options.2', 'multiple_choice', 'options'],
    ['options', 'single_choice', 'options'],
    ['options.0.text', 'true_false', 'trueFalse'],
    ['options', 'true_false', 'trueFalse'],
    ['acceptedAnswers.3', 'short_text', 'acceptedAnswers'],
    ['source', 'essay', 'source.document'],
    ['source.document', 'essay', 'source.document'],
    ['source.date', 'essay', 'source.date'],
    ['points', 'essay', 'points'],
    ['somethingElse', 'essay', null],
  ] as const)('%s (%s) → %s', (field, type, slot) => {
    expect(slotOf(field, type)).toBe(slot);
  });
});

describe('toQuestionInput', () => {
  it('sends only the current type’s part', () => {
    const values = base({ options: [{ text: ' Đúng  là ', isCorrect: true }, { text: 'Sai', isCorrect: false }], acceptedAnswers: [{ text: 'một cửa' }] });
    expect(toQuestionInput({ ...values, type: 'single_choice' })).toMatchObject({ options: [{ text: 'Đúng là', isCorrect: true }, { text: 'Sai', isCorrect: false }] });
    expect(toQuestionInput({ ...values, type: 'single_choice' }).acceptedAnswers).toBeUndefined();
    expect(toQuestionInput({ ...values, type: 'short_text' })).toMatchObject({ acceptedAnswers: ['một cửa'], accentInsensitive: true });
    expect(toQuestionInput({ ...values, type: 'short_text' }).options).toBeUndefined();
    const essay = toQuestionInput({ ...values, type: 'essay' });
    expect(essay.options).toBeUndefined();
    expect(essay.acceptedAnswers).toBeUndefined();
  });

  it('builds the fixed true/false options from the chosen answer', () => {
    expect(toQuestionInput(base({ type: 'true_false', trueFalseCorrect: '1' })).options).toEqual([
      { text: 'Đúng', isCorrect: false },
      { text: 'Sai', isCorrect: true },
    ]);
  });

  it('sends a source only when some of it is filled in', () => {
    expect(toQuestionInput(base({})).source).toBeNull();
    expect(toQuestionInput(base({ source: { document: ' Nghị định  61/2018/NĐ-CP ', article: '', date: '2018-04-23' } })).source).toEqual({
      document: 'Nghị định 61/2018/NĐ-CP',
      article: null,
      date: '2018-04-23',
    });
  });
});

describe('formProblems', () => {
  it('applies the domain rules per type', () => {
    const twoCorrect = base({ options: [{ text: 'A', isCorrect: true }, { text: 'B', isCorrect: true }] });
    expect(formProblems({ ...twoCorrect, type: 'single_choice' }, { requireBank: true })).toEqual([{ slot: 'options', code: 'CORRECT_COUNT' }]);
    expect(formProblems({ ...twoCorrect, type: 'multiple_choice' }, { requireBank: true })).toEqual([]);
    expect(formProblems(base({ type: 'true_false' }), { requireBank: true })).toEqual([{ slot: 'trueFalse', code: 'CORRECT_COUNT' }]);
    expect(formProblems(base({ type: 'short_text' }), { requireBank: true })).toEqual([{ slot: 'acceptedAnswers', code: 'ACCEPTED_ANSWERS_REQUIRED' }]);
    expect(formProblems(base({ type: 'essay', topic: '', points: '0' }), { requireBank: true })).toEqual([
      { slot: 'topic', code: 'REQUIRED' },
      { slot: 'points', code: 'POINTS_RANGE' },
    ]);
  });

  it('asks for the document when only the article of the source is given', () => {
    expect(formProblems(base({ type: 'essay', source: { document: '', article: 'Điều 3', date: '' } }), { requireBank: false })).toEqual([
      { slot: 'source.document', code: 'REQUIRED' },
    ]);
  });
});

describe('questionToForm', () => {
  it('reads back a stored question', () => {
    const values = questionToForm(aQuestion({ tags: ['một cửa', 'liên thông'] }));
    expect(values).toMatchObject({ type: 'single_choice', topic: 'organization', points: '1', tags: 'một cửa, liên thông' });
    expect(values.options).toEqual([
      { text: 'Sở Nội vụ', isCorrect: true },
      { text: 'Sở Tư pháp', isCorrect: false },
    ]);
  });

  it('finds the correct true/false answer whatever its spelling', () => {
    const question = aQuestion({ type: 'true_false', options: [{ id: 'a', text: 'Đúng', isCorrect: false }, { id: 'b', text: 'sai', isCorrect: true }] });
    expect(questionToForm(question).trueFalseCorrect).toBe('1');
  });
});
