import type { LoginRequest } from '@reform-quiz/contracts';
import { IsDefined, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @IsDefined() @IsString() @MinLength(1) @MaxLength(254)
  login!: string;

  /** Not checked against the policy here: old passwords must still let people in. */
  @IsDefined() @IsString() @MinLength(1) @MaxLength(1024)
  password!: string;
}
