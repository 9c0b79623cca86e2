import type { ChangePasswordRequest } from '@reform-quiz/contracts';
import { IsDefined, IsString, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../../../common/validation/validators';

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsDefined() @IsString() @MinLength(1) @MaxLength(1024)
  currentPassword!: string;

  @IsDefined() @IsString() @IsAcceptablePassword()
  newPassword!: string;
}
