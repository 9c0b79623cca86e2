/** Default minimum age of an entrant, in whole years on the day of registration. */
export const MIN_ENTRANT_AGE = 12;

/** True for a real calendar day written `YYYY-MM-DD` (no 2018-02-30). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The calendar day of an instant in Vietnam (UTC+7, no daylight saving). */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole years between a birth date and a day, both `YYYY-MM-DD`. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

export type BirthDateProblem = 'DATE_INVALID' | 'TOO_YOUNG';

/** Checks a birth date for an entrant registering at `now`; null when fine. */
export function birthDateProblem(dateOfBirth: string, now: Date, minAge = MIN_ENTRANT_AGE): BirthDateProblem | null {
  if (!isIsoDate(dateOfBirth)) return 'DATE_INVALID';
  const today = vietnamDate(now);
  if (dateOfBirth > today || Number(dateOfBirth.slice(0, 4)) < 1900) return 'DATE_INVALID';
  return ageOn(dateOfBirth, today) < minAge ? 'TOO_YOUNG' : null;
}
