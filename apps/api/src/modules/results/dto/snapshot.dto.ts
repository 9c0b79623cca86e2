import type { CreateSnapshotRequest } from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_DB_INT } from '../../../common/validation/validators';

export class CreateSnapshotDto implements CreateSnapshotRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT)
  contestId!: number;

  /** Without it, the whole contest's ranking with its collective prizes. */
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT)
  roundId?: number;
}

export class SnapshotListQuery {
  @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  contestId!: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  roundId?: number;
}

export class ApproveSnapshotDto {
  @IsOptional() @IsString() @MaxLength(1000)
  comment?: string;
}
