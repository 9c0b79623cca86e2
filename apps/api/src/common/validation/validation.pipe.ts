import { ValidationPipe } from '@nestjs/common';
import type { FieldError, FieldErrorCode } from '@reform-quiz/contracts';
import type { ValidationError } from 'class-validator';
import { validationFailed } from '../errors/app-error';

/** class-validator constraint names → our stable field codes. Custom validators are named by their code. */
const CONSTRAINT_CODES: Record<string, FieldErrorCode> = {
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  whitelistValidation: 'UNKNOWN_FIELD',
  isString: 'INVALID_TYPE',
  isInt: 'INVALID_TYPE',
  isNumber: 'INVALID_TYPE',
  isBoolean: 'INVALID_TYPE',
  isObject: 'INVALID_TYPE',
  isArray: 'INVALID_TYPE',
  nestedValidation: 'INVALID_TYPE',
  isIn: 'INVALID_VALUE',
  isEnum: 'INVALID_VALUE',
  equals: 'INVALID_VALUE',
  matches: 'INVALID_VALUE',
  isUUID: 'INVALID_VALUE',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  arrayMaxSize: 'TOO_LONG',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  isEmail: 'EMAIL_INVALID',
};

/** When a field breaks several rules, the most basic one is reported: missing, then unknown, then of the wrong type. */
const PRIORITY: FieldErrorCode[] = ['REQUIRED', 'UNKNOWN_FIELD', 'INVALID_TYPE'];
const rank = (code: FieldErrorCode) => (PRIORITY.includes(code) ? PRIORITY.indexOf(code) : PRIORITY.length);

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {})
      .map(([name, message]) => ({ field, code: (CONSTRAINT_CODES[name] ?? name) as FieldErrorCode, message }))
      .sort((a, b) => rank(a.code) - rank(b.code));
    // One problem per field: the one to fix first.
    return [...own.slice(0, 1), ...flatten(e.children ?? [], field)];
  });
}

/** The global pipe: strips nothing silently — unknown fields are refused — and converts types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}
