import type { CreateSnapshotRequest } from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class CreateSnapshotDto implements CreateSnapshotRequest {
  @IsInt() @Min(1)
  contestId!: number;

  /** Without it, the whole contest's ranking with its collective prizes. */
  @IsOptional() @IsInt() @Min(1)
  roundId?: number;
}

export class SnapshotListQuery {
  @Type(() => Number) @IsInt() @Min(1)
  contestId!: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  roundId?: number;
}

export class ApproveSnapshotDto {
  @IsOptional() @IsString() @MaxLength(1000)
  comment?: string;
}
