import { aRound } from '../../../testing/contest-fixtures';
import {
  DEFAULT_PREDICTION_PROMPTS,
  blockingRoundProblems,
  newRoundForm,
  roundFormProblems,
  roundSlotOf,
  roundToForm,
  toRoundInput,
  type RoundFormValues,
} from './round-form-values';

// 03:00 on 7 May 2018 in Vietnam (20:00 UTC the day before).
const NOW = Date.parse('2018-05-06T20:00:00Z');
const available = new Map([
  ['procedures/easy', 2],
  ['general/medium', 10],
]);
const fresh = () => newRoundForm({ now: NOW, title: 'Đợt 1', bankId: 1, lastCloseAt: null });
const valid = (): RoundFormValues => ({ ...fresh(), blueprint: { 'procedures/easy': '2', 'general/medium': '8' } });
const problems = (values: RoundFormValues, counts: ReadonlyMap<string, number> | null = available) =>
  roundFormProblems(values, counts).map((p) => `${p.slot}:${p.code}:${p.kind}`);

describe('a new round', () => {
  it('starts as such contests usually run: 10 questions in 10 minutes, 3 attempts, best counts, shuffled, live board, 10 s grace', () => {
    const values = fresh();
    expect(values).toMatchObject({
      mode: 'self_paced',
      bankId: '1',
      timeLimitMinutes: '10',
      questionCount: '10',
      attemptsUnlimited: false,
      attemptsAllowed: '3',
      countedAttempt: 'best',
      shuffleQuestions: true,
      shuffleOptions: true,
      partialCredit: false,
      predictionKind: 'none',
      leaderboardVisibility: 'live',
      practice: false,
      graceSeconds: '10',
    });
    // A week from 08:00 tomorrow, Vietnam time.
    expect([values.opensAt, values.closesAt]).toEqual(['2018-05-08T08:00', '2018-05-15T08:00']);
  });

  it('opens when the contest’s last round closes, if that is later', () => {
    const values = newRoundForm({ now: NOW, title: 'Đợt 2', bankId: null, lastCloseAt: '2018-05-20T16:59:00.000Z' });
    expect([values.opensAt, values.closesAt, values.bankId]).toEqual(['2018-05-20T23:59', '2018-05-27T23:59', '']);
  });
});

describe('the round body sent to the API', () => {
  it('turns Vietnam-local times into ISO instants and minutes into seconds', () => {
    const input = toRoundInput({ ...valid(), opensAt: '2018-05-08T08:00', closesAt: '2018-05-14T23:59', timeLimitMinutes: '1,5', title: '  Tuần   1 ' });
    expect(input).toEqual({
      title: 'Tuần 1',
      mode: 'self_paced',
      bankId: 1,
      opensAt: '2018-05-08T01:00:00.000Z',
      closesAt: '2018-05-14T16:59:00.000Z',
      timeLimitSeconds: 90,
      questionCount: 10,
      blueprint: [
        { topic: 'procedures', difficulty: 'easy', count: 2 },
        { topic: 'general', difficulty: 'medium', count: 8 },
      ],
      attemptsAllowed: 3,
      countedAttempt: 'best',
      shuffleQuestions: true,
      shuffleOptions: true,
      partialCredit: false,
      prediction: null,
      leaderboardVisibility: 'live',
      freezeMinutes: 0,
      practice: false,
      graceSeconds: 10,
      questionSeconds: 20,
      speedScoring: true,
      essayJudges: 1,
      essayMargin: 1,
      appealDays: 3,
    });
  });

  it('sends the essay judges, their margin (decimal comma) and the appeal days; a hidden margin falls back to the default', () => {
    expect(toRoundInput({ ...valid(), essayJudges: '2', essayMargin: '0,5', appealDays: '7' })).toMatchObject({ essayJudges: 2, essayMargin: 0.5, appealDays: 7 });
    expect(toRoundInput({ ...valid(), essayJudges: '1', essayMargin: 'x' })).toMatchObject({ essayJudges: 1, essayMargin: 1 });
  });

  it('sends no attempt limit for a practice round or "unlimited", no time per attempt for a live one, the prompt with its kind', () => {
    expect(toRoundInput({ ...valid(), practice: true }).attemptsAllowed).toBeNull();
    expect(toRoundInput({ ...valid(), attemptsUnlimited: true }).attemptsAllowed).toBeNull();
    expect(toRoundInput({ ...valid(), mode: 'live', questionSeconds: '15', speedScoring: false })).toMatchObject({
      timeLimitSeconds: 0,
      questionSeconds: 15,
      speedScoring: false,
    });
    expect(toRoundInput({ ...valid(), predictionKind: 'entrant_count', predictionPrompt: DEFAULT_PREDICTION_PROMPTS.entrant_count }).prediction).toEqual({
      kind: 'entrant_count',
      prompt: 'Theo bạn, đợt thi này có bao nhiêu người tham gia?',
    });
    expect(toRoundInput({ ...valid(), leaderboardVisibility: 'frozen', freezeMinutes: '30' }).freezeMinutes).toBe(30);
  });

  it('gives back what a stored round holds', () => {
    const round = aRound({
      timeLimitSeconds: 90,
      attemptsAllowed: null,
      leaderboardVisibility: 'frozen',
      freezeMinutes: 45,
      essayJudges: 2,
      essayMargin: 1.5,
      appealDays: 0,
    });
    const values = roundToForm(round);
    expect(values).toMatchObject({
      opensAt: '2018-05-07T08:00',
      closesAt: '2018-05-14T08:00',
      timeLimitMinutes: '1.5',
      attemptsUnlimited: true,
      freezeMinutes: '45',
      essayJudges: '2',
      essayMargin: '1,5',
      appealDays: '0',
    });
    const { id, contestId, position, phase, ...input } = round;
    expect([id, contestId, position, phase]).toBeTruthy();
    expect(toRoundInput(values)).toEqual(input);
  });
});

describe('round checks, by the server’s rules', () => {
  it('find nothing in a workable round', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('want the window to close after it opens (a publishing check)', () => {
    expect(problems({ ...valid(), closesAt: '2018-05-08T07:00' })).toEqual(['closesAt:WINDOW_INVALID:publish']);
    expect(problems({ ...valid(), closesAt: '2018-02-31T07:00' })).toEqual(['closesAt:DATE_INVALID:format']);
  });

  it('want the blueprint to add up to the question count', () => {
    expect(problems({ ...valid(), questionCount: '12' })).toEqual(['blueprint:BLUEPRINT_SUM:publish']);
  });

  it('flag each cell asking more than the bank has approved — once the counts are known', () => {
    const values = { ...valid(), blueprint: { 'procedures/easy': '3', 'general/medium': '6', 'general/hard': '1' } };
    expect(problems(values)).toEqual(['blueprint.procedures/easy:BLUEPRINT_SHORT:publish', 'blueprint.general/hard:BLUEPRINT_SHORT:publish']);
    expect(problems(values, null)).toEqual([]);
  });

  it('refuse a prediction on a practice round, which is never ranked', () => {
    expect(problems({ ...valid(), practice: true, predictionKind: 'perfect_count', predictionPrompt: DEFAULT_PREDICTION_PROMPTS.perfect_count })).toEqual([
      'prediction:PREDICTION_UNUSED:publish',
    ]);
  });

  it('check what the API validates, and skip the publishing check that a format problem already explains', () => {
    const values: RoundFormValues = {
      ...valid(),
      title: 'A',
      bankId: '',
      timeLimitMinutes: '',
      questionCount: '0',
      attemptsAllowed: '0',
      graceSeconds: '121',
      predictionKind: 'perfect_count',
      predictionPrompt: 'Bao?',
      leaderboardVisibility: 'frozen',
      freezeMinutes: '',
      blueprint: { 'procedures/easy': 'hai' },
    };
    expect(problems(values, null)).toEqual([
      'title:TOO_SHORT:format',
      'bankId:REQUIRED:format',
      'timeLimitMinutes:REQUIRED:format',
      'questionCount:OUT_OF_RANGE:format',
      'blueprint.procedures/easy:INVALID_VALUE:format',
      'attemptsAllowed:OUT_OF_RANGE:format',
      'predictionPrompt:TOO_SHORT:format',
      'freezeMinutes:INVALID_VALUE:format',
      'graceSeconds:OUT_OF_RANGE:format',
    ]);
    expect(problems({ ...valid(), timeLimitMinutes: '0' })).toEqual(['timeLimitMinutes:TIME_LIMIT_INVALID:publish']);
  });

  it('check the essay margin only with two judges, and the appeal days against the API’s range', () => {
    expect(problems({ ...valid(), essayJudges: '1', essayMargin: '' })).toEqual([]);
    expect(problems({ ...valid(), essayJudges: '2', essayMargin: '0,125', appealDays: '61' })).toEqual([
      'essayMargin:INVALID_VALUE:format',
      'appealDays:OUT_OF_RANGE:format',
    ]);
    expect(problems({ ...valid(), essayJudges: '2', essayMargin: '101', appealDays: '' })).toEqual(['essayMargin:OUT_OF_RANGE:format', 'appealDays:INVALID_VALUE:format']);
  });

  it('let a draft save with publishing problems, not a published contest', () => {
    const found = roundFormProblems({ ...valid(), questionCount: '12', title: '' }, available);
    expect(blockingRoundProblems(found, 'draft').map((p) => p.slot)).toEqual(['title']);
    expect(blockingRoundProblems(found, 'published').map((p) => p.slot)).toEqual(['title', 'blueprint']);
  });
});

describe('the API’s field paths on the round form', () => {
  const sent = toRoundInput(valid());
  it.each([
    ['closesAt', 'closesAt'],
    ['rounds.2.closesAt', 'closesAt'],
    ['timeLimitSeconds', 'timeLimitMinutes'],
    ['blueprint', 'blueprint'],
    ['blueprint.1', 'blueprint.general/medium'],
    ['rounds.0.blueprint.0', 'blueprint.procedures/easy'],
    ['blueprint.1.count', 'blueprint.general/medium'],
    ['blueprint.7', 'blueprint'],
    ['prediction', 'prediction'],
    ['prediction.prompt', 'predictionPrompt'],
    ['graceSeconds', 'graceSeconds'],
    ['somethingElse', null],
  ])('%s → %s', (field, slot) => {
    expect(roundSlotOf(field, sent)).toBe(slot);
  });
});
