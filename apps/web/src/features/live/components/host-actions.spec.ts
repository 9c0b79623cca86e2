import type { LivePhase } from '@reform-quiz/contracts';
import { liveVi } from '../../../i18n/live.vi';
import { hostSteps, type HostStep } from './host-actions';

/** The Vietnamese label a step shows. */
function label(step: HostStep | null): string | null {
  if (!step) return null;
  const [group, key] = step.label.split('.') as [keyof typeof liveVi, string];
  const text = (liveVi[group] as Record<string, string>)[key];
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(step.values?.[name]));
}

describe('host steps by phase', () => {
  const game = { questionCount: 3 };
  it.each<[LivePhase, number, string | null, string | null, string | null]>([
    ['lobby', -1, 'next', 'Mở câu hỏi 1', null],
    ['question', 0, 'close', 'Đóng câu hỏi sớm', null],
    ['closed', 0, 'reveal', 'Công bố đáp án', null],
    ['reveal', 0, 'next', 'Câu tiếp theo', 'Kết thúc và trao giải'],
    ['question', 2, 'close', 'Đóng câu hỏi sớm', null],
    ['reveal', 2, 'finish', 'Kết thúc và trao giải', null],
    ['podium', 2, null, null, null],
    ['ended', 2, null, null, null],
  ])('%s at question index %i: %s “%s”, beside it “%s”', (phase, index, command, primary, secondary) => {
    const steps = hostSteps({ ...game, index }, phase);
    expect(steps.primary?.command ?? null).toBe(command);
    expect(label(steps.primary)).toBe(primary);
    expect(label(steps.secondary)).toBe(secondary);
  });

  it('asks before finishing with questions left, not after the last one', () => {
    expect(hostSteps({ ...game, index: 0 }, 'reveal').secondary).toMatchObject({ command: 'finish', confirm: true });
    expect(hostSteps({ ...game, index: 2 }, 'reveal').primary?.confirm).toBeUndefined();
  });
});
