export const ROLES = ['participant', 'organizer', 'judge', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const GENDERS = ['male', 'female', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const CATEGORIES = ['civil_servant', 'citizen'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

/** Dates of birth and other calendar days travel as `YYYY-MM-DD`. */
export type IsoDate = string;
/** Instants travel as ISO-8601 strings in UTC. */
export type IsoDateTime = string;
