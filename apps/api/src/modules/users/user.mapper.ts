import type { Profile, UserSummary } from '@reform-quiz/contracts';
import { toUnitOption } from '../units/unit.mapper';
import type { UserEntity } from './user.entity';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** CCCD numbers never leave the server whole: "********1234". */
export function maskNationalId(id: string | null): string | null {
  return id ? `${'*'.repeat(id.length - 4)}${id.slice(-4)}` : null;
}

/** Needs the user loaded with unit and the unit's parent. */
export function toProfile(user: UserEntity): Profile {
  const hasAddress = user.addressDistrict || user.addressCommune || user.addressDetail;
  return {
    id: user.id,
    role: user.role,
    fullName: user.fullName,
    phone: user.phone,
    email: user.email,
    nationalId: maskNationalId(user.nationalId),
    dateOfBirth: user.dateOfBirth,
    gender: user.gender,
    category: user.category,
    unit: user.unit ? toUnitOption(user.unit) : null,
    address: hasAddress
      ? {
          ...(user.addressDistrict && { district: user.addressDistrict }),
          ...(user.addressCommune && { commune: user.addressCommune }),
          ...(user.addressDetail && { detail: user.addressDetail }),
        }
      : null,
    consentAt: iso(user.consentAt),
    createdAt: new Date(user.createdAt).toISOString(),
  };
}

export function toUserSummary(user: UserEntity): UserSummary {
  return {
    id: user.id,
    fullName: user.fullName,
    role: user.role,
    status: user.status,
    phone: user.phone,
    email: user.email,
    category: user.category,
    unit: user.unit ? toUnitOption(user.unit) : null,
    createdAt: new Date(user.createdAt).toISOString(),
  };
}
