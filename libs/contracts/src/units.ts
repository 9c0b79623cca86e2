export const UNIT_KINDS = ['province', 'department', 'district', 'commune', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  /** Staff or population counted for participation rates. */
  headcount: number;
}

/** A unit as the public registration picker shows it: with its parent's name for context. */
export interface UnitOption {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentName: string | null;
}

export interface UnitSearchQuery {
  q?: string;
  kind?: UnitKind;
  limit?: number;
}

export interface CreateUnitRequest {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: number | null;
  headcount: number;
}

export type UpdateUnitRequest = Partial<CreateUnitRequest>;
