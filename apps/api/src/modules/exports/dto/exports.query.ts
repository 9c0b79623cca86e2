import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_DB_INT } from '../../../common/validation/validators';

export class ParticipationExportQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  roundId?: number;

  /** One unit and the units below it. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  unitId?: number;
}

/** Times are epoch milliseconds; `to` is exclusive. */
export class AuditExportQuery {
  @IsOptional() @IsString() @MaxLength(32)
  entityType?: string;

  @IsOptional() @IsUUID()
  actorId?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER)
  from?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER)
  to?: number;
}
