import { useMemo } from 'react';
import { UNIT_KINDS, type Unit } from '@reform-quiz/contracts';

export interface UnitNode {
  unit: Unit;
  depth: number;
  children: UnitNode[];
}

const KIND_ORDER = new Map<string, number>(UNIT_KINDS.map((kind, index) => [kind, index]));
const collator = new Intl.Collator('vi');

function compareUnits(a: Unit, b: Unit): number {
  return (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) || collator.compare(a.name, b.name);
}

/**
 * Nests the flat list by parentId, siblings ordered by kind then name. A unit
 * whose parent is missing from the list becomes a root rather than vanishing.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<number | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(unit);
    childrenOf.set(parent, siblings);
  }
  const seen = new Set<number>();
  const build = (parent: number | null, depth: number): UnitNode[] =>
    (childrenOf.get(parent) ?? [])
      .slice()
      .sort(compareUnits)
      // A cycle in bad data must not loop forever.
      .filter((unit) => !seen.has(unit.id) && seen.add(unit.id))
      .map((unit) => ({ unit, depth, children: build(unit.id, depth + 1) }));
  return build(null, 0);
}

/** Depth-first order, for an indented <select> of parents. */
export function flattenTree(nodes: readonly UnitNode[]): UnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The unit and everything under it: none of them may become its parent. */
export function subtreeIds(nodes: readonly UnitNode[], id: number): Set<number> {
  const found = flattenTree(nodes).find((node) => node.unit.id === id);
  return new Set(found ? flattenTree([found]).map((node) => node.unit.id) : []);
}

export function useUnitTree(units: readonly Unit[] | undefined) {
  return useMemo(() => {
    const roots = buildUnitTree(units ?? []);
    return { roots, flat: flattenTree(roots) };
  }, [units]);
}
