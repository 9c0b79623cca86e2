import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { entrantEn } from './entrant.en';
import { entrantVi } from './entrant.vi';
import { i18n } from './i18n';

/**
 * Adds the entrant pages' texts under `entrant.*` of the one translation
 * namespace. The pages import this module; it travels in their lazy chunks,
 * never in the entry.
 */
export function registerEntrantCatalogue(): void {
  if (i18n.exists('entrant.contest.roundsTitle', { lng: 'vi' })) return;
  i18n.addResourceBundle('vi', 'translation', { entrant: entrantVi }, true, true);
  i18n.addResourceBundle('en', 'translation', { entrant: entrantEn }, true, true);
}

registerEntrantCatalogue();

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the entrant catalogue, relative to `entrant.`, checked against the Vietnamese source. */
export type EntrantKey = Leaves<typeof entrantVi>;

export type EntrantT = (key: EntrantKey, options?: Record<string, unknown>) => string;

/**
 * The app's `t`, plus `et` for the entrant catalogue's keys. These keys are
 * typed here rather than in i18next.d.ts: every catalogue merged into the
 * global key type slows type-checking of every `t` call and, past about
 * 900 keys, trips TypeScript's instantiation limit ("excessively deep") in
 * code that passes `t` around.
 */
export function useEntrantTranslation() {
  const { t, i18n: instance } = useTranslation();
  const et = useCallback<EntrantT>((key, options) => (t as unknown as (key: string, options?: object) => string)(`entrant.${key}`, options), [t]);
  return { t, et, i18n: instance };
}
