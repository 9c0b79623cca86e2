import { type ArgumentMetadata, type Paramtype, ValidationPipe } from '@nestjs/common';
import type { FieldError, FieldErrorCode } from '@reform-quiz/contracts';
import { getMetadataStorage, type ValidationError, ValidationTypes } from 'class-validator';
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

/** No request field of ours nests this deep; deeper input is refused before anything walks it recursively. */
export const MAX_INPUT_DEPTH = 32;

/** UTF-16 halves without their pair: not text at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** NUL (which PostgreSQL text cannot hold) or a lone surrogate. */
const brokenText = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/**
 * Looks through a request value without recursion (a 1 MiB body can nest
 * half a million levels): the first string that is not text, or the first
 * place nested deeper than MAX_INPUT_DEPTH.
 */
export function inputProblem(value: unknown, root: string): FieldError | null {
  const stack: [unknown, string, number][] = [[value, root, 0]];
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof v === 'string') {
      if (brokenText(v)) return { field: path, code: 'INVALID_VALUE', message: 'contains a NUL character or broken Unicode' };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { field: path, code: 'INVALID_VALUE', message: `is nested more than ${MAX_INPUT_DEPTH} levels deep` };
    for (const [key, child] of Object.entries(v)) {
      if (brokenText(key)) return { field: path, code: 'INVALID_VALUE', message: 'has a field name that is not text' };
      // class-transformer silently drops these (and Nest strips some) instead of reporting them as unknown.
      if (OBJECT_KEYS.has(key)) return { field: path ? `${path}.${key}` : key, code: 'UNKNOWN_FIELD', message: `property ${key} should not exist` };
      stack.push([child, path ? `${path}.${key}` : key, depth + 1]);
    }
  }
  return null;
}

/** Names of Object.prototype's own members (`constructor`, `toString`, `__proto__`…): never a field of ours. */
const OBJECT_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const CHECKED: Paramtype[] = ['body', 'query', 'param'];

/**
 * Before class-transformer and class-validator see a value (both recurse,
 * and the database would choke on a NUL): text must be text, nesting
 * bounded, and a body meant for a DTO must be a JSON object, not `null`,
 * an array or a bare value.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CHECKED.includes(metadata.type)) {
      const problem = inputProblem(value, metadata.data ?? '');
      if (problem) throw validationFailed([{ ...problem, field: problem.field || metadata.type }]);
      const dto = metadata.metatype && ![String, Number, Boolean, Object, Array].includes(metadata.metatype as never);
      if (metadata.type === 'body' && dto && !metadata.data && value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        throw validationFailed([{ field: 'body', code: 'INVALID_TYPE', message: 'the body must be a JSON object' }]);
      }
    }
    const result: unknown = await super.transform(value, metadata);
    const problem = metadata.type === 'body' ? nestedArrayProblem(result, metadata.data ?? '') : null;
    if (problem) throw validationFailed([problem]);
    return result;
  }
}

/**
 * class-validator lets an array stand where a nested object is declared
 * (`@ValidateNested()` checks the array's items instead, and `[]` has none),
 * so `"source": []` or `"options": [[]]` would reach a service as objects
 * without their required fields. Each nested value must be an object.
 */
function nestedArrayProblem(value: unknown, path: string): FieldError | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(value.constructor, '', true, false)
    .filter((m) => m.type === ValidationTypes.NESTED_VALIDATION);
  for (const m of nested) {
    const field = path ? `${path}.${m.propertyName}` : m.propertyName;
    const v = (value as Record<string, unknown>)[m.propertyName];
    if (v === undefined || v === null) continue;
    const items: [unknown, string][] = m.each && Array.isArray(v) ? v.map((item, i) => [item, `${field}.${i}`]) : [[v, field]];
    for (const [item, at] of items) {
      if (Array.isArray(item)) return { field: at, code: 'INVALID_TYPE', message: 'must be an object, not a list' };
      const inner = nestedArrayProblem(item, at);
      if (inner) return inner;
    }
  }
  return null;
}

/** The global pipe: strips nothing silently — unknown fields are refused — and converts types. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}
