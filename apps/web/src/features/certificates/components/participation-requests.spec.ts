import type { AttemptSummary, CertificateSummary } from '@reform-quiz/contracts';
import { participatedContests } from './participation-requests';

const attempt = (id: string, contestId: number, overrides: Partial<AttemptSummary> = {}): AttemptSummary => ({
  id,
  roundId: 1,
  roundTitle: 'Tuần 1',
  contestId,
  contestTitle: `Cuộc thi ${contestId}`,
  number: 1,
  status: 'submitted',
  startedAt: '2018-05-07T01:00:00.000Z',
  submittedAt: '2018-05-07T01:05:00.000Z',
  result: null,
  practice: false,
  counted: true,
  ...overrides,
});

const certificate = (contestTitle: string, overrides: Partial<CertificateSummary> = {}): CertificateSummary => ({
  code: 'ABCD-EFGH-JK',
  kind: 'participation',
  contestTitle,
  roundTitle: null,
  prize: null,
  issuedAt: '2018-05-20T01:00:00.000Z',
  revoked: false,
  ...overrides,
});

describe('contests open to a participation certificate', () => {
  it('counts finished ranked attempts only, one line per contest, newest first', () => {
    const contests = participatedContests(
      [
        attempt('a', 1),
        attempt('b', 1, { submittedAt: '2018-05-14T01:00:00.000Z' }),
        attempt('c', 2, { submittedAt: '2018-05-10T01:00:00.000Z', status: 'expired' }),
        attempt('d', 3, { practice: true }),
        attempt('e', 4, { status: 'in_progress', submittedAt: null }),
      ],
      [],
    );
    expect(contests).toEqual([
      { contestId: 1, contestTitle: 'Cuộc thi 1', issued: false },
      { contestId: 2, contestTitle: 'Cuộc thi 2', issued: false },
    ]);
  });

  it('knows which already have one; a prize or a revoked certificate does not count', () => {
    const contests = participatedContests(
      [attempt('a', 1), attempt('b', 2), attempt('c', 3)],
      [certificate('Cuộc thi 1'), certificate('Cuộc thi 2', { kind: 'prize', prize: 'first' }), certificate('Cuộc thi 3', { revoked: true })],
    );
    expect(contests.map((c) => [c.contestId, c.issued])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });
});
