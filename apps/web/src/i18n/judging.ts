import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';
import { judgingEn } from './judging.en';
import { judgingVi } from './judging.vi';

/**
 * Adds the jury's and the result snapshots' texts under `judging.*` of the
 * one translation namespace. Their pages import this module; it travels in
 * their lazy chunks, never in the entry.
 */
export function registerJudgingCatalogue(): void {
  if (i18n.exists('judging.home.title', { lng: 'vi' })) return;
  i18n.addResourceBundle('vi', 'translation', { judging: judgingVi }, true, true);
  i18n.addResourceBundle('en', 'translation', { judging: judgingEn }, true, true);
}

registerJudgingCatalogue();

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the jury's catalogue, relative to `judging.`, checked against the Vietnamese source. */
export type JudgingKey = Leaves<typeof judgingVi>;

export type JudgingT = (key: JudgingKey, options?: Record<string, unknown>) => string;

/**
 * The app's `t`, plus `jt` for this catalogue's keys, typed here rather than
 * in i18next.d.ts like the other areas' (see entrant.ts): every catalogue
 * merged into the global key type slows the checking of every `t` call.
 */
export function useJudgingTranslation() {
  const { t, i18n: instance } = useTranslation();
  const jt = useCallback<JudgingT>((key, options) => (t as unknown as (key: string, options?: object) => string)(`judging.${key}`, options), [t]);
  return { t, jt, i18n: instance };
}
