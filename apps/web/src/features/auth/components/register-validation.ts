import type { Category, FieldErrorCode, Gender, RegisterRequest, UnitOption } from '@reform-quiz/contracts';
import { birthDateProblem, isValidPhone, nationalIdProblem, normalizePhone, normalizeText, passwordProblem } from '@reform-quiz/domain';
import type { ClientFieldErrorCode } from '../../../i18n/error-message';

export interface RegisterFormValues {
  fullName: string;
  phone: string;
  email: string;
  nationalId: string;
  dateOfBirth: string;
  gender: Gender | '';
  unit: UnitOption | null;
  category: Category | '';
  address: { district: string; commune: string; detail: string };
  password: string;
  passwordConfirm: string;
  consent: boolean;
}

export const emptyRegisterForm: RegisterFormValues = {
  fullName: '',
  phone: '',
  email: '',
  nationalId: '',
  dateOfBirth: '',
  gender: '',
  unit: null,
  category: '',
  address: { district: '', commune: '', detail: '' },
  password: '',
  passwordConfirm: '',
  consent: false,
};

/** A rule returns true when the value is fine, otherwise the problem's code (react-hook-form's convention). */
type Problem = FieldErrorCode | ClientFieldErrorCode;
type Rule<V> = (value: V, form: RegisterFormValues) => true | Problem;

// The same limits as the API's RegisterDto.
const FULL_NAME_MIN = 2;
const FULL_NAME_MAX = 120;
const ADDRESS_AREA_MAX = 100;
const ADDRESS_DETAIL_MAX = 200;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function compactId(value: string): string {
  return value.replace(/\s/g, '');
}

const maxLength =
  (max: number): Rule<string> =>
  (value) =>
    normalizeText(value).length > max ? 'TOO_LONG' : true;

/**
 * The client half of the registration rules. Phone, CCCD, birth date and
 * password use the same domain functions as the API; the common-password
 * list is checked by the server only (it is too large to ship to phones).
 */
export const registerRules = {
  fullName: ((value) => {
    const name = normalizeText(value);
    if (!name) return 'REQUIRED';
    if (name.length < FULL_NAME_MIN) return 'TOO_SHORT';
    return name.length > FULL_NAME_MAX ? 'TOO_LONG' : true;
  }) satisfies Rule<string>,
  phone: ((value) => {
    if (!value.trim()) return 'REQUIRED';
    return isValidPhone(value) ? true : 'PHONE_INVALID';
  }) satisfies Rule<string>,
  email: ((value) => {
    const email = value.trim();
    return !email || EMAIL_PATTERN.test(email) ? true : 'EMAIL_INVALID';
  }) satisfies Rule<string>,
  nationalId: ((value, form) => {
    const id = compactId(value);
    if (!id) return true;
    // Only compare with the birth year once the birth date itself is valid.
    const dateOfBirth = birthDateProblem(form.dateOfBirth, new Date()) === null ? form.dateOfBirth : undefined;
    return nationalIdProblem(id, dateOfBirth) ?? true;
  }) satisfies Rule<string>,
  dateOfBirth: ((value) => {
    if (!value) return 'REQUIRED';
    return birthDateProblem(value, new Date()) ?? true;
  }) satisfies Rule<string>,
  gender: ((value) => (value ? true : 'REQUIRED')) satisfies Rule<Gender | ''>,
  unit: ((value) => (value ? true : 'REQUIRED')) satisfies Rule<UnitOption | null>,
  category: ((value) => (value ? true : 'REQUIRED')) satisfies Rule<Category | ''>,
  addressArea: maxLength(ADDRESS_AREA_MAX),
  addressDetail: maxLength(ADDRESS_DETAIL_MAX),
  password: ((value) => {
    if (!value) return 'REQUIRED';
    return passwordProblem(value, () => false) ?? true;
  }) satisfies Rule<string>,
  passwordConfirm: ((value, form) => {
    if (!value) return 'REQUIRED';
    return value === form.password ? true : 'PASSWORD_MISMATCH';
  }) satisfies Rule<string>,
  consent: ((value) => (value ? true : 'CONSENT_REQUIRED')) satisfies Rule<boolean>,
};

function optional(value: string): string | undefined {
  const text = normalizeText(value);
  return text || undefined;
}

/** The request body from valid form values: normalised the way the API stores them. */
export function toRegisterRequest(values: RegisterFormValues): RegisterRequest {
  if (!values.unit || !values.gender || !values.category) throw new Error('toRegisterRequest needs validated values');
  const address = {
    district: optional(values.address.district),
    commune: optional(values.address.commune),
    detail: optional(values.address.detail),
  };
  const hasAddress = Object.values(address).some(Boolean);
  return {
    fullName: normalizeText(values.fullName),
    phone: normalizePhone(values.phone),
    email: optional(values.email),
    nationalId: compactId(values.nationalId) || undefined,
    dateOfBirth: values.dateOfBirth,
    gender: values.gender,
    unitId: values.unit.id,
    category: values.category,
    address: hasAddress ? address : undefined,
    password: values.password,
    consent: values.consent,
  };
}
