import { CATEGORIES, type Category, type LeaderboardQuery } from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_DB_INT } from '../../../common/validation/validators';

export class LeaderboardQueryDto implements LeaderboardQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  @IsOptional() @IsIn(CATEGORIES)
  category?: Category;
}

export class StatisticsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  roundId?: number;

  /** One unit and the units below it (a district with its communes). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  unitId?: number;
}
