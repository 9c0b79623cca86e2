import type { UnitParticipation } from '@reform-quiz/contracts';

/** How many units the chart shows. */
export const PARTICIPATION_UNITS = 15;

/**
 * The units with the highest participation rate (entrants ÷ headcount) —
 * collective prizes go by it. Units without a headcount have no rate and are
 * left out; ties go to more entrants, then by name.
 */
export function topParticipation(units: readonly UnitParticipation[], count = PARTICIPATION_UNITS): UnitParticipation[] {
  return units
    .filter((unit) => unit.headcount > 0)
    .sort((a, b) => b.rate - a.rate || b.entrants - a.entrants || a.unit.localeCompare(b.unit, 'vi'))
    .slice(0, count);
}

/** Bar lengths in percent of the longest, so small rates still read; the exact rate is printed beside each bar. */
export function barPercents(units: readonly Pick<UnitParticipation, 'rate'>[]): number[] {
  const max = Math.max(0, ...units.map((unit) => unit.rate));
  return units.map((unit) => (max > 0 ? Math.round((unit.rate / max) * 1000) / 10 : 0));
}
