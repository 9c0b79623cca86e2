import type { Profile, SessionResponse } from '@reform-quiz/contracts';
import { jsonResponse, requestOf } from '../testing/render-with-providers';
import { buildUrl, createApiClient, refreshDelayMs } from './api-client';
import { ApiError, NetworkError, parseRetryAfter } from './api-error';
import { SessionStore } from './session-store';

const user: Profile = {
  id: 'u1',
  role: 'participant',
  fullName: 'Nguyễn Văn An',
  phone: '0905123456',
  email: null,
  nationalId: null,
  dateOfBirth: '1990-05-01',
  gender: 'male',
  category: 'citizen',
  unit: null,
  address: null,
  consentAt: null,
  createdAt: '2018-04-01T00:00:00Z',
};

function session(token: string, expiresInMs = 15 * 60_000): SessionResponse {
  return { accessToken: token, tokenType: 'Bearer', expiresAt: new Date(Date.now() + expiresInMs).toISOString(), user };
}

function errorResponse(status: number, code: string, headers: Record<string, string> = {}) {
  return jsonResponse({ error: { code, message: code } }, status, headers);
}

describe('api client', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let store: SessionStore;
  let client: ReturnType<typeof createApiClient>;

  beforeEach(() => {
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    store = new SessionStore('anonymous');
    client = createApiClient(store, '/api/v1');
  });

  afterEach(() => {
    // Cancels the refresh timer a started session schedules.
    store.clear();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  /** A server with one valid access token; /auth/refresh hands out `token-2`. */
  function serverAccepting(validToken: string, onRefresh = () => jsonResponse(session('token-2'))) {
    fetchMock.mockImplementation(async (url: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>)['Authorization'];
      if (url === '/api/v1/auth/refresh') return onRefresh();
      if (auth !== `Bearer ${validToken}`) return errorResponse(401, 'TOKEN_EXPIRED');
      return jsonResponse({ ok: true, url });
    });
  }

  it('sends the access token and parses JSON', async () => {
    client.startSession(session('token-1'));
    serverAccepting('token-1');
    await expect(client.get('/me')).resolves.toEqual({ ok: true, url: '/api/v1/me' });
    expect(requestOf(fetchMock.mock.calls[0]).authorization).toBe('Bearer token-1');
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ credentials: 'include' });
  });

  it('sends the browser’s device id with every call, signed in or not, for the integrity checks', async () => {
    fetchMock.mockImplementation(async () => jsonResponse({ ok: true }));
    await client.get('/contests');
    client.startSession(session('token-1'));
    await client.post('/attempts/a-1/events', { kind: 'focus_lost' });
    const sent = fetchMock.mock.calls.map(([, init]) => (init as RequestInit).headers as Record<string, string>);
    expect(sent[0]['X-Device-Id']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(sent[1]['X-Device-Id']).toBe(sent[0]['X-Device-Id']);
    expect(localStorage.getItem('reformquiz.deviceId')).toBe(sent[0]['X-Device-Id']);
  });

  it('leaves the header out when there is no device id', async () => {
    const bare = createApiClient(store, '/api/v1', () => null);
    fetchMock.mockResolvedValue(jsonResponse({ ok: true }));
    await bare.get('/contests');
    expect(Object.keys(fetchMock.mock.calls[0][1].headers as Record<string, string>)).not.toContain('X-Device-Id');
  });

  it('turns the error body into an ApiError with code, field details and Retry-After', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        { error: { code: 'VALIDATION_FAILED', message: 'bad', details: [{ field: 'phone', code: 'PHONE_INVALID', message: 'x' }] } },
        400,
        { 'Retry-After': '30' },
      ),
    );
    const error = await client.post('/auth/register', {}, { auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', retryAfterSeconds: 30 });
    expect((error as ApiError).details).toEqual([{ field: 'phone', code: 'PHONE_INVALID', message: 'x' }]);
  });

  it('maps an answer without the error body (a proxy page) by status', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(client.get('/health')).rejects.toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE' });
  });

  it('reports a dropped connection as NetworkError', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(client.get('/units')).rejects.toBeInstanceOf(NetworkError);
  });

  it('returns undefined for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(client.delete('/units/3')).resolves.toBeUndefined();
  });

  it('refreshes once on TOKEN_EXPIRED and retries with the new token', async () => {
    client.startSession(session('token-1'));
    serverAccepting('token-2');
    await expect(client.get('/me')).resolves.toEqual({ ok: true, url: '/api/v1/me' });
    const calls = fetchMock.mock.calls.map(requestOf);
    expect(calls.map((c) => `${c.method} ${c.url} ${c.authorization}`)).toEqual([
      'GET /api/v1/me Bearer token-1',
      'POST /api/v1/auth/refresh null',
      'GET /api/v1/me Bearer token-2',
    ]);
    expect(calls[1].body).toEqual({});
    expect(store.getAccessToken()).toBe('token-2');
  });

  it('shares one refresh between concurrent requests', async () => {
    client.startSession(session('token-1'));
    let releaseRefresh: () => void = () => undefined;
    serverAccepting('token-2', () => new Promise<Response>((resolve) => (releaseRefresh = () => resolve(jsonResponse(session('token-2'))))) as never);
    const pending = Promise.all([client.get('/me'), client.get('/units/tree'), client.get('/admin/users')]);
    await vi.waitFor(() => expect(fetchMock.mock.calls.filter((c) => c[0] === '/api/v1/auth/refresh')).toHaveLength(1));
    releaseRefresh();
    const results = await pending;
    expect(results).toHaveLength(3);
    expect(fetchMock.mock.calls.filter((c) => c[0] === '/api/v1/auth/refresh')).toHaveLength(1);
    const retries = fetchMock.mock.calls.map(requestOf).filter((c) => c.authorization === 'Bearer token-2');
    expect(retries.map((c) => c.url).sort()).toEqual(['/api/v1/admin/users', '/api/v1/me', '/api/v1/units/tree']);
  });

  it('does not refresh again when another request already renewed the token', async () => {
    client.startSession(session('token-1'));
    fetchMock.mockImplementation(async (url: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>)['Authorization'];
      if (auth === 'Bearer token-1') {
        // While this request was in flight, someone else refreshed.
        client.startSession(session('token-9'));
        return errorResponse(401, 'TOKEN_EXPIRED');
      }
      return jsonResponse({ url });
    });
    await client.get('/me');
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/v1/me', '/api/v1/me']);
    expect(requestOf(fetchMock.mock.calls[1]).authorization).toBe('Bearer token-9');
  });

  it('signs out when the refresh is refused, and does not retry', async () => {
    client.startSession(session('token-1'));
    serverAccepting('token-2', () => errorResponse(401, 'REFRESH_TOKEN_REUSED'));
    await expect(client.get('/me')).rejects.toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(store.getState()).toMatchObject({ status: 'anonymous', user: null, accessToken: null, endReason: 'expired' });
  });

  it('keeps the session when the refresh fails for server trouble', async () => {
    client.startSession(session('token-1'));
    serverAccepting('token-2', () => errorResponse(503, 'SERVICE_UNAVAILABLE'));
    await expect(client.get('/me')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(store.getState().status).toBe('authenticated');
  });

  it('does not refresh for other 401s (wrong password at login)', async () => {
    fetchMock.mockResolvedValue(errorResponse(401, 'INVALID_CREDENTIALS'));
    await expect(client.post('/auth/login', { login: 'a', password: 'b' }, { auth: false })).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('does not refresh when nobody is signed in', async () => {
    fetchMock.mockResolvedValue(errorResponse(401, 'UNAUTHENTICATED'));
    await expect(client.get('/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('signs out on SESSION_REVOKED without trying to refresh', async () => {
    client.startSession(session('token-1'));
    fetchMock.mockResolvedValue(errorResponse(401, 'SESSION_REVOKED'));
    await expect(client.get('/me')).rejects.toMatchObject({ code: 'SESSION_REVOKED' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ status: 'anonymous', endReason: 'revoked' });
  });

  it('signs out when the account was disabled meanwhile', async () => {
    client.startSession(session('token-1'));
    fetchMock.mockResolvedValue(errorResponse(403, 'ACCOUNT_DISABLED'));
    await expect(client.get('/me')).rejects.toMatchObject({ status: 403, code: 'ACCOUNT_DISABLED' });
    expect(store.getState()).toMatchObject({ status: 'anonymous', endReason: 'revoked' });
  });

  it('keeps the session on an ordinary 403', async () => {
    client.startSession(session('token-1'));
    fetchMock.mockResolvedValue(errorResponse(403, 'FORBIDDEN'));
    await expect(client.get('/admin/users')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(store.getState().status).toBe('authenticated');
  });

  it('restores a session from the refresh cookie at start-up', async () => {
    const restoring = new SessionStore();
    const startup = createApiClient(restoring, '/api/v1');
    fetchMock.mockResolvedValue(jsonResponse(session('token-5')));
    await startup.restoreSession();
    expect(restoring.getState()).toMatchObject({ status: 'authenticated', accessToken: 'token-5', user: { id: 'u1' } });
    restoring.clear();
  });

  it('treats a refused restore as signed out, not as an expired session', async () => {
    const restoring = new SessionStore();
    const startup = createApiClient(restoring, '/api/v1');
    fetchMock.mockResolvedValue(errorResponse(401, 'REFRESH_TOKEN_INVALID'));
    await startup.restoreSession();
    expect(restoring.getState()).toMatchObject({ status: 'anonymous', endReason: null });
  });

  it('refreshes on its own shortly before the token expires', async () => {
    vi.useFakeTimers();
    serverAccepting('token-2');
    client.startSession(session('token-1', 10 * 60_000));
    await vi.advanceTimersByTimeAsync(8 * 60_000);
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000 + 1);
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/v1/auth/refresh']);
    expect(store.getAccessToken()).toBe('token-2');
  });

  it('sends FormData as multipart: the body untouched, no Content-Type of its own, the token as usual', async () => {
    client.startSession(session('token-1'));
    serverAccepting('token-1');
    const form = new FormData();
    form.append('file', new File(['Câu hỏi'], 'cau-hoi.csv', { type: 'text/csv' }));
    await client.post('/questions/import', form, { query: { bankId: 3, dryRun: true } });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(url).toBe('/api/v1/questions/import?bankId=3&dryRun=true');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(form);
    // The browser must write multipart/form-data with its boundary itself.
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('content-type');
    expect(headers['Authorization']).toBe('Bearer token-1');
  });

  it('keeps sending JSON with its Content-Type', async () => {
    client.startSession(session('token-1'));
    serverAccepting('token-1');
    await client.put('/questions/q1', { stem: 'Câu hỏi' });
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"stem":"Câu hỏi"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('re-sends the same FormData after refreshing an expired token', async () => {
    client.startSession(session('token-1'));
    serverAccepting('token-2');
    const form = new FormData();
    form.append('file', new File(['x'], 'a.gift'));
    await client.post('/questions/import', form);
    const uploads = fetchMock.mock.calls.filter((c) => c[0] === '/api/v1/questions/import') as [string, RequestInit][];
    expect(uploads.map(([, init]) => (init.headers as Record<string, string>)['Authorization'])).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(uploads.every(([, init]) => init.body === form)).toBe(true);
  });

  it('carries the problems of a refused import on the ApiError', async () => {
    const problems = [{ row: 4, column: 'Đáp án đúng', code: 'CORRECT_COUNT', message: 'Dòng 4: thiếu đáp án đúng.' }];
    fetchMock.mockResolvedValue(jsonResponse({ error: { code: 'IMPORT_REJECTED', message: 'no', problems } }, 422));
    const error = await client.post('/questions/import', new FormData()).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, code: 'IMPORT_REJECTED', problems });
  });

  it('names a 413 or 415 without an error body', async () => {
    fetchMock.mockResolvedValueOnce(new Response('too big', { status: 413 })).mockResolvedValueOnce(new Response('', { status: 415 }));
    await expect(client.post('/questions/import', new FormData())).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    await expect(client.post('/questions/import', new FormData())).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('downloads a file as a Blob with the token and the server’s file name', async () => {
    client.startSession(session('token-1'));
    fetchMock.mockResolvedValue(
      new Response('PK-xlsx', { status: 200, headers: { 'Content-Disposition': 'attachment; filename="cau-hoi.xlsx"' } }),
    );
    const file = await client.download('/questions/export', { query: { format: 'xlsx', bankId: 1 } });
    expect(await file.blob.text()).toBe('PK-xlsx');
    expect(file.contentDisposition).toBe('attachment; filename="cau-hoi.xlsx"');
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/questions/export?format=xlsx&bankId=1');
    expect((init.headers as Record<string, string>)['Authorization']).toBe('Bearer token-1');
  });

  it('turns a refused download into an ApiError, not a saved error page', async () => {
    client.startSession(session('token-1'));
    fetchMock.mockResolvedValue(errorResponse(403, 'FORBIDDEN'));
    await expect(client.download('/questions/export')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('logs out locally even when the network is down', async () => {
    client.startSession(session('token-1'));
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await client.logout();
    expect(store.getState()).toMatchObject({ status: 'anonymous', endReason: 'logout' });
  });
});

describe('helpers', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/v1', '/units', { q: 'so noi vu', kind: undefined, limit: 20, empty: '' })).toBe('/api/v1/units?q=so+noi+vu&limit=20');
    expect(buildUrl('/api/v1', '/units/tree')).toBe('/api/v1/units/tree');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('schedules the refresh a minute early, never in the past', () => {
    const now = Date.parse('2018-04-01T00:00:00Z');
    expect(refreshDelayMs('2018-04-01T00:15:00Z', now)).toBe(14 * 60_000);
    expect(refreshDelayMs('2018-04-01T00:01:40Z', now)).toBe(80_000);
    expect(refreshDelayMs('2018-03-31T00:00:00Z', now)).toBe(5_000);
  });
});
