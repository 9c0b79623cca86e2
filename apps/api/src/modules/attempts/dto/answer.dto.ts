import type { AnswerRequest, AttemptEventRequest, SubmitRequest } from '@reform-quiz/contracts';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class AnswerDto implements AnswerRequest {
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsUUID('all', { each: true })
  optionIds?: string[];

  /** Short answers and essays. */
  @IsOptional() @IsString() @MaxLength(20_000)
  text?: string;

  @IsDefined() @IsInt() @Min(0) @Max(2_000_000_000)
  clientSeq!: number;
}

export class SubmitDto implements SubmitRequest {
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000)
  prediction?: number | null;
}

export class AttemptAnswerParams {
  @IsUUID()
  id!: string;

  @IsUUID()
  questionId!: string;
}

export class AttemptEventDto implements AttemptEventRequest {
  @IsDefined() @IsIn(['focus_lost'])
  kind!: AttemptEventRequest['kind'];
}
