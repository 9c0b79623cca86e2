import type { FieldErrorCode } from '@reform-quiz/contracts';
import { isIsoDate, isValidNationalId, isValidPhone, nationalIdProblem, normalizePhone, normalizeText, passwordProblem } from '@reform-quiz/domain';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { isCommonPassword } from '../../modules/auth/common-passwords';

/** The largest value of a 32-bit INTEGER column (ids, counts): anything past it is no row of ours, and PostgreSQL refuses to compare with it. */
export const MAX_DB_INT = 2_147_483_647;

/**
 * Field validators named by the field code they report, each a thin wrapper
 * over the rule in `@reform-quiz/domain` so the web and the API agree.
 */
function rule(code: FieldErrorCode, message: string, test: (value: unknown, args: ValidationArguments) => boolean, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: code,
      validator: {
        validate: (value, args) => test(value, args as ValidationArguments),
        defaultMessage: () => message,
      },
    },
    options,
  );
}

export const IsVnPhone = () => rule('PHONE_INVALID', 'must be a Vietnamese mobile number: 10 digits starting with 03, 05, 07, 08 or 09', (v) => typeof v === 'string' && isValidPhone(v));

export const IsIsoDate = () => rule('DATE_INVALID', 'must be a calendar date written YYYY-MM-DD', (v) => typeof v === 'string' && isIsoDate(v));

export const IsNationalId = () => rule('NATIONAL_ID_INVALID', 'must be a 12-digit CCCD number', (v) => typeof v === 'string' && isValidNationalId(v));

/** Digits 5–6 of a CCCD are the birth year: they must agree with `dateOfBirth` on the same body. */
export const NationalIdMatchesBirthYear = () =>
  rule(
    'NATIONAL_ID_BIRTH_YEAR_MISMATCH',
    'the birth year in the CCCD number differs from dateOfBirth',
    (v, args) => typeof v === 'string' && nationalIdProblem(v, (args.object as { dateOfBirth?: unknown }).dateOfBirth as string | undefined) !== 'NATIONAL_ID_BIRTH_YEAR_MISMATCH',
  );

/** Password policy: 8–128 characters and not on a list of common passwords; one code per problem. */
export function IsAcceptablePassword(): PropertyDecorator {
  const problem = (v: unknown) => (typeof v === 'string' ? passwordProblem(v, isCommonPassword) : null);
  const checks = [
    rule('PASSWORD_TOO_SHORT', 'must be at least 8 characters', (v) => problem(v) !== 'PASSWORD_TOO_SHORT'),
    rule('PASSWORD_TOO_LONG', 'must be at most 128 characters', (v) => problem(v) !== 'PASSWORD_TOO_LONG'),
    rule('PASSWORD_TOO_COMMON', 'is too common; choose another', (v) => problem(v) !== 'PASSWORD_TOO_COMMON'),
  ];
  return (target, key) => checks.forEach((check) => check(target, key));
}

/** Decimal places of a finite number, exact (1e-7 has 7), from its shortest round-trip form. */
function decimalPlaces(v: number): number {
  if (Number.isInteger(v)) return 0;
  const [mantissa, exponent] = v.toExponential().split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

/**
 * At most `places` decimals. Use with a plain `@IsNumber()`: class-validator's
 * own `maxDecimalPlaces` option throws (a 500) on numbers JavaScript writes
 * with an exponent, such as 1e-7.
 */
export const MaxDecimalPlaces = (places: number) =>
  rule('INVALID_VALUE', `must have at most ${places} decimal places`, (v) => typeof v !== 'number' || !Number.isFinite(v) || decimalPlaces(v) <= places);

/** Consent to personal-data processing must be given explicitly. */
export const IsTrueConsent = () => rule('CONSENT_REQUIRED', 'consent to personal-data processing must be given', (v) => v === true);

/** Trims, collapses whitespace and stores NFC; leaves non-strings for the type check to refuse. */
export const NormalizeText = () => Transform(({ value }) => (typeof value === 'string' ? normalizeText(value) : value));

export const NormalizePhone = () => Transform(({ value }) => (typeof value === 'string' ? normalizePhone(value) : value));

export const NormalizeEmail = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Empty strings from forms mean "not given" for optional fields. */
export const EmptyAsUndefined = () => Transform(({ value }) => (value === '' || value === null ? undefined : value));
