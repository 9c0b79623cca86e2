import { Injectable } from '@nestjs/common';
import type { Question, ReviewQuestionRequest } from '@reform-quiz/contracts';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { validQuestionInput } from './question-content';
import { toQuestionInput } from './question.mapper';
import { QuestionsService } from './questions.service';
import { notLatest, questionNotFound, selfReview, statusConflict } from './questions.errors';
import { QuestionsRepository } from './questions.repository';

/**
 * draft → in_review → approved → retired. A reviewer other than the author
 * approves or sends back with a comment; every step is audited.
 */
@Injectable()
export class QuestionLifecycleService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly reader: QuestionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  /** Submitting needs a complete question, legal source included. */
  async submit(id: string, caller: Caller, meta: RequestMeta): Promise<Question> {
    await this.tx.run(async () => {
      const q = await this.current(id);
      if (q.status !== 'draft') throw statusConflict(q.status, 'submitted for review');
      validQuestionInput(toQuestionInput(q), { requireSource: true });
      await this.questions.update(id, { status: 'in_review', reviewComment: null, updatedAt: this.clock.now() });
      await this.audit.record({ actorId: caller.userId, action: 'question.submit', entityType: 'question', entityId: id, before: { status: q.status }, after: { status: 'in_review' }, ip: meta.ip });
    });
    return this.reader.get(id, caller);
  }

  async review(id: string, decision: ReviewQuestionRequest, caller: Caller, meta: RequestMeta): Promise<Question> {
    await this.tx.run(async () => {
      const q = await this.current(id);
      if (q.status !== 'in_review') throw statusConflict(q.status, 'reviewed');
      if (q.authorId === caller.userId) throw selfReview();
      const now = this.clock.now();
      const status = decision.decision === 'approve' ? 'approved' : 'draft';
      if (status === 'approved') validQuestionInput(toQuestionInput(q), { requireSource: true });
      await this.questions.update(id, { status, reviewerId: caller.userId, reviewedAt: now, reviewComment: decision.comment ?? null, updatedAt: now });
      await this.audit.record({
        actorId: caller.userId,
        action: decision.decision === 'approve' ? 'question.approve' : 'question.send_back',
        entityType: 'question',
        entityId: id,
        before: { status: q.status },
        after: { status, comment: decision.comment ?? null },
        ip: meta.ip,
      });
    });
    return this.reader.get(id, caller);
  }

  async retire(id: string, caller: Caller, meta: RequestMeta, comment?: string): Promise<Question> {
    await this.tx.run(async () => {
      const q = await this.current(id);
      if (q.status === 'retired') throw statusConflict('retired', 'retired again');
      await this.questions.update(id, { status: 'retired', updatedAt: this.clock.now() });
      await this.audit.record({ actorId: caller.userId, action: 'question.retire', entityType: 'question', entityId: id, before: { status: q.status }, after: { status: 'retired', comment: comment ?? null }, ip: meta.ip });
    });
    return this.reader.get(id, caller);
  }

  private async current(id: string) {
    const q = await this.questions.findById(id);
    if (!q) throw questionNotFound(id);
    if (!q.isLatest) throw notLatest(q.id);
    return q;
  }
}
