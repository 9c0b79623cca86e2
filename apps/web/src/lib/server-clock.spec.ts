import { jsonResponse } from '../testing/render-with-providers';
import { ServerClock, serverClock, syncServerClock } from './server-clock';

const HOUR = 3_600_000;
const SERVER_NOW = Date.parse('2018-05-07T01:00:00.000Z');

describe('ServerClock', () => {
  it('reads the server time through a device clock that is hours wrong', () => {
    let device = SERVER_NOW - 3 * HOUR; // the phone is three hours behind
    const clock = new ServerClock(() => device);
    // Sent at device time d, answered 400 ms later; the server read its clock half-way.
    clock.observe(new Date(SERVER_NOW).toISOString(), device - 400, device);
    expect(clock.offsetMs).toBe(3 * HOUR + 200);
    expect(clock.now()).toBe(SERVER_NOW + 200);
    device += 61_000;
    expect(clock.now()).toBe(SERVER_NOW + 200 + 61_000);
  });

  it('keeps the sample with the shortest round trip, the most precise one', () => {
    const clock = new ServerClock(() => 0);
    clock.observe(new Date(10_000).toISOString(), 0, 2_000); // offset 9 000 ± 1 000
    clock.observe(new Date(10_150).toISOString(), 0, 200); // offset 10 050 ± 100: better
    expect(clock.offsetMs).toBe(10_050);
    clock.observe(new Date(10_800).toISOString(), 0, 1_500); // worse and consistent: ignored
    expect(clock.offsetMs).toBe(10_050);
  });

  it('takes a sample that contradicts the current one: the device clock was changed', () => {
    const clock = new ServerClock(() => 0);
    clock.observe(new Date(10_000).toISOString(), 0, 100);
    // The entrant set the phone's clock back an hour: every later sample is an hour off.
    clock.observe(new Date(10_000 + HOUR).toISOString(), 0, 600);
    expect(clock.offsetMs).toBe(HOUR + 10_000 - 300);
  });

  it('measures the offset from /health once, for every caller together', async () => {
    serverClock.reset();
    const fetchMock = vi.fn(async () => jsonResponse({ status: 'ok', serverNow: new Date(Date.now() + 5 * HOUR).toISOString() }));
    vi.stubGlobal('fetch', fetchMock);
    await Promise.all([syncServerClock(), syncServerClock()]);
    await syncServerClock();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('/api/v1/health');
    expect(Math.abs(serverClock.now() - (Date.now() + 5 * HOUR))).toBeLessThan(1_000);
    vi.unstubAllGlobals();
    serverClock.reset();
  });
});
