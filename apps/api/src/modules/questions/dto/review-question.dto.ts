import { REVIEW_DECISIONS, type ReviewDecision, type ReviewQuestionRequest } from '@reform-quiz/contracts';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength, ValidateIf, MinLength } from 'class-validator';

export class ReviewQuestionDto implements ReviewQuestionRequest {
  @IsDefined() @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  /** Sending back needs a reason the author can act on. */
  @ValidateIf((o: ReviewQuestionDto) => o.decision === 'send_back' || o.comment !== undefined)
  @IsDefined() @IsString() @MinLength(3) @MaxLength(2000)
  comment?: string;
}

export class OptionalCommentDto {
  @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}
