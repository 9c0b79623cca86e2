import { ErrorCodes, type AnswerAck, type AnswerRequest, type SavedAnswer } from '@reform-quiz/contracts';
import { ApiError } from '../../../lib/api-error';
import { saveAnswer } from './save-answer';

/** An answer as sent and stored: options for choice questions, text for written ones, and its sequence number. */
export interface QueuedAnswer {
  optionIds?: string[];
  text?: string;
  clientSeq: number;
}

/** What the entrant changed: the options now chosen, or the text now written. */
export type AnswerChange = { optionIds: string[] } | { text: string };

/**
 * saving: waiting to be sent, or on its way. saved: the server acknowledged
 * it. unsent: the last try failed; it will be retried. rejected: the server
 * refused it (a retry cannot help).
 */
export type SaveState = 'saving' | 'saved' | 'unsent' | 'rejected';

/** Why nothing more will be sent. Expired and finished: the attempt is over. */
export type QueueStop = 'expired' | 'finished' | 'signed_out' | 'not_found';

export interface AnswerQueueSnapshot {
  /** The answer shown for each question: the newest, local or server. */
  answers: Readonly<Record<string, QueuedAnswer>>;
  states: Readonly<Record<string, SaveState>>;
  /** Questions whose latest answer the server has not acknowledged yet. */
  unsent: number;
  /** offline: no network (or requests fail to get through); server: it answers 5xx or asks to wait. */
  trouble: 'offline' | 'server' | null;
  stopped: QueueStop | null;
}

type Send = (attemptId: string, questionId: string, body: AnswerRequest) => Promise<AnswerAck>;
type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface AnswerQueueOptions {
  attemptId: string;
  /** The answers the server holds (GET /attempts/:id). */
  serverAnswers: readonly SavedAnswer[];
  send?: Send;
  /** Where unsent answers survive a reload; null keeps them in memory only. */
  storage?: KeyValueStorage | null;
  /**
   * The lowest clientSeq the next change may take. The attempt screen passes
   * tenths of a second since the attempt started, by the server clock, so that
   * across two devices the later change also has the higher number.
   */
  seqFloor?: () => number;
  /** For the jitter of retry delays. */
  random?: () => number;
  /** Whether the browser thinks it is online, and where it announces changes. */
  isOnline?: () => boolean;
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  onStop?: (reason: QueueStop) => void;
  /** The server holds a newer answer to this question, saved from another device: time to reload the attempt. */
  onSuperseded?: (questionId: string) => void;
}

export const TEXT_DEBOUNCE_MS = 600;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
/** The API's upper bound for clientSeq. */
const MAX_SEQ = 2_000_000_000;

export function answerStorageKey(attemptId: string): string {
  return `reformquiz.attempt.${attemptId}.answers`;
}

/** Drops what this device kept for a finished attempt: nothing of it can count any more. */
export function forgetStoredAnswers(attemptId: string, storage: KeyValueStorage | null = defaultStorage()): void {
  try {
    storage?.removeItem(answerStorageKey(attemptId));
  } catch {
    // Blocked storage kept nothing.
  }
}

interface Entry {
  answer: QueuedAnswer | null;
  /** The highest clientSeq the server confirmed storing for this question. */
  ackedSeq: number;
  inFlight: number | null;
  debounce: ReturnType<typeof setTimeout> | null;
  /** The last try of the current answer failed and will be retried. */
  failed: boolean;
  /** A clientSeq the server refused. */
  rejectedSeq: number | null;
}

interface Stored {
  v: 1;
  answers: Record<string, QueuedAnswer>;
}

function isQueuedAnswer(value: unknown): value is QueuedAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  const optionsOk = a['optionIds'] === undefined || (Array.isArray(a['optionIds']) && a['optionIds'].every((id) => typeof id === 'string'));
  const textOk = a['text'] === undefined || typeof a['text'] === 'string';
  return Number.isInteger(a['clientSeq']) && optionsOk && textOk;
}

function fromServer(saved: SavedAnswer): QueuedAnswer {
  return saved.optionIds !== null ? { optionIds: saved.optionIds, clientSeq: saved.clientSeq } : { text: saved.text ?? '', clientSeq: saved.clientSeq };
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The attempt screen's answers on their way to the server (product rule 2: no
 * answer is lost). Each question keeps only its latest answer; each change gets
 * a higher clientSeq, so a replay or an out-of-order arrival never overwrites a
 * newer answer. Unacknowledged answers are written to localStorage at once and
 * leave it only when the server has acknowledged them, so a reload, a closed
 * tab or a dead battery loses nothing. Sends are retried with exponential
 * backoff while the network is down or the server is in trouble (honouring
 * Retry-After), resume as soon as the browser is back online, and stop for
 * good when the attempt is over (ATTEMPT_EXPIRED, ATTEMPT_FINISHED).
 *
 * A plain module with a React-friendly subscribe/getSnapshot pair.
 */
export class AnswerQueue {
  readonly attemptId: string;
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private readonly send: Send;
  private readonly storage: KeyValueStorage | null;
  private readonly seqFloor: () => number;
  private readonly random: () => number;
  private readonly isOnline: () => boolean;
  private readonly events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  private readonly onStop?: (reason: QueueStop) => void;
  private readonly onSuperseded?: (questionId: string) => void;

  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Until when the server asked us to wait (Retry-After); the entrant cannot hurry that. */
  private notBefore = 0;
  private lastFailure: 'offline' | 'server' | null = null;
  private offline = false;
  private stopped: QueueStop | null = null;
  private started = false;
  private waiters: ((sent: boolean) => void)[] = [];
  private snapshot: AnswerQueueSnapshot;

  constructor(options: AnswerQueueOptions) {
    this.attemptId = options.attemptId;
    this.send = options.send ?? saveAnswer;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.seqFloor = options.seqFloor ?? (() => 0);
    this.random = options.random ?? Math.random;
    this.isOnline = options.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
    this.events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
    this.onStop = options.onStop;
    this.onSuperseded = options.onSuperseded;

    for (const saved of options.serverAnswers) {
      this.entries.set(saved.questionId, { ...this.blank(), answer: fromServer(saved), ackedSeq: saved.clientSeq });
    }
    // What this device had not got acknowledged: it wins where it is newer than what the server holds.
    for (const [questionId, local] of Object.entries(this.load())) {
      const entry = this.entry(questionId);
      if (local.clientSeq > entry.ackedSeq && local.clientSeq > (entry.answer?.clientSeq ?? 0)) entry.answer = local;
    }
    this.persist();
    this.snapshot = this.buildSnapshot();
  }

  // ---- React binding -------------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AnswerQueueSnapshot => this.snapshot;

  // ---- lifecycle -----------------------------------------------------------

  /** Listens to the network and sends what is waiting (restored answers first). */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.offline = !this.isOnline();
    this.events?.addEventListener('online', this.handleOnline);
    this.events?.addEventListener('offline', this.handleOffline);
    this.emit();
    this.pump();
  }

  /** Stops sending; what is unsent stays in storage for the next visit. Requests in flight still land. */
  dispose(): void {
    this.started = false;
    this.events?.removeEventListener('online', this.handleOnline);
    this.events?.removeEventListener('offline', this.handleOffline);
    this.clearRetry();
    for (const entry of this.entries.values()) {
      if (entry.debounce !== null) clearTimeout(entry.debounce);
      entry.debounce = null;
    }
    this.resolveWaiters(this.unsentCount() === 0);
  }

  // ---- answers -------------------------------------------------------------

  /** Records a change: stored at once, sent now or, for text, once typing pauses. */
  set(questionId: string, change: AnswerChange, { debounceMs = 0 }: { debounceMs?: number } = {}): void {
    if (this.stopped) return;
    const entry = this.entry(questionId);
    const previous = Math.max(entry.answer?.clientSeq ?? 0, entry.ackedSeq);
    const clientSeq = Math.min(MAX_SEQ, Math.max(previous + 1, Math.floor(this.seqFloor())));
    entry.answer = 'optionIds' in change ? { optionIds: [...change.optionIds], clientSeq } : { text: change.text, clientSeq };
    entry.rejectedSeq = null;
    if (entry.debounce !== null) clearTimeout(entry.debounce);
    entry.debounce = null;
    if (debounceMs > 0 && this.started) {
      entry.debounce = setTimeout(() => {
        entry.debounce = null;
        this.pump();
      }, debounceMs);
    }
    this.persist();
    this.emit();
    this.pump();
  }

  /** Sends one question's pending text now (the field lost focus, the entrant moved on). */
  flushQuestion(questionId: string): void {
    const entry = this.entries.get(questionId);
    if (!entry || entry.debounce === null) return;
    clearTimeout(entry.debounce);
    entry.debounce = null;
    this.pump();
  }

  /**
   * Sends everything now — skipping a backoff wait, never a server's
   * Retry-After — and resolves true once all is acknowledged, false as soon as
   * a send fails or when offline.
   */
  flush(): Promise<boolean> {
    for (const entry of this.entries.values()) {
      if (entry.debounce !== null) clearTimeout(entry.debounce);
      entry.debounce = null;
    }
    if (this.unsentCount() === 0) return Promise.resolve(true);
    if (this.stopped || !this.started || this.offline) return Promise.resolve(false);
    const promise = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    if (this.retryTimer !== null && Date.now() >= this.notBefore) this.clearRetry();
    this.pump();
    return promise;
  }

  /**
   * Takes in the server's answers again (a refetch): one saved from another
   * device with a higher clientSeq replaces what is shown here.
   */
  mergeServer(serverAnswers: readonly SavedAnswer[]): void {
    let changed = false;
    for (const saved of serverAnswers) {
      const entry = this.entry(saved.questionId);
      if (saved.clientSeq > entry.ackedSeq) {
        entry.ackedSeq = saved.clientSeq;
        changed = true;
      }
      if (saved.clientSeq > (entry.answer?.clientSeq ?? 0)) {
        entry.answer = fromServer(saved);
        entry.failed = false;
        changed = true;
      }
    }
    if (!changed) return;
    this.persist();
    this.emit();
    this.settle();
  }

  /** The attempt is over: forget what is stored, since nothing more can count. */
  clear(): void {
    forgetStoredAnswers(this.attemptId, this.storage);
  }

  // ---- sending -------------------------------------------------------------

  private pump(): void {
    if (!this.started || this.stopped || this.offline || this.retryTimer !== null) return;
    for (const [questionId, entry] of this.entries) {
      const answer = entry.answer;
      if (!answer || entry.inFlight !== null || entry.debounce !== null) continue;
      if (answer.clientSeq <= entry.ackedSeq || answer.clientSeq === entry.rejectedSeq) continue;
      void this.sendOne(questionId, entry, answer);
    }
  }

  private async sendOne(questionId: string, entry: Entry, answer: QueuedAnswer): Promise<void> {
    entry.inFlight = answer.clientSeq;
    this.emit();
    try {
      const ack = await this.send(this.attemptId, questionId, answer);
      entry.inFlight = null;
      this.failures = 0;
      this.lastFailure = null;
      entry.ackedSeq = Math.max(entry.ackedSeq, ack.clientSeq);
      entry.failed = false;
      this.persist();
      this.emit();
      this.pump();
      this.settle();
      if (ack.clientSeq > answer.clientSeq) this.onSuperseded?.(questionId);
    } catch (error) {
      entry.inFlight = null;
      this.handleFailure(entry, answer, error);
    }
  }

  private handleFailure(entry: Entry, answer: QueuedAnswer, error: unknown): void {
    if (error instanceof ApiError) {
      const stop = stopReason(error);
      if (stop) return this.stop(stop);
      if (!retryable(error)) {
        // The server refused this answer itself (ANSWER_INVALID): sending it again cannot help.
        entry.rejectedSeq = answer.clientSeq;
        entry.failed = false;
        this.persist();
        this.emit();
        this.settle();
        return;
      }
    }
    entry.failed = true;
    this.lastFailure = error instanceof ApiError ? 'server' : 'offline';
    const retryAfterMs = error instanceof ApiError && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : null;
    this.scheduleRetry(retryAfterMs);
    this.emit();
    this.resolveWaiters(false);
  }

  private scheduleRetry(retryAfterMs: number | null): void {
    const now = Date.now();
    if (retryAfterMs !== null) this.notBefore = Math.max(this.notBefore, now + retryAfterMs);
    if (this.retryTimer !== null) {
      // Several sends failed together: one wait for all, never shorter than the server asked.
      if (retryAfterMs === null) return;
      clearTimeout(this.retryTimer);
    } else {
      this.failures += 1;
    }
    const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (this.failures - 1)) * (0.8 + 0.4 * this.random());
    const delay = Math.max(retryAfterMs ?? backoff, this.notBefore - now);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private stop(reason: QueueStop): void {
    if (this.stopped) return;
    this.stopped = reason;
    this.clearRetry();
    for (const entry of this.entries.values()) {
      if (entry.debounce !== null) clearTimeout(entry.debounce);
      entry.debounce = null;
    }
    // Signed out: the answers wait in storage for the entrant to sign back in. Otherwise they can no longer count.
    if (reason === 'expired' || reason === 'finished' || reason === 'not_found') this.clear();
    this.emit();
    this.resolveWaiters(false);
    this.onStop?.(reason);
  }

  private readonly handleOnline = (): void => {
    this.offline = false;
    // Back online: try at once rather than sit out the backoff (but honour a server's Retry-After).
    if (this.retryTimer !== null && Date.now() >= this.notBefore) {
      this.clearRetry();
      this.failures = 0;
    }
    this.emit();
    this.pump();
  };

  private readonly handleOffline = (): void => {
    this.offline = true;
    this.emit();
    this.resolveWaiters(false);
  };

  // ---- state -----------------------------------------------------------------

  private blank(): Entry {
    return { answer: null, ackedSeq: 0, inFlight: null, debounce: null, failed: false, rejectedSeq: null };
  }

  private entry(questionId: string): Entry {
    let entry = this.entries.get(questionId);
    if (!entry) {
      entry = this.blank();
      this.entries.set(questionId, entry);
    }
    return entry;
  }

  private isUnsent(entry: Entry): boolean {
    const answer = entry.answer;
    return answer !== null && answer.clientSeq > entry.ackedSeq && answer.clientSeq !== entry.rejectedSeq;
  }

  private unsentCount(): number {
    let count = 0;
    for (const entry of this.entries.values()) if (this.isUnsent(entry)) count += 1;
    return count;
  }

  private settle(): void {
    if (this.unsentCount() === 0) this.resolveWaiters(true);
  }

  private resolveWaiters(sent: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(sent);
  }

  private load(): Record<string, QueuedAnswer> {
    try {
      const raw = this.storage?.getItem(answerStorageKey(this.attemptId));
      if (!raw) return {};
      const parsed = JSON.parse(raw) as Partial<Stored>;
      if (parsed.v !== 1 || typeof parsed.answers !== 'object' || parsed.answers === null) return {};
      return Object.fromEntries(Object.entries(parsed.answers).filter(([, answer]) => isQueuedAnswer(answer)));
    } catch {
      return {};
    }
  }

  private persist(): void {
    if (!this.storage) return;
    const answers: Record<string, QueuedAnswer> = {};
    for (const [questionId, entry] of this.entries) if (this.isUnsent(entry) && entry.answer) answers[questionId] = entry.answer;
    try {
      if (Object.keys(answers).length === 0) this.storage.removeItem(answerStorageKey(this.attemptId));
      else this.storage.setItem(answerStorageKey(this.attemptId), JSON.stringify({ v: 1, answers } satisfies Stored));
    } catch {
      // Full or blocked storage: the answers still go out from memory.
    }
  }

  private stateOf(entry: Entry): SaveState | null {
    const answer = entry.answer;
    if (!answer) return null;
    if (answer.clientSeq === entry.rejectedSeq) return 'rejected';
    if (answer.clientSeq <= entry.ackedSeq) return 'saved';
    // Known to be offline: it is not on its way, whatever is still in flight.
    return entry.failed || this.offline ? 'unsent' : 'saving';
  }

  private buildSnapshot(): AnswerQueueSnapshot {
    const answers: Record<string, QueuedAnswer> = {};
    const states: Record<string, SaveState> = {};
    for (const [questionId, entry] of this.entries) {
      const state = this.stateOf(entry);
      if (entry.answer) answers[questionId] = entry.answer;
      if (state) states[questionId] = state;
    }
    const unsent = this.unsentCount();
    const trouble = this.stopped ? null : this.offline ? 'offline' : unsent > 0 ? this.lastFailure : null;
    return { answers, states, unsent, trouble, stopped: this.stopped };
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }
}

/** Errors after which nothing this queue holds can be sent any more. */
function stopReason(error: ApiError): QueueStop | null {
  if (error.code === ErrorCodes.ATTEMPT_EXPIRED) return 'expired';
  if (error.code === ErrorCodes.ATTEMPT_FINISHED) return 'finished';
  if (error.code === ErrorCodes.ATTEMPT_NOT_FOUND) return 'not_found';
  // The API client has already tried to refresh the session: the entrant must sign in again.
  if (error.status === 401 || error.code === ErrorCodes.ACCOUNT_DISABLED) return 'signed_out';
  return null;
}

/** Server trouble and rate limits pass; a refusal of the answer itself does not. */
function retryable(error: ApiError): boolean {
  return error.status >= 500 || error.status === 429 || error.status === 408;
}
