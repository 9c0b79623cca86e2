import { Injectable } from '@nestjs/common';
import type { ExportFormat, ImportFormat, ImportProblem, ImportQuery, ImportReport, QuestionInput, QuestionStatus } from '@reform-quiz/contracts';
import { questionProblems, stemKey } from '@reform-quiz/domain';
import { importProblemMessage, parseQuestionFile, writeGift, writeTemplate, writeXlsx, type ParsedQuestion } from '@reform-quiz/question-formats';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { cleanQuestionInput, questionEntity } from './question-content';
import { toQuestionInput } from './question.mapper';
import { bankNotFound, ImportRejected } from './questions.errors';
import { QuestionFilter, QuestionsRepository } from './questions.repository';

export interface UploadedFile {
  name: string;
  data: Buffer;
}

export interface DownloadFile {
  fileName: string;
  contentType: string;
  data: Buffer | string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gift: 'text/plain; charset=utf-8',
};

/** Who does an import: a signed-in organizer, or the demo seeder (no caller, approved by a named reviewer). */
interface ImportActor {
  authorId: string | null;
  reviewerId?: string | null;
  ip?: string;
}

/**
 * Import in two steps — a dry run that reports every problem by row and
 * column, then a commit that writes all questions in one transaction or none —
 * and export of a filtered selection in the same layout.
 */
@Injectable()
export class QuestionImportService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  async import(file: UploadedFile, query: ImportQuery, caller: Caller, meta: RequestMeta): Promise<ImportReport> {
    if (!(await this.questions.findBank(query.bankId))) throw bankNotFound(query.bankId);
    const status = query.status ?? 'draft';
    const { report, inputs } = await this.check(file, query.bankId, status, query.format);
    if (query.dryRun !== false) return report;
    if (report.problems.length > 0) throw new ImportRejected(report.problems);
    const imported = await this.commit(inputs, query.bankId, status, { authorId: caller.userId, ip: meta.ip }, file.name);
    return { ...report, dryRun: false, imported, status };
  }

  /** Imports a known-good file as approved questions, e.g. the demo bank. */
  async importApproved(file: UploadedFile, bankId: number, actor: ImportActor): Promise<number> {
    const { report, inputs } = await this.check(file, bankId, 'approved');
    if (report.problems.length > 0) throw new ImportRejected(report.problems);
    return this.commit(inputs, bankId, 'approved', actor, file.name);
  }

  async export(filter: QuestionFilter, format: ExportFormat): Promise<DownloadFile> {
    const inputs = (await this.questions.findLatest(filter)).map(toQuestionInput);
    const date = new Date(this.clock.now()).toISOString().slice(0, 10);
    return {
      fileName: `cau-hoi-${date}.${format === 'xlsx' ? 'xlsx' : 'gift.txt'}`,
      contentType: CONTENT_TYPES[format],
      data: format === 'xlsx' ? await writeXlsx(inputs) : writeGift(inputs),
    };
  }

  async template(): Promise<DownloadFile> {
    return { fileName: 'mau-nhap-cau-hoi.xlsx', contentType: CONTENT_TYPES.xlsx, data: await writeTemplate() };
  }

  private async check(file: UploadedFile, bankId: number, status: QuestionStatus, format?: ImportFormat): Promise<{ report: ImportReport; inputs: ParsedQuestion[] }> {
    const requireSource = status !== 'draft';
    const parsed = await parseQuestionFile(file, { format, requireSource });
    const problems: ImportProblem[] = [...parsed.problems];
    const flagged = new Set(parsed.problems.map((p) => p.row));
    // The formats library checked the text as written; markup stripping can still empty a field.
    const inputs = parsed.questions.map(({ row, input }) => ({ row, input: cleanQuestionInput(input) }));
    for (const { row, input } of inputs) {
      if (flagged.has(row)) continue;
      for (const p of questionProblems(input, { requireSource })) problems.push({ row, column: null, code: p.code as ImportProblem['code'], message: importProblemMessage(p.code as ImportProblem['code']) });
    }

    const existing = await this.questions.byStemKeys(bankId, [...new Set(inputs.map(({ input }) => stemKey(input.stem)))]);
    const existingByKey = new Map(existing.map((e) => [e.stemKey, e.id]));
    const duplicates = inputs
      .map(({ row, input }) => ({ row, existingId: existingByKey.get(stemKey(input.stem)) }))
      .filter((d): d is { row: number | null; existingId: string } => d.existingId !== undefined);

    const count = <K extends string>(key: (q: QuestionInput) => K) =>
      inputs.reduce<Partial<Record<K, number>>>((acc, { input }) => ({ ...acc, [key(input)]: (acc[key(input)] ?? 0) + 1 }), {});
    return {
      inputs,
      report: {
        format: parsed.format,
        dryRun: true,
        total: inputs.length,
        byTopic: count((q) => q.topic),
        byType: count((q) => q.type),
        problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
        duplicates,
      },
    };
  }

  private async commit(inputs: ParsedQuestion[], bankId: number, status: QuestionStatus, actor: ImportActor, fileName: string): Promise<number> {
    return this.tx.run(async () => {
      const now = this.clock.now();
      for (const { input } of inputs) {
        const question = questionEntity(input, { bankId, status, authorId: actor.authorId, now });
        if (status === 'approved') Object.assign(question, { reviewerId: actor.reviewerId ?? null, reviewedAt: now });
        await this.questions.insert(question);
      }
      await this.audit.record({ actorId: actor.authorId, action: 'question.import', entityType: 'question_bank', entityId: bankId, after: { file: fileName, count: inputs.length, status }, ip: actor.ip });
      return inputs.length;
    });
  }
}
