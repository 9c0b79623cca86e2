import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { contestAdminEn } from './contest-admin.en';
import { contestAdminVi } from './contest-admin.vi';
import { i18n } from './i18n';

/**
 * Adds the contest-management texts under `contestAdmin.*` of the one
 * translation namespace. The area's pages import this module; it travels in
 * their lazy chunk, never in the entry.
 */
export function registerContestAdminCatalogue(): void {
  if (i18n.exists('contestAdmin.list.title', { lng: 'vi' })) return;
  i18n.addResourceBundle('vi', 'translation', { contestAdmin: contestAdminVi }, true, true);
  i18n.addResourceBundle('en', 'translation', { contestAdmin: contestAdminEn }, true, true);
}

registerContestAdminCatalogue();

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the contest-management catalogue, relative to `contestAdmin.`, checked against the Vietnamese source. */
export type ContestAdminKey = Leaves<typeof contestAdminVi>;

export type ContestAdminT = (key: ContestAdminKey, options?: Record<string, unknown>) => string;

/**
 * The app's `t`, plus `ct` for this catalogue's keys. They are typed here
 * rather than in i18next.d.ts, as the entrant pages' are (entrant.ts): every
 * catalogue merged into the global key type slows the checking of every `t`
 * call and, past about 900 keys, trips TypeScript's instantiation limit.
 */
export function useContestAdminTranslation() {
  const { t, i18n: instance } = useTranslation();
  const ct = useCallback<ContestAdminT>((key, options) => (t as unknown as (key: string, options?: object) => string)(`contestAdmin.${key}`, options), [t]);
  return { t, ct, i18n: instance };
}
