import { DEVICE_ID_PATTERN, getDeviceId, newDeviceId } from './device-id';

describe('device id', () => {
  afterEach(() => localStorage.clear());

  it('is made once, kept in localStorage and in the form the API accepts', () => {
    const first = getDeviceId();
    expect(first).toMatch(DEVICE_ID_PATTERN);
    expect(localStorage.getItem('reformquiz.deviceId')).toBe(first);
    expect(getDeviceId()).toBe(first);
  });

  it('replaces a stored value the API would ignore', () => {
    localStorage.setItem('reformquiz.deviceId', 'bad id!');
    expect(getDeviceId()).toMatch(DEVICE_ID_PATTERN);
    expect(localStorage.getItem('reformquiz.deviceId')).not.toBe('bad id!');
  });

  it('works without randomUUID (plain HTTP) and without storage (private browsing)', () => {
    const id = newDeviceId({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => array });
    expect(id).toMatch(DEVICE_ID_PATTERN);
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => undefined,
    };
    const once = getDeviceId(blocked);
    expect(once).toMatch(DEVICE_ID_PATTERN);
    expect(getDeviceId(blocked)).toBe(once);
  });
});
