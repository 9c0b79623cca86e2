import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../../i18n/i18n';
import { serverClock } from '../../../lib/server-clock';
import { CountdownBar } from '../components/countdown-bar';
import { crossedThreshold, useAttemptCountdown } from './use-attempt-countdown';

const SERVER_NOW = Date.parse('2018-05-07T01:00:00.000Z');
const DEADLINE = new Date(SERVER_NOW + 10 * 60_000).toISOString(); // ten minutes to go, by the server

function Countdown({ onExpire }: { onExpire: () => void }) {
  const countdown = useAttemptCountdown({ deadlineAt: DEADLINE, onExpire });
  return <CountdownBar remainingMs={countdown.remainingMs} announcement={countdown.announcement} answered={0} total={10} />;
}

const shown = () => screen.getByTestId('countdown').textContent;
const announced = () => screen.getByTestId('countdown-announcement').textContent;

describe('attempt countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    serverClock.reset();
  });

  afterEach(() => {
    vi.useRealTimers();
    serverClock.reset();
  });

  it('counts down by the server clock even when the phone is hours off, announces 5 min, 1 min, 10 s, and expires once at zero', async () => {
    // The phone's clock is 3 hours and 17 seconds behind; the attempt's response told us the server time.
    const device = SERVER_NOW - 3 * 3_600_000 - 17_000;
    vi.setSystemTime(device);
    serverClock.observe(new Date(SERVER_NOW).toISOString(), device, device);
    const onExpire = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <Countdown onExpire={onExpire} />
      </I18nextProvider>,
    );
    expect(shown()).toBe('10:00');
    expect(announced()).toBe('');

    // Ticks land just after each whole server second.
    await act(() => vi.advanceTimersByTimeAsync(4 * 60_000 + 30_000 + 10));
    expect(shown()).toBe('05:30');
    expect(announced()).toBe(''); // not every second, not every minute

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(shown()).toBe('05:00');
    expect(announced()).toBe('Còn 5 phút làm bài.');

    await act(() => vi.advanceTimersByTimeAsync(4 * 60_000));
    expect(shown()).toBe('01:00');
    expect(announced()).toBe('Còn 1 phút làm bài.');
    expect(screen.queryByText('Sắp hết giờ')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    // Under a minute: the warning says so in words, not only in colour.
    expect(screen.getByText('Sắp hết giờ')).toBeTruthy();
    expect(screen.getByTestId('countdown').getAttribute('data-warning')).toBe('true');

    await act(() => vi.advanceTimersByTimeAsync(49_000));
    expect(shown()).toBe('00:10');
    expect(announced()).toBe('Còn 10 giây làm bài.');

    await act(() => vi.advanceTimersByTimeAsync(9_000));
    expect(shown()).toBe('00:01');
    expect(onExpire).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1_100));
    expect(shown()).toBe('00:00');
    expect(onExpire).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('shows the time really left on resume and does not announce a threshold already passed', async () => {
    const device = SERVER_NOW + 2 * 3_600_000; // this phone is two hours ahead
    vi.setSystemTime(device);
    // Resumed with 3 minutes left.
    serverClock.observe(new Date(SERVER_NOW + 7 * 60_000).toISOString(), device, device);
    render(
      <I18nextProvider i18n={i18n}>
        <Countdown onExpire={() => undefined} />
      </I18nextProvider>,
    );
    expect(shown()).toBe('03:00');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(announced()).toBe('');
  });

  it('names the lowest threshold crossed when a sleeping phone jumps past several', () => {
    expect(crossedThreshold(6 * 60_000, 40_000)).toBe(60_000);
    expect(crossedThreshold(301_000, 300_000)).toBe(300_000);
    expect(crossedThreshold(299_000, 298_000)).toBeNull();
  });
});
