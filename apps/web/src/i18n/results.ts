import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';
import { resultsEn } from './results.en';
import { resultsVi } from './results.vi';

/**
 * Adds the texts of the published results, certificate verification,
 * statistics and the entrant's certificates under `results.*` of the one
 * translation namespace. Their pages import this module; it travels in their
 * lazy chunks, never in the entry.
 */
export function registerResultsCatalogue(): void {
  if (i18n.exists('results.results.title', { lng: 'vi' })) return;
  i18n.addResourceBundle('vi', 'translation', { results: resultsVi }, true, true);
  i18n.addResourceBundle('en', 'translation', { results: resultsEn }, true, true);
}

registerResultsCatalogue();

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the results catalogue, relative to `results.`, checked against the Vietnamese source. */
export type ResultsKey = Leaves<typeof resultsVi>;

export type ResultsT = (key: ResultsKey, options?: Record<string, unknown>) => string;

/**
 * The app's `t`, plus `rt` for this catalogue's keys, typed here rather than
 * in i18next.d.ts for the reason given in entrant.ts (the global key type
 * must stay small).
 */
export function useResultsTranslation() {
  const { t, i18n: instance } = useTranslation();
  const rt = useCallback<ResultsT>((key, options) => (t as unknown as (key: string, options?: object) => string)(`results.${key}`, options), [t]);
  return { t, rt, i18n: instance };
}
