import type { RegisterRequest, UnitOption } from '@reform-quiz/contracts';
import type { TestApp } from './test-app';

let sequence = 0;

/** A phone number no other test in this run uses: 09 + 8 digits from the pid and a counter. */
export function uniquePhone(): string {
  sequence += 1;
  return `09${String((process.pid * 1000 + sequence) % 100_000_000).padStart(8, '0')}`;
}

export async function unitId(t: TestApp, q = 'Tam Kỳ'): Promise<number> {
  const res = await t.request<UnitOption[]>({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent(q)}` });
  if (!res.body[0]) throw new Error(`no unit matches ${q}`);
  return res.body[0].id;
}

export async function registration(t: TestApp, overrides: Partial<RegisterRequest> = {}): Promise<RegisterRequest> {
  return {
    fullName: 'Ngô Thị Hoa',
    phone: uniquePhone(),
    dateOfBirth: '1990-05-17',
    gender: 'female',
    unitId: await unitId(t),
    category: 'citizen',
    password: 'Cải-cách-2018!',
    consent: true,
    ...overrides,
  };
}
