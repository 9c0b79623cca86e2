import { renderHook } from '@testing-library/react';
import { useFocusLossReport } from './use-focus-loss-report';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('focus loss report during an attempt', () => {
  let clock = 0;
  const now = () => clock;

  afterEach(() => {
    setVisibility('visible');
    clock = 0;
  });

  it('reports when the page is hidden, not when it comes back, at most once per throttle window', () => {
    const report = vi.fn().mockResolvedValue(undefined);
    renderHook(() => useFocusLossReport('a-1', { report, now, throttleMs: 10_000 }));
    setVisibility('hidden');
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('a-1');
    setVisibility('visible');
    clock = 3_000;
    setVisibility('hidden');
    expect(report).toHaveBeenCalledTimes(1);
    clock = 12_000;
    setVisibility('visible');
    setVisibility('hidden');
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('swallows a failed report: the entrant is never disturbed', async () => {
    const report = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    renderHook(() => useFocusLossReport('a-1', { report, now }));
    setVisibility('hidden');
    await Promise.resolve();
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('stays quiet once disabled or unmounted', () => {
    const report = vi.fn().mockResolvedValue(undefined);
    const { rerender, unmount } = renderHook(({ enabled }) => useFocusLossReport('a-1', { report, now, enabled }), { initialProps: { enabled: false } });
    setVisibility('hidden');
    expect(report).not.toHaveBeenCalled();
    setVisibility('visible');
    rerender({ enabled: true });
    unmount();
    setVisibility('hidden');
    expect(report).not.toHaveBeenCalled();
  });
});
