import type { SavedAnswer } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { jsonResponse } from '../../../testing/render-with-providers';
import { AnswerQueue, answerStorageKey, type AnswerQueueOptions } from './answer-queue';

const ATTEMPT = '6f1c2a52-0000-4000-8000-000000000001';
const Q1 = 'q-1';
const Q2 = 'q-2';

interface Sent {
  questionId: string;
  body: { optionIds?: string[]; text?: string; clientSeq: number };
}

function ack(questionId: string, clientSeq: number) {
  return jsonResponse({ questionId, clientSeq, savedAt: '2018-05-07T01:00:00.000Z', serverNow: '2018-05-07T01:00:00.000Z' });
}

const apiError = (status: number, code: string, headers: Record<string, string> = {}) => jsonResponse({ error: { code, message: code } }, status, headers);

/** A stubbed fetch answering each PUT with the next scripted outcome; by default, an ack of what was sent. */
function stubFetch(script: (sent: Sent, call: number) => Response | Error | Promise<Response> | undefined = () => undefined) {
  const sent: Sent[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const questionId = decodeURIComponent(url.split('/answers/')[1]);
    const body = JSON.parse(String(init.body)) as Sent['body'];
    const request = { questionId, body };
    sent.push(request);
    const outcome = await script(request, sent.length);
    if (outcome instanceof Error) throw outcome;
    return outcome ?? ack(questionId, body.clientSeq);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, sent };
}

const offline = () => new TypeError('Failed to fetch');

function makeQueue(options: Partial<AnswerQueueOptions> = {}) {
  const queue = new AnswerQueue({
    attemptId: ATTEMPT,
    serverAnswers: [],
    storage: localStorage,
    random: () => 0.5, // no jitter: delays are exactly 1 s, 2 s, 4 s…
    events: window,
    isOnline: () => true,
    ...options,
  });
  queue.start();
  return queue;
}

const stored = () => JSON.parse(localStorage.getItem(answerStorageKey(ATTEMPT)) ?? 'null') as { answers: Record<string, Sent['body']> } | null;

describe('AnswerQueue', () => {
  let queue: AnswerQueue | null = null;

  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    sessionStore.clear();
  });

  afterEach(() => {
    queue?.dispose();
    queue = null;
    vi.useRealTimers();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('sends each answer on its own call and marks it saved once acknowledged', async () => {
    const { fetchMock, sent } = stubFetch();
    queue = makeQueue();
    queue.set(Q1, { optionIds: ['o-2'] });
    expect(queue.getSnapshot().states[Q1]).toBe('saving');
    expect(stored()?.answers[Q1]).toEqual({ optionIds: ['o-2'], clientSeq: 1 });

    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/v1/attempts/${ATTEMPT}/answers/${Q1}`);
    expect(init.method).toBe('PUT');
    expect(sent[0].body).toEqual({ optionIds: ['o-2'], clientSeq: 1 });
    expect(queue.getSnapshot()).toMatchObject({ states: { [Q1]: 'saved' }, unsent: 0, trouble: null });
    // Acknowledged answers leave the device's storage.
    expect(stored()).toBeNull();
  });

  it('gives each change of a question a higher clientSeq and sends only the latest once the first lands', async () => {
    const first = { release: () => undefined as void };
    const { sent } = stubFetch(({ questionId, body }, call) =>
      call === 1 ? new Promise<Response>((resolve) => (first.release = () => resolve(ack(questionId, body.clientSeq)))) : undefined,
    );
    queue = makeQueue();
    queue.set(Q1, { optionIds: ['o-1'] });
    await vi.advanceTimersByTimeAsync(0);
    queue.set(Q1, { optionIds: ['o-2'] });
    queue.set(Q1, { optionIds: ['o-3'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(queue.getSnapshot().states[Q1]).toBe('saving');

    first.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.body)).toEqual([
      { optionIds: ['o-1'], clientSeq: 1 },
      { optionIds: ['o-3'], clientSeq: 3 },
    ]);
    expect(queue.getSnapshot().states[Q1]).toBe('saved');
  });

  it('keeps an answer through a dropped connection, persisted, and retries with growing delays', async () => {
    const { sent } = stubFetch((_, call) => (call <= 3 ? offline() : undefined));
    queue = makeQueue();
    queue.set(Q1, { optionIds: ['o-1'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(queue.getSnapshot()).toMatchObject({ states: { [Q1]: 'unsent' }, unsent: 1, trouble: 'offline' });
    expect(stored()?.answers[Q1]).toEqual({ optionIds: ['o-1'], clientSeq: 1 });

    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2); // after 1 s
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(3); // after 2 s more
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sent).toHaveLength(4); // after 4 s more: this one gets through
    expect(sent.every((s) => s.body.clientSeq === 1)).toBe(true);
    expect(queue.getSnapshot()).toMatchObject({ states: { [Q1]: 'saved' }, unsent: 0, trouble: null });
    expect(stored()).toBeNull();
  });

  it('retries 5xx answers too, and waits as long as a 503 Retry-After asks, even when hurried', async () => {
    const { sent } = stubFetch((_, call) => (call === 1 ? apiError(503, 'SERVICE_UNAVAILABLE', { 'Retry-After': '7' }) : undefined));
    queue = makeQueue();
    queue.set(Q1, { optionIds: ['o-1'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot()).toMatchObject({ states: { [Q1]: 'unsent' }, trouble: 'server' });

    // Neither the entrant (submit flushes) nor the network coming back may cut the server's wait short.
    const flushed = queue.flush();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(6_999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await expect(flushed).resolves.toBe(true);
    expect(queue.getSnapshot().states[Q1]).toBe('saved');
  });

  it('stops for good on ATTEMPT_EXPIRED: no retries, storage cleared, the screen told', async () => {
    const onStop = vi.fn();
    const { sent } = stubFetch(() => apiError(409, 'ATTEMPT_EXPIRED'));
    queue = makeQueue({ onStop });
    queue.set(Q1, { optionIds: ['o-1'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(onStop).toHaveBeenCalledWith('expired');
    expect(queue.getSnapshot().stopped).toBe('expired');
    expect(stored()).toBeNull();

    queue.set(Q2, { optionIds: ['o-9'] });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent).toHaveLength(1);
  });

  it('does not retry an answer the server refuses as invalid', async () => {
    const { sent } = stubFetch(() => apiError(400, 'ANSWER_INVALID'));
    queue = makeQueue();
    queue.set(Q1, { optionIds: ['not-an-option'] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    expect(queue.getSnapshot()).toMatchObject({ states: { [Q1]: 'rejected' }, unsent: 0 });
  });

  it('restores unsent answers after a reload and sends them; a higher local clientSeq beats the server', async () => {
    localStorage.setItem(
      answerStorageKey(ATTEMPT),
      JSON.stringify({ v: 1, answers: { [Q1]: { optionIds: ['o-local'], clientSeq: 4 }, [Q2]: { text: 'cũ', clientSeq: 2 } } }),
    );
    const server: SavedAnswer[] = [
      { questionId: Q1, optionIds: ['o-server'], text: null, clientSeq: 3, savedAt: '2018-05-07T01:00:00.000Z' },
      // Saved later from another phone: newer than what this one kept.
      { questionId: Q2, optionIds: null, text: 'mới', clientSeq: 5, savedAt: '2018-05-07T01:01:00.000Z' },
    ];
    const { sent } = stubFetch();
    queue = makeQueue({ serverAnswers: server });

    expect(queue.getSnapshot().answers).toEqual({
      [Q1]: { optionIds: ['o-local'], clientSeq: 4 },
      [Q2]: { text: 'mới', clientSeq: 5 },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ questionId: Q1, body: { optionIds: ['o-local'], clientSeq: 4 } }]);
    expect(queue.getSnapshot().states).toEqual({ [Q1]: 'saved', [Q2]: 'saved' });

    // The next change continues above the server's number.
    queue.set(Q2, { text: 'mới hơn' });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent[1].body).toEqual({ text: 'mới hơn', clientSeq: 6 });
  });

  it('survives a reload while offline: a new queue on the same storage has the answer', async () => {
    stubFetch(() => offline());
    queue = makeQueue();
    queue.set(Q1, { text: 'Một cửa' }, { debounceMs: 600 });
    queue.dispose();

    const { sent } = stubFetch();
    queue = makeQueue();
    expect(queue.getSnapshot().answers[Q1]).toEqual({ text: 'Một cửa', clientSeq: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ questionId: Q1, body: { text: 'Một cửa', clientSeq: 1 } }]);
  });

  it('debounces text, sends only the last version, and sends at once when asked', async () => {
    const { sent } = stubFetch();
    queue = makeQueue();
    queue.set(Q1, { text: 'M' }, { debounceMs: 600 });
    await vi.advanceTimersByTimeAsync(300);
    queue.set(Q1, { text: 'Mộ' }, { debounceMs: 600 });
    await vi.advanceTimersByTimeAsync(300);
    queue.set(Q1, { text: 'Một' }, { debounceMs: 600 });
    expect(stored()?.answers[Q1]).toEqual({ text: 'Một', clientSeq: 3 });
    await vi.advanceTimersByTimeAsync(599);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((s) => s.body)).toEqual([{ text: 'Một', clientSeq: 3 }]);

    queue.set(Q1, { text: 'Một cửa' }, { debounceMs: 600 });
    queue.flushQuestion(Q1); // the field lost focus
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.body.text)).toEqual(['Một', 'Một cửa']);
  });

  it('holds sends while the browser is offline and resumes at once when it is back', async () => {
    let online = true;
    const { sent } = stubFetch((_, call) => (call === 1 ? offline() : undefined));
    queue = makeQueue({ isOnline: () => online });
    queue.set(Q1, { optionIds: ['o-1'] });
    await vi.advanceTimersByTimeAsync(0);
    online = false;
    window.dispatchEvent(new Event('offline'));
    expect(queue.getSnapshot().trouble).toBe('offline');
    await expect(queue.flush()).resolves.toBe(false);

    queue.set(Q2, { optionIds: ['o-2'] });
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);

    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    // Both go at once, without sitting out the rest of the backoff.
    expect(sent.slice(1).map((s) => s.questionId).sort()).toEqual([Q1, Q2]);
    expect(queue.getSnapshot()).toMatchObject({ unsent: 0, trouble: null });
  });

  it('flush resolves once everything is acknowledged', async () => {
    stubFetch();
    queue = makeQueue();
    queue.set(Q1, { text: 'a' }, { debounceMs: 600 });
    queue.set(Q2, { optionIds: ['o-1'] });
    await expect(queue.flush()).resolves.toBe(true);
    expect(queue.getSnapshot().unsent).toBe(0);
  });

  it('takes clientSeq from the floor when it is higher, so a later change on another device wins', async () => {
    const { sent } = stubFetch();
    let floor = 1_200;
    queue = makeQueue({ seqFloor: () => floor });
    queue.set(Q1, { optionIds: ['o-1'] });
    queue.set(Q1, { optionIds: ['o-2'] });
    floor = 1_500;
    queue.set(Q1, { optionIds: ['o-3'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().answers[Q1].clientSeq).toBe(1_500);
    expect(sent.at(-1)?.body.clientSeq).toBe(1_500);
  });
});
