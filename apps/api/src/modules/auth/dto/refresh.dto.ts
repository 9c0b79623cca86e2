import type { RefreshRequest } from '@reform-quiz/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class RefreshDto implements RefreshRequest {
  @IsOptional() @IsString() @MaxLength(200)
  refreshToken?: string;
}
