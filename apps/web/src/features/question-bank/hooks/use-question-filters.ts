import { useCallback, useMemo } from 'react';
import {
  DIFFICULTIES,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  TOPICS,
  type Difficulty,
  type QuestionListQuery,
  type QuestionStatus,
  type QuestionType,
  type Topic,
} from '@reform-quiz/contracts';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';

/** The list's filters, kept in the URL so a filtered list can be shared and reloaded. */
export interface QuestionFilters {
  bankId: number | null;
  q: string;
  topic: Topic | '';
  type: QuestionType | '';
  difficulty: Difficulty | '';
  status: QuestionStatus | '';
  tag: string;
  source: string;
}

export const noQuestionFilters: QuestionFilters = { bankId: null, q: '', topic: '', type: '', difficulty: '', status: '', tag: '', source: '' };

export const QUESTION_PAGE_SIZE = 20;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

function positiveInt(value: string | null): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && Number.isSafeInteger(n) ? n : null;
}

/** Unknown or malformed values are dropped rather than sent to the API. */
export function filtersFromParams(params: URLSearchParams): { filters: QuestionFilters; page: number } {
  return {
    filters: {
      bankId: positiveInt(params.get('bank')),
      q: params.get('q')?.trim() ?? '',
      topic: oneOf(TOPICS, params.get('topic')),
      type: oneOf(QUESTION_TYPES, params.get('type')),
      difficulty: oneOf(DIFFICULTIES, params.get('difficulty')),
      status: oneOf(QUESTION_STATUSES, params.get('status')),
      tag: params.get('tag')?.trim() ?? '',
      source: params.get('source')?.trim() ?? '',
    },
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/** Only what is set, in a stable order, so equal filters give equal URLs. */
export function paramsFromFilters(filters: QuestionFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.bankId !== null) params.set('bank', String(filters.bankId));
  for (const key of ['q', 'topic', 'type', 'difficulty', 'status', 'tag', 'source'] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

/** A link to the list with these filters, e.g. after an import. */
export function questionListHref(filters: Partial<QuestionFilters>): string {
  const search = paramsFromFilters({ ...noQuestionFilters, ...filters }).toString();
  return `/organizer/questions${search ? `?${search}` : ''}`;
}

/** The filters as API query parameters (without paging). */
export function filterQuery(filters: QuestionFilters): Omit<QuestionListQuery, 'page' | 'pageSize'> {
  return {
    bankId: filters.bankId ?? undefined,
    q: filters.q || undefined,
    topic: filters.topic || undefined,
    type: filters.type || undefined,
    difficulty: filters.difficulty || undefined,
    status: filters.status || undefined,
    tag: filters.tag || undefined,
    source: filters.source || undefined,
  };
}

export function hasActiveFilters(filters: QuestionFilters): boolean {
  return Boolean(filters.q || filters.topic || filters.type || filters.difficulty || filters.status || filters.tag || filters.source);
}

export function useQuestionFilters() {
  const [params, setParams] = useUrlSearchParams();
  const { filters, page } = useMemo(() => filtersFromParams(params), [params]);

  /** A new filter starts again at page 1. `replace` for corrections that should not add a history entry. */
  const setFilters = useCallback(
    (next: QuestionFilters, options: { replace?: boolean } = {}) => setParams(paramsFromFilters(next, 1), { replace: options.replace }),
    [setParams],
  );
  const setPage = useCallback((next: number) => setParams(paramsFromFilters(filters, next)), [setParams, filters]);

  return { filters, page, setFilters, setPage };
}
