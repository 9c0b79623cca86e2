import { UNIT_KINDS, type UnitKind, type UnitSearchQuery } from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class SearchUnitsQuery implements UnitSearchQuery {
  @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @IsOptional() @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50)
  limit?: number;
}
