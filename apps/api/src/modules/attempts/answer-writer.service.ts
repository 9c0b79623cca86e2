import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { Clock } from '../../common/clock';
import { Transactions } from '../../database/transactions';
import { attemptExpired, attemptFinished } from './attempts.errors';

export interface AnswerWrite {
  attemptId: string;
  questionId: string;
  optionIds: string[] | null;
  text: string | null;
  clientSeq: number;
  /** Live rounds: answer time after the question opened. */
  elapsedMs?: number | null;
  /** Live rounds: the first answer stands; later ones are not stored. */
  firstWins?: boolean;
}

export interface StoredAnswer {
  clientSeq: number;
  savedAt: number;
  /** For first-wins writes: whether this one was the first (and is the one stored). */
  inserted?: boolean;
}

interface Pending {
  write: AnswerWrite;
  receivedAt: number;
  resolve: (stored: StoredAnswer) => void;
  reject: (error: unknown) => void;
}

/** At most this many answers share one transaction. */
const MAX_BATCH = 500;

/**
 * Stores answers with group commit: saves that arrive while a transaction is
 * being written wait for the next one, so one durable commit (one fsync)
 * acknowledges many answers. A save resolves only after its transaction has
 * committed. Within a batch, the attempt rows are read under a shared lock so
 * finalisation (which takes the row exclusively) cannot slip between the check
 * and the write. A higher client sequence wins; a replay changes nothing.
 */
@Injectable()
export class AnswerWriter {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Resolves with what is stored for this answer once it is durable. `receivedAt` is the server time the request arrived. */
  save(write: AnswerWrite, receivedAt: number): Promise<StoredAnswer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, receivedAt, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.writeBatch(batch);
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const outcomes = new Map<Pending, AppError | StoredAnswer>();
    await this.tx.run(async (em) => {
      const postgres = em.connection.options.type === 'postgres';
      const p = (i: number) => (postgres ? `$${i}` : '?');
      const attemptIds = [...new Set(batch.map((b) => b.write.attemptId))];
      const rows: { id: string; status: string; accept_until: string | number }[] = await em.query(
        `SELECT id, status, accept_until FROM attempts WHERE id IN (${attemptIds.map((_, i) => p(i + 1)).join(', ')})${postgres ? ' FOR SHARE' : ''}`,
        attemptIds,
      );
      const attempts = new Map(rows.map((r) => [r.id, { status: r.status, acceptUntil: Number(r.accept_until) }]));

      // Keep, per answer, one request: the highest sequence, or for first-wins writes the first. One row may be written once per statement.
      const winners = new Map<string, Pending>();
      for (const pending of batch) {
        const attempt = attempts.get(pending.write.attemptId);
        if (!attempt || attempt.status !== 'in_progress') outcomes.set(pending, attemptFinished());
        else if (pending.receivedAt > attempt.acceptUntil) outcomes.set(pending, attemptExpired());
        else {
          const key = `${pending.write.attemptId}/${pending.write.questionId}`;
          const current = winners.get(key);
          if (!current || (!pending.write.firstWins && current.write.clientSeq < pending.write.clientSeq)) winners.set(key, pending);
        }
      }
      if (winners.size === 0) return;

      const savedAt = this.clock.now();
      const rowsOf = (writes: Pending[]) => {
        const values: unknown[] = [];
        const tuples = writes.map(({ write }) => {
          const base = values.length;
          values.push(write.attemptId, write.questionId, write.optionIds === null ? null : JSON.stringify(write.optionIds), write.text, write.clientSeq, write.elapsedMs ?? null, savedAt);
          return `(${[1, 2, 3, 4, 5, 6, 7].map((k) => p(base + k)).join(', ')})`;
        });
        return { values, tuples: tuples.join(', ') };
      };
      const columns = 'INSERT INTO answers (attempt_id, question_id, option_ids, text, client_seq, elapsed_ms, saved_at) VALUES';
      type StoredRow = { attempt_id: string; question_id: string; client_seq: number | string; saved_at: string | number };
      // What is stored now, by answer: what this batch wrote (RETURNING), and below whatever it did not.
      const stored = new Map<string, StoredAnswer>();
      const remember = (rows: StoredRow[]) => {
        for (const r of rows) stored.set(`${r.attempt_id}/${r.question_id}`, { clientSeq: Number(r.client_seq), savedAt: Number(r.saved_at) });
      };
      const returning = 'RETURNING attempt_id, question_id, client_seq, saved_at';
      const upserts = [...winners.values()].filter((w) => !w.write.firstWins);
      const firsts = [...winners.values()].filter((w) => w.write.firstWins);
      if (upserts.length > 0) {
        const { values, tuples } = rowsOf(upserts);
        remember(
          await em.query(
            `${columns} ${tuples}
             ON CONFLICT (attempt_id, question_id) DO UPDATE SET option_ids = excluded.option_ids, text = excluded.text, client_seq = excluded.client_seq, elapsed_ms = excluded.elapsed_ms, saved_at = excluded.saved_at
             WHERE answers.client_seq < excluded.client_seq ${returning}`,
            values,
          ),
        );
      }
      const inserted = new Set<string>();
      if (firsts.length > 0) {
        const { values, tuples } = rowsOf(firsts);
        const rows: StoredRow[] = await em.query(`${columns} ${tuples} ON CONFLICT (attempt_id, question_id) DO NOTHING ${returning}`, values);
        for (const r of rows) inserted.add(`${r.attempt_id}/${r.question_id}`);
        remember(rows);
      }

      // Answers this batch did not write (a higher sequence, or a first answer, was already stored): read what is there.
      const unwritten = [...new Set([...winners].filter(([key]) => !stored.has(key)).map(([, w]) => w.write.attemptId))];
      if (unwritten.length > 0) {
        remember(await em.query(`SELECT attempt_id, question_id, client_seq, saved_at FROM answers WHERE attempt_id IN (${unwritten.map((_, i) => p(i + 1)).join(', ')})`, unwritten));
      }
      for (const pending of batch) {
        if (!outcomes.has(pending)) {
          const key = `${pending.write.attemptId}/${pending.write.questionId}`;
          const found = stored.get(key);
          if (found) outcomes.set(pending, pending.write.firstWins ? { ...found, inserted: inserted.has(key) && winners.get(key) === pending } : found);
        }
      }
    });
    // Only now, after the commit, is anything acknowledged.
    for (const pending of batch) {
      const outcome = outcomes.get(pending);
      if (outcome instanceof AppError) pending.reject(outcome);
      else if (outcome) pending.resolve(outcome);
      else pending.reject(new Error('answer outcome missing'));
    }
  }
}
