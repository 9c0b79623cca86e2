import { Injectable } from '@nestjs/common';
import type { CreateQuestionRequest, Page, Question, QuestionCounts, QuestionInput, QuestionListQuery, QuestionStatus, Role } from '@reform-quiz/contracts';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { applyContent, questionEntity, validQuestionInput } from './question-content';
import { toQuestion, toQuestionInput } from './question.mapper';
import { QuestionEntity } from './question.entity';
import { bankNotFound, notLatest, questionNotFound, statusConflict } from './questions.errors';
import { QuestionsRepository } from './questions.repository';

/** Who sees the key: the people who write questions. Judges read the bank without it. */
export const seesKey = (role: Role) => role === 'organizer' || role === 'admin';

/** Authoring: create, edit (in place, or as a new version once used), read. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  async create(request: CreateQuestionRequest, caller: Caller, meta: RequestMeta): Promise<Question> {
    const { bankId, ...content } = request;
    const input = validQuestionInput(content);
    const id = await this.tx.run(async () => {
      if (!(await this.questions.findBank(bankId))) throw bankNotFound(bankId);
      const question = questionEntity(input, { bankId, status: 'draft', authorId: caller.userId, now: this.clock.now() });
      await this.questions.insert(question);
      await this.audit.record({ actorId: caller.userId, action: 'question.create', entityType: 'question', entityId: question.id, after: input, ip: meta.ip });
      return question.id;
    });
    return this.get(id, caller);
  }

  /**
   * An edit changes content, so the question goes back to draft for review.
   * A version an attempt has drawn stays as it was (attempts point at it);
   * the edit becomes the next version.
   */
  async update(id: string, content: QuestionInput, caller: Caller, meta: RequestMeta): Promise<Question> {
    const input = validQuestionInput(content);
    const resultId = await this.tx.run(async () => {
      const current = await this.questions.findById(id);
      if (!current) throw questionNotFound(id);
      if (!current.isLatest) throw notLatest(await this.latestId(current));
      if (current.status === 'retired') throw statusConflict('retired', 'edited');
      const before = toQuestionInput(current);
      const now = this.clock.now();

      if (current.usedAt !== null) {
        const next = questionEntity(input, { bankId: current.bankId, status: 'draft', authorId: caller.userId, now, previous: current });
        await this.questions.update(current.id, { isLatest: false, status: 'retired', updatedAt: now });
        await this.questions.insert(next);
        await this.audit.record({ actorId: caller.userId, action: 'question.version', entityType: 'question', entityId: next.id, before: { id: current.id, ...before }, after: input, ip: meta.ip });
        return next.id;
      }
      applyContent(current, input);
      Object.assign(current, { status: 'draft' as QuestionStatus, reviewerId: null, reviewedAt: null, updatedAt: now });
      await this.questions.replaceContent(current);
      await this.audit.record({ actorId: caller.userId, action: 'question.update', entityType: 'question', entityId: id, before, after: input, ip: meta.ip });
      return id;
    });
    return this.get(resultId, caller);
  }

  async get(id: string, caller: Caller): Promise<Question> {
    const question = await this.questions.findById(id);
    if (!question) throw questionNotFound(id);
    return toQuestion(question, { withKey: seesKey(caller.role), duplicateOf: await this.duplicatesOf([question]).then((d) => d.get(question.id) ?? []) });
  }

  async versions(id: string, caller: Caller): Promise<Question[]> {
    const question = await this.questions.findById(id);
    if (!question) throw questionNotFound(id);
    return (await this.questions.versions(question.rootId)).map((q) => toQuestion(q, { withKey: seesKey(caller.role) }));
  }

  async list(query: QuestionListQuery, caller: Caller): Promise<Page<Question>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.questions.page(query, page, pageSize);
    const duplicates = await this.duplicatesOf(rows);
    return { items: rows.map((q) => toQuestion(q, { withKey: seesKey(caller.role), duplicateOf: duplicates.get(q.id) })), total, page, pageSize };
  }

  async counts(bankId: number | undefined, status: QuestionStatus = 'approved'): Promise<QuestionCounts> {
    const cells = await this.questions.counts(bankId, status);
    return { status, cells, total: cells.reduce((sum, c) => sum + c.count, 0) };
  }

  /** For each question, the other current questions of its bank with the same normalised stem. */
  private async duplicatesOf(questions: QuestionEntity[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    const byBank = new Map<number, QuestionEntity[]>();
    for (const q of questions) byBank.set(q.bankId, [...(byBank.get(q.bankId) ?? []), q]);
    for (const [bankId, group] of byBank) {
      const matches = await this.questions.byStemKeys(bankId, [...new Set(group.map((q) => q.stemKey))]);
      for (const q of group) {
        result.set(q.id, matches.filter((m) => m.stemKey === q.stemKey && m.rootId !== q.rootId).map((m) => m.id));
      }
    }
    return result;
  }

  private async latestId(question: QuestionEntity): Promise<string> {
    const versions = await this.questions.versions(question.rootId);
    return versions.find((v) => v.isLatest)?.id ?? question.id;
  }
}
