import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { QuestionType } from '@reform-quiz/contracts';
import { LRUCache } from 'lru-cache';
import type { Subscription } from 'rxjs';
import { AttemptEvents } from './attempt-events';
import { AttemptsRepository } from './attempts.repository';

/**
 * What an answer save needs to know of an attempt in progress, none of which
 * changes while it runs: whose it is, the questions drawn (type and option
 * order), and the latest it accepts answers (closing a round early can only
 * bring that forward, and the writer checks the stored value under lock).
 */
export interface AttemptSheet {
  userId: string;
  acceptUntil: number;
  questions: ReadonlyMap<string, { type: QuestionType; optionOrder: string[] }>;
}

/** Attempts in progress kept in memory; a sheet is about 2 KB for 30 questions. */
const SHEETS = 50_000;

/**
 * Attempt sheets read once per attempt instead of on every answer save (two
 * queries each). Only attempts in progress are kept; a finished one is
 * forgotten when it is finalised here, and a stale sheet elsewhere is harmless:
 * the answer writer refuses what arrives for a finished or expired attempt.
 */
@Injectable()
export class AttemptSheets implements OnModuleDestroy {
  private readonly sheets = new LRUCache<string, AttemptSheet>({ max: SHEETS });
  private readonly subscription: Subscription;

  constructor(
    private readonly attempts: AttemptsRepository,
    events: AttemptEvents,
  ) {
    this.subscription = events.finalized$.subscribe(({ attemptId }) => this.sheets.delete(attemptId));
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }

  /** The sheet of an attempt in progress; null when there is no such attempt or it is finished. */
  async inProgress(attemptId: string): Promise<AttemptSheet | null> {
    const cached = this.sheets.get(attemptId);
    if (cached) return cached;
    const sheet = await this.attempts.sheet(attemptId);
    if (sheet?.status !== 'in_progress') return null;
    const { status: _, ...kept } = sheet;
    this.sheets.set(attemptId, kept);
    return kept;
  }

  forget(attemptId: string): void {
    this.sheets.delete(attemptId);
  }
}
