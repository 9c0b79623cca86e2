import {
  CATEGORIES,
  GENDERS,
  type Address,
  type Category,
  type Gender,
  type RegisterRequest,
} from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  EmptyAsUndefined,
  IsAcceptablePassword,
  IsIsoDate,
  IsNationalId,
  IsTrueConsent,
  IsVnPhone,
  NationalIdMatchesBirthYear,
  NormalizeEmail,
  NormalizePhone,
  MAX_DB_INT,
  NormalizeText,
} from '../../../common/validation/validators';

export class AddressDto implements Address {
  @IsOptional() @EmptyAsUndefined() @NormalizeText() @IsString() @MaxLength(100)
  district?: string;

  @IsOptional() @EmptyAsUndefined() @NormalizeText() @IsString() @MaxLength(100)
  commune?: string;

  @IsOptional() @EmptyAsUndefined() @NormalizeText() @IsString() @MaxLength(200)
  detail?: string;
}

export class RegisterDto implements RegisterRequest {
  @IsDefined() @NormalizeText() @IsString() @MinLength(2) @MaxLength(120)
  fullName!: string;

  @IsDefined() @NormalizePhone() @IsString() @IsVnPhone()
  phone!: string;

  @IsOptional() @EmptyAsUndefined() @NormalizeEmail() @IsString() @MaxLength(254) @IsEmail({}, { message: 'must be an email address' })
  email?: string;

  @IsOptional() @EmptyAsUndefined() @IsString() @IsNationalId() @NationalIdMatchesBirthYear()
  nationalId?: string;

  @IsDefined() @IsString() @IsIsoDate()
  dateOfBirth!: string;

  @IsDefined() @IsIn(GENDERS)
  gender!: Gender;

  @IsDefined() @IsInt() @Min(1) @Max(MAX_DB_INT)
  unitId!: number;

  @IsDefined() @IsIn(CATEGORIES)
  category!: Category;

  @IsOptional() @IsObject() @ValidateNested() @Type(() => AddressDto)
  address?: AddressDto;

  @IsDefined() @IsString() @IsAcceptablePassword()
  password!: string;

  /** Consent to personal-data processing under Decree 13/2023/NĐ-CP. */
  @IsDefined() @IsBoolean() @IsTrueConsent()
  consent!: boolean;
}
