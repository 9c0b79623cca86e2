import { UNIT_KINDS, type CreateUnitRequest, type UnitKind, type UpdateUnitRequest } from '@reform-quiz/contracts';
import { PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_DB_INT, NormalizeText } from '../../../common/validation/validators';

export class CreateUnitDto implements CreateUnitRequest {
  /** Short code, e.g. the statistics office's code for a district ("502"). */
  @IsString() @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'code must be 1–32 letters, digits, dots, dashes or underscores' })
  code!: string;

  @NormalizeText() @IsString() @MinLength(2) @MaxLength(200)
  name!: string;

  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT)
  parentId?: number | null;

  @IsInt() @Min(0) @Max(10_000_000)
  headcount!: number;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) implements UpdateUnitRequest {}
