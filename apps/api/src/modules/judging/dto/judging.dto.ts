import { APPEAL_DECISIONS, type AppealDecision, type DecideAppealRequest, type DecideFlagRequest, type FileAppealRequest, type GradeEssayRequest } from '@reform-quiz/contracts';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { MaxDecimalPlaces } from '../../../common/validation/validators';

export class EssayParams {
  /** `${attemptId}:${questionId}` */
  @Matches(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, { message: 'id must be attemptId:questionId' })
  id!: string;
}

export class GradeEssayDto implements GradeEssayRequest {
  /** Points, at most the question's; two decimals. */
  @IsDefined() @IsNumber({ allowNaN: false, allowInfinity: false }) @MaxDecimalPlaces(2) @Min(0)
  score!: number;

  @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class EssayQueueQuery {
  /** Only the essays awaiting the caller. */
  @IsOptional() @IsIn(['true', 'false'])
  pending?: 'true' | 'false';
}

export class FlagListQuery {
  @IsOptional() @IsIn(['open', 'dismissed', 'upheld'])
  status?: 'open' | 'dismissed' | 'upheld';
}

export class DecideFlagDto implements DecideFlagRequest {
  @IsDefined() @IsIn(['dismiss', 'uphold'])
  decision!: 'dismiss' | 'uphold';

  @IsOptional() @IsIn(['attempt', 'entrant'])
  scope?: 'attempt' | 'entrant';

  /** Why: kept in the audit log. */
  @IsDefined() @IsString() @MinLength(5) @MaxLength(2000)
  reason!: string;
}

export class FileAppealDto implements FileAppealRequest {
  @IsDefined() @IsUUID()
  questionId!: string;

  @IsDefined() @IsString() @MinLength(10) @MaxLength(4000)
  text!: string;
}

export class AppealListQuery {
  @IsOptional() @IsIn(['open', 'answered'])
  status?: 'open' | 'answered';
}

export class DecideAppealDto implements DecideAppealRequest {
  @IsDefined() @IsIn(APPEAL_DECISIONS)
  decision!: AppealDecision;

  @IsDefined() @IsString() @MinLength(5) @MaxLength(4000)
  response!: string;

  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsUUID('all', { each: true })
  correctOptionIds?: string[];

  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true })
  acceptedAnswers?: string[];
}
