import {
  DIFFICULTIES,
  QUESTION_TYPES,
  TOPICS,
  type CreateQuestionRequest,
  type Difficulty,
  type QuestionInput,
  type QuestionOptionInput,
  type QuestionSource,
  type QuestionType,
  type Topic,
} from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_DB_INT } from '../../../common/validation/validators';

/**
 * Shapes and sizes only; the per-type rules (how many options, how many
 * correct, a source before review) are `questionProblems` in the domain lib,
 * applied by the service after the text is cleaned.
 */
export class QuestionOptionDto implements QuestionOptionInput {
  @IsDefined() @IsString() @MaxLength(2000)
  text!: string;

  @IsDefined() @IsBoolean()
  isCorrect!: boolean;
}

export class QuestionSourceDto implements QuestionSource {
  @IsDefined() @IsString() @MaxLength(1000)
  document!: string;

  @IsOptional() @IsString() @MaxLength(1000)
  article?: string | null;

  @IsOptional() @IsString() @MaxLength(10)
  date?: string | null;
}

export class QuestionInputDto implements QuestionInput {
  @IsDefined() @IsIn(QUESTION_TYPES)
  type!: QuestionType;

  @IsDefined() @IsString() @MaxLength(10_000)
  stem!: string;

  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => QuestionOptionDto)
  options?: QuestionOptionDto[];

  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(1000, { each: true })
  acceptedAnswers?: string[];

  @IsOptional() @IsBoolean()
  accentInsensitive?: boolean;

  @IsDefined() @IsInt() @Min(0)
  points!: number;

  @IsDefined() @IsIn(TOPICS)
  topic!: Topic;

  @IsDefined() @IsIn(DIFFICULTIES)
  difficulty!: Difficulty;

  @IsOptional() @IsString() @MaxLength(20_000)
  explanation?: string | null;

  @IsOptional() @ValidateNested() @Type(() => QuestionSourceDto)
  source?: QuestionSourceDto | null;

  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(200, { each: true })
  tags?: string[];
}

export class CreateQuestionDto extends QuestionInputDto implements CreateQuestionRequest {
  @IsDefined() @IsInt() @Min(1) @Max(MAX_DB_INT)
  bankId!: number;
}
