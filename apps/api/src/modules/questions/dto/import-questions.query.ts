import { IMPORT_FORMATS, type ImportFormat, type ImportQuery } from '@reform-quiz/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_DB_INT } from '../../../common/validation/validators';

export class ImportQuestionsQuery implements ImportQuery {
  /** `?dryRun=true` (the default) checks and reports; `?dryRun=false` commits all or nothing. */
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  dryRun?: boolean;

  @IsDefined() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  bankId!: number;

  @IsOptional() @IsIn(['draft', 'in_review'])
  status?: 'draft' | 'in_review';

  @IsOptional() @IsIn(IMPORT_FORMATS)
  format?: ImportFormat;
}
