import type { CreateQuestionBankRequest } from '@reform-quiz/contracts';
import { IsDefined, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NormalizeText } from '../../../common/validation/validators';

export class CreateBankDto implements CreateQuestionBankRequest {
  @IsDefined() @NormalizeText() @IsString() @MinLength(2) @MaxLength(200)
  name!: string;

  @IsOptional() @IsString() @MaxLength(2000)
  description?: string | null;
}
