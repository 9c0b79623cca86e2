import { Injectable } from '@nestjs/common';
import type { CreateQuestionBankRequest, QuestionBank } from '@reform-quiz/contracts';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { QuestionBankEntity } from './question-bank.entity';
import { bankNameTaken } from './questions.errors';
import { QuestionsRepository } from './questions.repository';

@Injectable()
export class QuestionBanksService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  async list(): Promise<QuestionBank[]> {
    return (await this.questions.banks()).map((b) => ({ id: b.id, name: b.name, description: b.description, questionCount: b.questionCount }));
  }

  async create(input: CreateQuestionBankRequest, caller: Caller | null, meta?: RequestMeta): Promise<QuestionBank> {
    return this.tx.run(async () => {
      if (await this.questions.findBankByName(input.name)) throw bankNameTaken(input.name);
      const now = this.clock.now();
      const bank = await this.questions.saveBank(
        Object.assign(new QuestionBankEntity(), { name: input.name, description: input.description ?? null, createdBy: caller?.userId ?? null, createdAt: now, updatedAt: now })
      );
      await this.audit.record({ actorId: caller?.userId ?? null, action: 'question_bank.create', entityType: 'question_bank', entityId: bank.id, after: { name: bank.name }, ip: meta?.ip });
      return { id: bank.id, name: bank.name, description: bank.description, questionCount: 0 };
    });
  }
}
