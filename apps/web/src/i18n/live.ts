import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';
import { liveEn } from './live.en';
import { liveVi } from './live.vi';

/**
 * Adds the live game's and the audience boards' texts under `live.*` of the
 * one translation namespace. Their pages import this module; it travels in
 * their lazy chunks, never in the entry.
 */
export function registerLiveCatalogue(): void {
  if (i18n.exists('live.join.title', { lng: 'vi' })) return;
  i18n.addResourceBundle('vi', 'translation', { live: liveVi }, true, true);
  i18n.addResourceBundle('en', 'translation', { live: liveEn }, true, true);
}

registerLiveCatalogue();

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the live catalogue, relative to `live.`, checked against the Vietnamese source. */
export type LiveKey = Leaves<typeof liveVi>;

export type LiveT = (key: LiveKey, options?: Record<string, unknown>) => string;

/**
 * The app's `t`, plus `lt` for this catalogue's keys, typed here rather than
 * in i18next.d.ts like the entrant's and the contest area's (see entrant.ts):
 * every catalogue merged into the global key type slows the checking of every
 * `t` call and, past about 900 keys, trips TypeScript's instantiation limit.
 */
export function useLiveTranslation() {
  const { t, i18n: instance } = useTranslation();
  const lt = useCallback<LiveT>((key, options) => (t as unknown as (key: string, options?: object) => string)(`live.${key}`, options), [t]);
  return { t, lt, i18n: instance };
}
