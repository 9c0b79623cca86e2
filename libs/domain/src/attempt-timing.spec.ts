import { attemptDeadline, attemptDuration, timeLeftMs, windowPhase, withinGrace } from './attempt-timing';

const MIN = 60_000;

describe('attempt timing', () => {
  it.each([
    ['limit well inside the window', 0, 10 * MIN, 60 * MIN, 10 * MIN],
    ['capped at the round close', 55 * MIN, 10 * MIN, 60 * MIN, 60 * MIN],
    ['started at the last moment', 60 * MIN - 1, 10 * MIN, 60 * MIN, 60 * MIN],
  ])('deadline: %s', (_, start, limit, close, expected) => {
    expect(attemptDeadline(start, limit, close)).toBe(expected);
  });

  it.each([
    [1000, 1000, 0, true],
    [1000, 1000 + 10_000, 10_000, true],
    [1000, 1000 + 10_001, 10_000, false],
    [1000, 999, 0, true],
  ])('deadline %d, arriving %d, grace %d → counts %s', (deadline, now, grace, expected) => {
    expect(withinGrace(now, deadline, grace)).toBe(expected);
  });

  it('never reports negative time left or duration', () => {
    expect(timeLeftMs(5000, 3000)).toBe(0);
    expect(timeLeftMs(1000, 3000)).toBe(2000);
    expect(attemptDuration(1000, 500, 9000)).toBe(0);
  });

  it('counts duration to submission, or to the deadline for late finalisation', () => {
    expect(attemptDuration(1000, 4000, 9000)).toBe(3000);
    expect(attemptDuration(1000, 20_000, 9000)).toBe(8000);
  });

  it.each([
    [99, 'upcoming'],
    [100, 'open'],
    [199, 'open'],
    [200, 'closed'],
  ] as const)('window phase at %d', (now, phase) => {
    expect(windowPhase(now, 100, 200)).toBe(phase);
  });
});
