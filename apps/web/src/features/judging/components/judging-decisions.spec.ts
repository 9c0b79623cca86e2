import { appealDecisionProblems, rekeyModeOf, rekeyOptions, toAppealDecision, type AppealDecisionValues } from './appeal-decision';
import { flagDecisionProblems, toFlagDecision } from './flag-decision';

describe('flag decisions', () => {
  it('need a choice and a reason of 5 to 2000 characters', () => {
    expect(flagDecisionProblems({ choice: '', reason: '' })).toEqual({ choice: 'DECISION_REQUIRED', reason: 'REASON_REQUIRED' });
    expect(flagDecisionProblems({ choice: 'dismiss', reason: ' ok ' })).toEqual({ reason: 'REASON_TOO_SHORT' });
    expect(flagDecisionProblems({ choice: 'dismiss', reason: 'x'.repeat(2001) })).toEqual({ reason: 'REASON_TOO_LONG' });
    expect(flagDecisionProblems({ choice: 'uphold_entrant', reason: 'Cùng một người.' })).toEqual({});
  });

  it('send the scope only when upholding', () => {
    expect(toFlagDecision({ choice: 'dismiss', reason: ' Mạng cơ quan. ' })).toEqual({ decision: 'dismiss', reason: 'Mạng cơ quan.' });
    expect(toFlagDecision({ choice: 'uphold_attempt', reason: 'Quá nhanh.' })).toEqual({ decision: 'uphold', scope: 'attempt', reason: 'Quá nhanh.' });
    expect(toFlagDecision({ choice: 'uphold_entrant', reason: 'Hai tài khoản.' })).toEqual({ decision: 'uphold', scope: 'entrant', reason: 'Hai tài khoản.' });
  });
});

describe('appeal decisions', () => {
  const options = [
    { optionId: 'o1', text: 'A', correct: true },
    { optionId: 'o2', text: 'B', correct: false },
  ];
  const values = (overrides: Partial<AppealDecisionValues>): AppealDecisionValues => ({
    decision: 'rejected',
    response: 'Đáp án đúng theo Nghị định 61/2018.',
    correctOptionIds: [],
    acceptedAnswers: '',
    ...overrides,
  });

  it('correct a key the way the question type asks, and never an essay’s', () => {
    expect(rekeyModeOf('single_choice', 3)).toBe('single');
    expect(rekeyModeOf('true_false', 2)).toBe('single');
    expect(rekeyModeOf('multiple_choice', 4)).toBe('multiple');
    expect(rekeyModeOf('short_text', 0)).toBe('text');
    expect(rekeyModeOf('essay', 0)).toBe('none');
    expect(rekeyModeOf(undefined, 3)).toBe('multiple');
    expect(rekeyModeOf(undefined, 0)).toBe('text');
  });

  it('take the options with the key from the item analysis, else from the question', () => {
    expect(rekeyOptions(undefined, [{ optionId: 'o1', text: 'A', correct: true, count: 4 }])).toEqual([{ optionId: 'o1', text: 'A', correct: true }]);
    expect(rekeyOptions({ options: [{ id: 'o1', text: 'A' }] }, [])).toEqual([{ optionId: 'o1', text: 'A', correct: false }]);
  });

  it('need a decision and an answer for the entrant', () => {
    expect(appealDecisionProblems(values({ decision: '', response: '' }), 'single')).toEqual({ decision: 'DECISION_REQUIRED', response: 'RESPONSE_REQUIRED' });
    expect(appealDecisionProblems(values({ response: 'Sai' }), 'single')).toEqual({ response: 'RESPONSE_TOO_SHORT' });
    expect(appealDecisionProblems(values({ decision: 'rekey', response: 'Sửa đáp án.' }), 'none')).toEqual({ decision: 'DECISION_REQUIRED' });
    expect(appealDecisionProblems(values({}), 'single')).toEqual({});
  });

  it('need the new key when re-keying: options for a choice question, answers for a short-text one', () => {
    expect(appealDecisionProblems(values({ decision: 'rekey' }), 'multiple')).toEqual({ rekey: 'OPTIONS_REQUIRED' });
    expect(appealDecisionProblems(values({ decision: 'rekey', acceptedAnswers: ' \n ' }), 'text')).toEqual({ rekey: 'ANSWERS_REQUIRED' });
    expect(appealDecisionProblems(values({ decision: 'rekey', correctOptionIds: ['o2'] }), 'single')).toEqual({});
  });

  it('send a key only with rekey: options in the question’s order, one for a single choice, or accepted answers', () => {
    expect(toAppealDecision({ ...values({}), decision: 'void_credit' }, 'single', options)).toEqual({ decision: 'void_credit', response: 'Đáp án đúng theo Nghị định 61/2018.' });
    expect(toAppealDecision({ ...values({ correctOptionIds: ['o2', 'o1'] }), decision: 'rekey' }, 'multiple', options)).toMatchObject({ correctOptionIds: ['o1', 'o2'] });
    expect(toAppealDecision({ ...values({ correctOptionIds: ['o2'] }), decision: 'rekey' }, 'single', options)).toMatchObject({ correctOptionIds: ['o2'] });
    expect(toAppealDecision({ ...values({ acceptedAnswers: 'Một cửa\n\n một cửa liên thông ' }), decision: 'rekey' }, 'text', [])).toMatchObject({
      acceptedAnswers: ['Một cửa', 'một cửa liên thông'],
    });
  });
});
