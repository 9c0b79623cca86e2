import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

export class IntIdParams {
  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  id!: number;
}

export class UuidParams {
  @IsUUID()
  id!: string;
}
