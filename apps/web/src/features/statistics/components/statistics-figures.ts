import type { DailyAttempts, UnitParticipation } from '@reform-quiz/contracts';

/** How many units a bar chart shows; the table beneath has them all. */
export const CHART_UNITS = 15;

export type SortKey = 'unit' | 'entrants' | 'headcount' | 'rate';
export type SortDirection = 'ascending' | 'descending';

/** The direction a column sorts in when first chosen: names A→Z, figures biggest first. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'unit' ? 'ascending' : 'descending';
}

/**
 * Units sorted by a column. Units without a headcount have no rate: sorted
 * by rate they come last either way, so they never pass for the best or the
 * worst. Ties go by name, in Vietnamese order.
 */
export function sortParticipation(units: readonly UnitParticipation[], key: SortKey, direction: SortDirection): UnitParticipation[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: UnitParticipation, b: UnitParticipation) => a.unit.localeCompare(b.unit, 'vi');
  return [...units].sort((a, b) => {
    if (key === 'unit') return sign * byName(a, b);
    if (key === 'rate') {
      const known = Number(b.headcount > 0) - Number(a.headcount > 0);
      if (known !== 0) return known;
    }
    return sign * (a[key] - b[key]) || byName(a, b);
  });
}

/** The units with the highest participation rate, for the chart; units without entrants or without a headcount are left out. */
export function topByRate(units: readonly UnitParticipation[], count = CHART_UNITS): UnitParticipation[] {
  return sortParticipation(
    units.filter((unit) => unit.headcount > 0 && unit.entrants > 0),
    'rate',
    'descending',
  ).slice(0, count);
}

/** Bar lengths in percent of the longest, so that small rates still read; the figure itself is printed beside each bar. */
export function barPercents(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((value) => (max > 0 ? Math.round((value / max) * 1000) / 10 : 0));
}

const DAY_MS = 86_400_000;
/** A contest runs for weeks; a year of days is the most a chart should draw. */
const MAX_DAYS = 366;

const dayToMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const msToDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every day from the first to the last with attempts, the quiet days at zero: a time axis without gaps. */
export function fillDays(days: readonly DailyAttempts[]): DailyAttempts[] {
  if (days.length === 0) return [];
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const counts = new Map(sorted.map((day) => [day.date, day.attempts]));
  const last = dayToMs(sorted[sorted.length - 1].date);
  const first = Math.max(dayToMs(sorted[0].date), last - (MAX_DAYS - 1) * DAY_MS);
  const filled: DailyAttempts[] = [];
  for (let at = first; at <= last; at += DAY_MS) {
    const date = msToDay(at);
    filled.push({ date, attempts: counts.get(date) ?? 0 });
  }
  return filled;
}

/** The busiest day (the earliest of equals), or null without attempts. */
export function busiestDay(days: readonly DailyAttempts[]): DailyAttempts | null {
  return days.reduce<DailyAttempts | null>((best, day) => (day.attempts > 0 && (!best || day.attempts > best.attempts) ? day : best), null);
}
