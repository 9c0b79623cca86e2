import { INTEGRITY_LIMITS, integrityFlags, type IntegrityAttempt, type IntegrityPerson } from './integrity';

const attempt = (over: Partial<IntegrityAttempt> & Pick<IntegrityAttempt, 'attemptId' | 'userId'>): IntegrityAttempt => ({
  deviceId: null,
  clientIp: null,
  clientAgent: null,
  durationMs: 300_000,
  answered: 10,
  focusLosses: 0,
  ...over,
});
const person = (userId: string, fullName = `Người ${userId}`, dateOfBirth: string | null = null, role = 'participant'): IntegrityPerson => ({ userId, fullName, dateOfBirth, role });

describe('integrityFlags', () => {
  it('raises nothing for independent, unhurried entrants', () => {
    const attempts = [
      attempt({ attemptId: 'a1', userId: 'u1', deviceId: 'd1', clientIp: '10.0.0.1', clientAgent: 'X' }),
      attempt({ attemptId: 'a2', userId: 'u2', deviceId: 'd2', clientIp: '10.0.0.1', clientAgent: 'X' }),
    ];
    expect(integrityFlags(1, attempts, [person('u1'), person('u2')])).toEqual([]);
  });

  it('flags every account sharing a device, naming the others', () => {
    const attempts = [
      attempt({ attemptId: 'a1', userId: 'u1', deviceId: 'd1' }),
      attempt({ attemptId: 'a2', userId: 'u2', deviceId: 'd1' }),
      attempt({ attemptId: 'a3', userId: 'u1', deviceId: 'd1' }),
    ];
    const flags = integrityFlags(7, attempts, [person('u1', 'Lê Văn A'), person('u2', 'Trần Thị B')]);
    expect(flags.map((f) => [f.kind, f.userId, f.evidence['others']])).toEqual([
      ['shared_device', 'u1', ['Trần Thị B']],
      ['shared_device', 'u2', ['Lê Văn A']],
    ]);
    expect(new Set(flags.map((f) => f.key)).size).toBe(2);
  });

  it('needs several accounts on one address and browser before flagging the network', () => {
    const on = (id: string) => attempt({ attemptId: `a${id}`, userId: `u${id}`, clientIp: '203.0.113.5', clientAgent: 'Mobile Safari' });
    const people = ['1', '2', '3'].map((id) => person(`u${id}`));
    expect(integrityFlags(1, [on('1'), on('2')], people)).toEqual([]);
    expect(integrityFlags(1, [on('1'), on('2'), on('3')], people).map((f) => f.kind)).toEqual(['shared_network', 'shared_network', 'shared_network']);
  });

  it('flags two accounts with the same name (accents and case aside) and date of birth', () => {
    const people = [person('u1', 'Nguyễn Văn An', '1990-01-02'), person('u2', 'nguyen van an', '1990-01-02'), person('u3', 'Nguyễn Văn An', '1991-01-02')];
    const flags = integrityFlags(
      1,
      ['u1', 'u2', 'u3'].map((u) => attempt({ attemptId: `a-${u}`, userId: u })),
      people,
    );
    expect(flags.map((f) => [f.kind, f.userId])).toEqual([
      ['same_identity', 'u1'],
      ['same_identity', 'u2'],
    ]);
  });

  it('flags answers faster than a person can read, and many focus losses', () => {
    const fast = attempt({ attemptId: 'a1', userId: 'u1', durationMs: 10 * (INTEGRITY_LIMITS.minMsPerAnswer - 1), answered: 10 });
    const justSo = attempt({ attemptId: 'a2', userId: 'u2', durationMs: 10 * INTEGRITY_LIMITS.minMsPerAnswer, answered: 10 });
    const blank = attempt({ attemptId: 'a3', userId: 'u3', durationMs: 1000, answered: 1 });
    const restless = attempt({ attemptId: 'a4', userId: 'u4', focusLosses: INTEGRITY_LIMITS.focusLosses });
    const flags = integrityFlags(
      1,
      [fast, justSo, blank, restless],
      ['u1', 'u2', 'u3', 'u4'].map((u) => person(u)),
    );
    expect(flags.map((f) => [f.kind, f.attemptId])).toEqual([
      ['too_fast', 'a1'],
      ['focus_loss', 'a4'],
    ]);
    expect(flags[0].evidence).toMatchObject({ msPerAnswer: INTEGRITY_LIMITS.minMsPerAnswer - 1 });
  });

  it('flags committee and jury members who entered', () => {
    const flags = integrityFlags(1, [attempt({ attemptId: 'a1', userId: 'j' })], [person('j', 'Giám khảo', null, 'judge')]);
    expect(flags).toEqual([{ key: 'staff_entered:1:j', kind: 'staff_entered', userId: 'j', attemptId: null, evidence: { role: 'judge' } }]);
  });
});
