import { ErrorCodes, type SessionResponse } from '@reform-quiz/contracts';
import { ApiError, NetworkError, toApiError } from './api-error';
import { getDeviceId } from './device-id';
import { SessionStore } from './session-store';

/** The API is served from the same origin as the app (Vite proxies it in development). */
export const API_BASE_URL = '/api/v1';

/** 401 codes that a fresh access token can cure. */
const REFRESHABLE_CODES = new Set<string>([ErrorCodes.TOKEN_EXPIRED, ErrorCodes.UNAUTHENTICATED]);

/** Refresh this long before the access token expires (or a fifth of its lifetime when shorter). */
const REFRESH_LEAD_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;
const RETRY_SCHEDULED_REFRESH_MS = 30_000;
const MAX_TIMER_MS = 2_147_483_647;

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON, except FormData, which goes as multipart/form-data (file uploads). */
  body?: unknown;
  signal?: AbortSignal;
  /** Send the access token (default). Public auth calls turn it off. */
  auth?: boolean;
}

/** A file the API sent (an export, a template), fetched with the access token a plain link would lack. */
export interface DownloadedFile {
  blob: Blob;
  /** The Content-Disposition header, which names the file (see save-file.ts). */
  contentDisposition: string | null;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface SendOptions extends RequestOptions {
  /** The Accept header; JSON unless a file is expected. */
  accept?: string;
}

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  delete<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  /** GETs a file as a Blob, with the same token handling as every other call. */
  download(path: string, options?: Omit<RequestOptions, 'body'>): Promise<DownloadedFile>;
  /** Keeps the session from login or registration and schedules its refresh. */
  startSession(session: SessionResponse): void;
  /** Trades the refresh cookie for a new access token. Concurrent callers share one request. */
  refreshSession(): Promise<boolean>;
  /** Called once at start-up: a valid refresh cookie signs the user back in. */
  restoreSession(): Promise<void>;
  logout(): Promise<void>;
}

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

function isFormData(body: unknown): body is FormData {
  return typeof FormData !== 'undefined' && body instanceof FormData;
}

export function refreshDelayMs(expiresAt: string, now = Date.now()): number {
  const lifetime = Date.parse(expiresAt) - now;
  if (Number.isNaN(lifetime)) return MIN_REFRESH_DELAY_MS;
  const lead = Math.min(REFRESH_LEAD_MS, lifetime / 5);
  return Math.min(MAX_TIMER_MS, Math.max(MIN_REFRESH_DELAY_MS, lifetime - lead));
}

/**
 * `deviceId` gives the `X-Device-Id` header of every call (null: none): the
 * integrity checks compare it across accounts.
 */
export function createApiClient(store: SessionStore, baseUrl = API_BASE_URL, deviceId: () => string | null = getDeviceId): ApiClient {
  let refreshInFlight: Promise<boolean> | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;

  function cancelScheduledRefresh(): void {
    if (refreshTimer !== null) clearTimeout(refreshTimer);
    refreshTimer = null;
  }

  function scheduleRefresh(delayMs: number): void {
    cancelScheduledRefresh();
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      refreshSession().catch(() => {
        // Offline or server trouble: the token may still be good, try again soon.
        if (store.getState().status === 'authenticated') scheduleRefresh(RETRY_SCHEDULED_REFRESH_MS);
      });
    }, delayMs);
  }

  function startSession(session: SessionResponse): void {
    store.start(session);
    scheduleRefresh(refreshDelayMs(session.expiresAt));
  }

  function endSession(reason: 'logout' | 'expired' | 'revoked' | null): void {
    cancelScheduledRefresh();
    store.clear(reason);
  }

  async function send(method: HttpMethod, path: string, options: SendOptions, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
    const form = isFormData(options.body);
    // FormData: the browser writes the multipart Content-Type with its boundary; setting it here would break it.
    if (options.body !== undefined && !form) headers['Content-Type'] = 'application/json';
    if (token) headers['Authorization'] = `Bearer ${token}`;
    const device = deviceId();
    if (device) headers['X-Device-Id'] = device;
    try {
      return await fetch(buildUrl(baseUrl, path, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : form ? (options.body as FormData) : JSON.stringify(options.body),
        // The refresh cookie is HttpOnly and scoped by the server; the browser needs this to send and store it.
        credentials: 'include',
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
  }

  async function parse<T>(response: Response): Promise<T> {
    if (!response.ok) throw await toApiError(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  function refreshSession(): Promise<boolean> {
    refreshInFlight ??= (async () => {
      const hadSession = store.getState().status === 'authenticated';
      try {
        const response = await send('POST', '/auth/refresh', { body: {} }, null);
        if (response.ok) {
          startSession((await response.json()) as SessionResponse);
          return true;
        }
        const error = await toApiError(response);
        if (response.status >= 500 || error.code === ErrorCodes.RATE_LIMITED) throw error;
        // 401 REFRESH_TOKEN_INVALID / REFRESH_TOKEN_REUSED (or no cookie at all): signed out.
        endSession(hadSession ? 'expired' : null);
        return false;
      } finally {
        refreshInFlight = null;
      }
    })();
    return refreshInFlight;
  }

  /**
   * Sends with the access token; on an expired token, refreshes once and
   * retries. Returns the final answer, which may still be an HTTP error.
   */
  async function authorized(method: HttpMethod, path: string, options: SendOptions): Promise<Response> {
    const useAuth = options.auth !== false;
    const token = useAuth ? store.getAccessToken() : null;
    const response = await send(method, path, options, token);
    if (response.status === 403 && token) {
      const error = await toApiError(response);
      // An admin disabled this account while it was signed in.
      if (error.code === ErrorCodes.ACCOUNT_DISABLED) endSession('revoked');
      throw error;
    }
    if (response.status !== 401 || !token) return response;

    const error = await toApiError(response);
    if (error.code === ErrorCodes.SESSION_REVOKED) {
      endSession('revoked');
      throw error;
    }
    if (!REFRESHABLE_CODES.has(error.code)) throw error;

    // A concurrent request may have refreshed already while this one was in flight.
    const current = store.getAccessToken();
    const renewed = current !== null && current !== token ? true : await refreshSession();
    const fresh = store.getAccessToken();
    if (!renewed || !fresh) throw error;

    const retried = await send(method, path, options, fresh);
    if (retried.status === 401) {
      const retryError = await toApiError(retried);
      endSession(retryError.code === ErrorCodes.SESSION_REVOKED ? 'revoked' : 'expired');
      throw retryError;
    }
    return retried;
  }

  async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    return parse<T>(await authorized(method, path, options));
  }

  async function download(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<DownloadedFile> {
    const response = await authorized('GET', path, { ...options, accept: '*/*' });
    if (!response.ok) throw await toApiError(response);
    return { blob: await response.blob(), contentDisposition: response.headers.get('Content-Disposition') };
  }

  async function restoreSession(): Promise<void> {
    try {
      await refreshSession();
    } catch {
      // The server is unreachable: carry on signed out rather than spin forever.
      if (store.getState().status === 'restoring') endSession(null);
    }
  }

  async function logout(): Promise<void> {
    try {
      if (store.getAccessToken()) await request<void>('POST', '/auth/logout', { body: {} });
    } catch (error) {
      // Signing out locally must work offline too; the server session then just expires.
      if (!(error instanceof ApiError) && !(error instanceof NetworkError)) throw error;
    } finally {
      endSession('logout');
    }
  }

  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body: body ?? {} }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body: body ?? {} }),
    put: (path, body, options) => request('PUT', path, { ...options, body: body ?? {} }),
    delete: (path, options) => request('DELETE', path, options),
    download,
    startSession,
    refreshSession,
    restoreSession,
    logout,
  };
}

export const sessionStore = new SessionStore();
export const apiClient = createApiClient(sessionStore);
