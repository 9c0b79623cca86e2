import { aContest } from '../../../testing/contest-fixtures';
import {
  blockingProblems,
  contestFormProblems,
  contestSlotOf,
  contestToForm,
  emptyContestForm,
  toContestInput,
  type ContestFormValues,
} from './contest-form-values';
import { setLinkIncluded } from './tie-break-chain';

const filled = (): ContestFormValues => ({ ...emptyContestForm(), title: 'Cuộc thi tìm hiểu CCHC 2018', rules: '1. Thể lệ.' });
const problems = (values: ContestFormValues) => contestFormProblems(values).map((p) => `${p.slot}:${p.code}:${p.kind}`);

describe('contest editor values', () => {
  it('start with both blocks, the default chain and the usual prizes', () => {
    expect(toContestInput(filled())).toEqual({
      title: 'Cuộc thi tìm hiểu CCHC 2018',
      description: null,
      rules: '1. Thể lệ.',
      categories: ['civil_servant', 'citizen'],
      tieBreaks: ['score', 'prediction', 'duration', 'submitted_at'],
      prizeTiers: [
        { kind: 'first', count: 1 },
        { kind: 'second', count: 2 },
        { kind: 'third', count: 3 },
        { kind: 'consolation', count: 10 },
      ],
      shortenNames: false,
      approvalsRequired: 1,
      onePrizePerPerson: false,
      collectiveMinRate: 0,
      collectivePrizeCount: 3,
    });
  });

  it('send the jury’s approvals and the collective prize rules, the rate as a 0–1 share of the percentage typed', () => {
    const values: ContestFormValues = { ...filled(), approvalsRequired: ' 3 ', onePrizePerPerson: true, collectiveMinPercent: '12,34', collectivePrizeCount: '5' };
    expect(toContestInput(values)).toMatchObject({ approvalsRequired: 3, onePrizePerPerson: true, collectiveMinRate: 0.1234, collectivePrizeCount: 5 });
  });

  it('send text the way the API stores it and leave out prize tiers of none', () => {
    const values: ContestFormValues = {
      ...filled(),
      title: '  Cuộc thi   2018 ',
      description: '  Giới thiệu  \n\n\n\nngắn ',
      categories: ['citizen'],
      prizes: { first: '1', second: '0', third: '', consolation: '5' },
    };
    expect(toContestInput(values)).toMatchObject({
      title: 'Cuộc thi 2018',
      description: 'Giới thiệu\n\nngắn',
      categories: ['citizen'],
      prizeTiers: [
        { kind: 'first', count: 1 },
        { kind: 'consolation', count: 5 },
      ],
    });
  });

  it('give back what a stored contest holds', () => {
    const contest = aContest({
      tieBreaks: ['score', 'duration'],
      categories: ['citizen'],
      shortenNames: true,
      approvalsRequired: 2,
      onePrizePerPerson: true,
      collectiveMinRate: 0.125,
      collectivePrizeCount: 5,
    });
    const values = contestToForm(contest);
    expect(values.prizes).toEqual({ first: '1', second: '0', third: '0', consolation: '10' });
    expect(values).toMatchObject({ approvalsRequired: '2', onePrizePerPerson: true, collectiveMinPercent: '12,5', collectivePrizeCount: '5' });
    expect(toContestInput(values)).toEqual({
      title: contest.title,
      description: null,
      rules: contest.rules,
      categories: ['citizen'],
      tieBreaks: ['score', 'duration'],
      prizeTiers: contest.prizeTiers,
      shortenNames: true,
      approvalsRequired: 2,
      onePrizePerPerson: true,
      collectiveMinRate: 0.125,
      collectivePrizeCount: 5,
    });
  });
});

describe('contest editor validation', () => {
  it('finds nothing wrong with a complete contest', () => {
    expect(problems(filled())).toEqual([]);
  });

  it('checks the title, the rules and the prize counts as the API does', () => {
    expect(problems({ ...filled(), title: ' ', rules: '' })).toEqual(['title:REQUIRED:format', 'rules:REQUIRED:format']);
    expect(problems({ ...filled(), title: 'CT' })).toEqual(['title:TOO_SHORT:format']);
    expect(problems({ ...filled(), title: 'x'.repeat(301) })).toEqual(['title:TOO_LONG:format']);
    expect(problems({ ...filled(), prizes: { first: '1,5', second: '-2', third: '1001', consolation: '' } })).toEqual([
      'prizes.first:INVALID_VALUE:format',
      'prizes.second:INVALID_VALUE:format',
      'prizes.third:OUT_OF_RANGE:format',
    ]);
    expect(problems({ ...filled(), approvalsRequired: '0', collectiveMinPercent: '100,5', collectivePrizeCount: '101' })).toEqual([
      'approvalsRequired:OUT_OF_RANGE:format',
      'collectiveMinPercent:OUT_OF_RANGE:format',
      'collectivePrizeCount:OUT_OF_RANGE:format',
    ]);
    expect(problems({ ...filled(), approvalsRequired: '', collectiveMinPercent: '1,234', collectivePrizeCount: 'ba' })).toEqual([
      'approvalsRequired:INVALID_VALUE:format',
      'collectiveMinPercent:INVALID_VALUE:format',
      'collectivePrizeCount:INVALID_VALUE:format',
    ]);
  });

  it('uses the publishing rules for who may enter and the ranking chain', () => {
    const allOut = [0, 1, 2, 3].reduce((chain, i) => setLinkIncluded(chain, i, false), filled().chain);
    const found = contestFormProblems({ ...filled(), categories: [], chain: allOut });
    expect(found.map((p) => `${p.slot}:${p.code}:${p.kind}`)).toEqual(['categories:NO_CATEGORIES:publish', 'tieBreaks:TIE_BREAKS_INVALID:publish']);
    // A draft may be saved so; a published contest must stay publishable.
    expect(blockingProblems(found, 'draft')).toEqual([]);
    expect(blockingProblems(found, null)).toEqual([]);
    expect(blockingProblems(found, 'published')).toHaveLength(2);
  });

  it('puts the API’s field paths on the form', () => {
    const input = toContestInput(filled());
    expect(contestSlotOf('categories', input)).toBe('categories');
    expect(contestSlotOf('tieBreaks.1', input)).toBe('tieBreaks');
    expect(contestSlotOf('prizeTiers.2.count', input)).toBe('prizes.third');
    expect(contestSlotOf('rounds.0.closesAt', input)).toBeNull();
    expect(contestSlotOf('approvalsRequired', input)).toBe('approvalsRequired');
    expect(contestSlotOf('collectiveMinRate', input)).toBe('collectiveMinPercent');
  });
});
