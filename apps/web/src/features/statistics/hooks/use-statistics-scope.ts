import { useCallback } from 'react';
import type { Profile, UnitOption } from '@reform-quiz/contracts';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** A unit coordinator sees their own unit's subtree first; everyone else the whole province. */
export function defaultUnit(user: Profile | null): UnitOption | null {
  return user?.role === 'organizer' ? user.unit : null;
}

export interface StatisticsScopeState {
  roundId: number | null;
  unitId: number | null;
  /** The viewer's own unit, when the scope defaulted (or was set) to it. */
  ownUnit: UnitOption | null;
  setRound: (roundId: number | null) => void;
  setUnit: (unit: UnitOption | null) => void;
}

/**
 * The statistics' scope lives in the address (`?round=`, `?unit=`), so a
 * shared link shows the same figures. Without `unit`, an organizer gets their
 * own unit; `unit=all` asks for the whole province explicitly.
 */
export function useStatisticsScope(user: Profile | null): StatisticsScopeState {
  const [params, setParams] = useUrlSearchParams();
  const roundId = positiveInt(params.get('round'));
  const unitParam = params.get('unit');
  const own = defaultUnit(user);
  const unitId = unitParam === 'all' ? null : (positiveInt(unitParam) ?? own?.id ?? null);

  const update = useCallback(
    (name: 'round' | 'unit', value: string | null) => {
      const next = new URLSearchParams(params);
      if (value === null) next.delete(name);
      else next.set(name, value);
      setParams(next, { replace: true });
    },
    [params, setParams],
  );

  return {
    roundId,
    unitId,
    ownUnit: own !== null && own.id === unitId ? own : null,
    setRound: (id) => update('round', id === null ? null : String(id)),
    // Without a unit of their own the bare address already means the province; with one, say "all".
    setUnit: (unit) => update('unit', unit ? String(unit.id) : own ? 'all' : null),
  };
}
