/**
 * A random id for this browser, sent as `X-Device-Id` with every API call so
 * the jury can see several accounts used from one device (product rule 6).
 * It identifies nothing but the browser's storage: clearing it makes a new one.
 */
const STORAGE_KEY = 'reformquiz.deviceId';

/** What the API accepts; anything else it ignores. */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** A UUID where the browser offers one; `crypto.randomUUID` exists only on HTTPS and localhost, getRandomValues everywhere. */
export function newDeviceId(source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let memory: string | null = null;

/** The id kept in localStorage, made on first use. Blocked storage (private browsing) keeps one for this visit only. */
export function getDeviceId(storage?: Pick<Storage, 'getItem' | 'setItem'>): string {
  try {
    // Reading window.localStorage itself throws where storage is blocked.
    storage ??= globalThis.localStorage;
    const stored = storage?.getItem(STORAGE_KEY) ?? null;
    if (stored !== null && DEVICE_ID_PATTERN.test(stored)) return stored;
    const id = memory ?? newDeviceId();
    storage?.setItem(STORAGE_KEY, id);
    memory = id;
    return id;
  } catch {
    memory ??= newDeviceId();
    return memory;
  }
}
