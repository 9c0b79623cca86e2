import {
  DIFFICULTIES,
  EXPORT_FORMATS,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  TOPICS,
  type Difficulty,
  type ExportFormat,
  type ExportQuery,
  type QuestionListQuery,
  type QuestionStatus,
  type QuestionType,
  type Topic,
} from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_DB_INT } from '../../../common/validation/validators';

export class QuestionFilterQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  bankId?: number;

  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @IsOptional() @IsIn(TOPICS)
  topic?: Topic;

  @IsOptional() @IsIn(QUESTION_TYPES)
  type?: QuestionType;

  @IsOptional() @IsIn(DIFFICULTIES)
  difficulty?: Difficulty;

  @IsOptional() @IsIn(QUESTION_STATUSES)
  status?: QuestionStatus;

  @IsOptional() @IsString() @MaxLength(50)
  tag?: string;

  @IsOptional() @IsString() @MaxLength(200)
  source?: string;
}

export class ListQuestionsQuery extends QuestionFilterQuery implements QuestionListQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  page?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize?: number;
}

export class ExportQuestionsQuery extends QuestionFilterQuery implements ExportQuery {
  @IsDefined() @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;
}

export class CountQuestionsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  bankId?: number;

  @IsOptional() @IsIn(QUESTION_STATUSES)
  status?: QuestionStatus;
}
