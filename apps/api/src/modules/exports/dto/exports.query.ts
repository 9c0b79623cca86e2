import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

export class ParticipationExportQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  roundId?: number;

  /** One unit and the units below it. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  unitId?: number;
}

/** Times are epoch milliseconds; `to` is exclusive. */
export class AuditExportQuery {
  @IsOptional() @IsString() @MaxLength(32)
  entityType?: string;

  @IsOptional() @IsUUID()
  actorId?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  from?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  to?: number;
}
