import type { Category, Gender, IsoDate, IsoDateTime, Role } from './common';
import type { UnitOption } from './units';

export interface Address {
  district?: string;
  commune?: string;
  /** House number, street, hamlet. */
  detail?: string;
}

export interface RegisterRequest {
  fullName: string;
  /** Vietnamese mobile number, 10 digits starting with 0 (spaces, dots and +84 are accepted and normalised). */
  phone: string;
  email?: string;
  /** Căn cước công dân, 12 digits. Never shown publicly. */
  nationalId?: string;
  dateOfBirth: IsoDate;
  gender: Gender;
  unitId: number;
  category: Category;
  address?: Address;
  password: string;
  /** Consent to personal-data processing (Decree 13/2023/NĐ-CP); must be `true`. */
  consent: boolean;
}

export interface LoginRequest {
  /** Phone number or email. */
  login: string;
  password: string;
}

/** Body of a successful login, registration or refresh. The refresh token travels in an HttpOnly cookie. */
export interface SessionResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** When the access token expires; refresh before then. */
  expiresAt: IsoDateTime;
  user: Profile;
}

export interface RefreshRequest {
  /** For clients without cookies; browsers send the HttpOnly cookie instead. */
  refreshToken?: string;
}

export interface Profile {
  id: string;
  role: Role;
  fullName: string;
  phone: string | null;
  email: string | null;
  /** Always masked: only the last four digits are shown, even to the owner. */
  nationalId: string | null;
  dateOfBirth: IsoDate | null;
  gender: Gender | null;
  category: Category | null;
  unit: UnitOption | null;
  address: Address | null;
  consentAt: IsoDateTime | null;
  createdAt: IsoDateTime;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export const REFRESH_COOKIE = 'rq_refresh';
