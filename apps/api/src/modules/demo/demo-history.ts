import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { AnswerEntity } from '../attempts/answer.entity';
import { AttemptFinalizer } from '../attempts/attempt-finalizer.service';
import { AttemptsRepository } from '../attempts/attempts.repository';
import { AttemptsService } from '../attempts/attempts.service';
import { ContestsRepository } from '../contests/contests.repository';
import type { QuestionEntity } from '../questions/question.entity';
import { QuestionsRepository } from '../questions/questions.repository';
import { UserEntity } from '../users/user.entity';
import { DEMO_CROWD, DEMO_USERS } from './demo-users';

/** How many of ten questions each entrant gets right, by their place in the list: a spread, with a few perfect papers. */
const rightOf = (i: number) => (i === 0 ? 10 : 10 - (i % 6));
/** Their guess of how many papers are perfect: the first entrant guesses right. */
const predictionOf = (i: number, perfect: number) => (i === 0 ? perfect : 2 + ((i * 5) % 13));

/**
 * The demo's past: every demo entrant and the crowd took the kick-off
 * round, which has closed, so that a jury has a ranking to approve. The
 * attempts go through the same drawing and scoring as real ones, timed in
 * the round's window.
 */
@Injectable()
export class DemoHistory {
  private readonly logger = new Logger(DemoHistory.name);

  constructor(
    private readonly tx: Transactions,
    private readonly contests: ContestsRepository,
    private readonly attempts: AttemptsService,
    private readonly attemptRows: AttemptsRepository,
    private readonly finalizer: AttemptFinalizer,
    private readonly questions: QuestionsRepository,
  ) {}

  async playRound(roundId: number): Promise<void> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new Error(`round ${roundId} vanished`);
    const emails = [...DEMO_USERS, ...DEMO_CROWD].filter((u) => u.role === 'participant').map((u) => u.email);
    const found = await this.tx.manager().getRepository(UserEntity).findBy({ email: In(emails) });
    const entrants = emails.map((e) => found.find((u) => u.email === e)).filter((u): u is UserEntity => u !== undefined);
    const perfect = entrants.filter((_, i) => rightOf(i) === 10).length;
    for (const [i, entrant] of entrants.entries()) {
      // Spread over the round's first days; the first entrant (Nguyễn Văn An) is the fastest perfect paper, with the best guess.
      const startedAt = round.opensAt + (i % 5) * 86_400_000 + (8 + (i % 9)) * 3_600_000;
      // One transaction per attempt: it is past its deadline from the start, and the sweeper must find it finished, not half-written.
      await this.tx.run(async (em) => {
        const attempt = await this.attempts.open(round, entrant, 1, { ip: `10.49.${Math.floor(i / 200)}.${(i % 200) + 10}`, userAgent: 'demo-history' }, startedAt);
        const drawn = await this.attemptRows.questions(attempt.id);
        const full = new Map((await this.questions.withOptions(drawn.map((d) => d.questionId))).map((q) => [q.id, q]));
        const answers = drawn.map((d, position) => {
          const question = full.get(d.questionId);
          if (!question) throw new Error(`question ${d.questionId} vanished`);
          return Object.assign(new AnswerEntity(), { attemptId: attempt.id, questionId: d.questionId, ...answerFor(question, position < rightOf(i)), clientSeq: 1, elapsedMs: null, savedAt: startedAt + (position + 1) * 15_000 });
        });
        await em.getRepository(AnswerEntity).insert(answers);
        await this.finalizer.finalize(attempt.id, 'submitted', predictionOf(i, perfect), startedAt + (i === 0 ? 180_000 : 200_000 + i * 7_000));
      });
    }
    this.logger.log(`Played the demo round "${round.title}" for ${entrants.length} entrants`);
  }
}

/** A right or a wrong answer to a question, as an entrant would send it. */
function answerFor(question: QuestionEntity, right: boolean): { optionIds: string[] | null; text: string | null } {
  if (question.type === 'short_text') return { optionIds: null, text: right ? (question.acceptedAnswers?.[0] ?? '') : 'Không nhớ' };
  const options = [...question.options].sort((a, b) => a.position - b.position);
  const chosen = right ? options.filter((o) => o.isCorrect) : options.filter((o) => !o.isCorrect).slice(0, 1);
  return { optionIds: chosen.map((o) => o.id), text: null };
}
