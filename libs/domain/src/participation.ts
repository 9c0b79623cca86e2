/** A unit of the tree as participation figures need it. */
export interface TreeUnit {
  id: number;
  parentId: number | null;
}

/** The unit and every unit below it. */
export function subtree(units: readonly TreeUnit[], rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units) if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const ids = new Set<number>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as number;
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

/**
 * Distinct entrants of each unit counted with those of the units below it —
 * a district's figure includes its communes.
 */
export function entrantsWithin(units: readonly TreeUnit[], entrantsByUnit: ReadonlyMap<number, ReadonlySet<string>>, unitId: number): number {
  const people = new Set<string>();
  for (const id of subtree(units, unitId)) for (const p of entrantsByUnit.get(id) ?? []) people.add(p);
  return people.size;
}

/** The calendar day in Việt Nam (UTC+7, no daylight saving) of an instant, as YYYY-MM-DD. */
export function vietnamDay(ms: number): string {
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}
