import { DIFFICULTIES, TOPICS, type BlueprintCell, type Difficulty, type FieldErrorCode, type QuestionCounts, type Topic } from '@reform-quiz/contracts';
import { cellKey } from '@reform-quiz/domain';

/** One topic × difficulty cell, keyed the way the domain keys them ("procedures/easy"). */
export type CellKey = `${Topic}/${Difficulty}`;

/** What the blueprint editor holds: the count typed in each cell ('' for none). */
export type BlueprintGrid = Partial<Record<CellKey, string>>;

/** Every cell in the grid's order: topics as the bank lists them, easy → hard. */
export const GRID_CELLS: readonly { topic: Topic; difficulty: Difficulty; key: CellKey }[] = TOPICS.flatMap((topic) =>
  DIFFICULTIES.map((difficulty) => ({ topic, difficulty, key: cellKey({ topic, difficulty }) as CellKey })),
);

/** The API's own limit on one cell (BlueprintCellDto). */
export const CELL_MAX = 200;

/** A stored blueprint in the grid. The same cell listed twice (refused at publishing) is added up: the grid has one box per cell. */
export function gridFromBlueprint(blueprint: readonly BlueprintCell[]): BlueprintGrid {
  const sums = new Map<CellKey, number>();
  for (const cell of blueprint) {
    const key = cellKey(cell) as CellKey;
    sums.set(key, (sums.get(key) ?? 0) + cell.count);
  }
  return Object.fromEntries([...sums].map(([key, count]) => [key, String(count)]));
}

/** A cell's count, or null when what was typed is not a whole number (blank is 0). */
export function cellCount(grid: BlueprintGrid, key: CellKey): number | null {
  const text = (grid[key] ?? '').trim();
  if (text === '') return 0;
  return /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * The blueprint as sent: the cells with at least one question, in grid order
 * (the API refuses a cell of 0). Cells that are not a whole number are left
 * out; the editor refuses to send those anyway.
 */
export function blueprintFromGrid(grid: BlueprintGrid): BlueprintCell[] {
  return GRID_CELLS.flatMap(({ topic, difficulty, key }) => {
    const count = cellCount(grid, key);
    return count !== null && count > 0 ? [{ topic, difficulty, count }] : [];
  });
}

/** Approved questions per cell; cells the API leaves out have none. */
export function availableByCell(counts: QuestionCounts): Map<string, number> {
  const available = new Map<string, number>();
  for (const cell of counts.cells) available.set(cellKey(cell), (available.get(cellKey(cell)) ?? 0) + cell.count);
  return available;
}

/** The questions the grid asks for (whole-number cells only). */
export function blueprintSum(grid: BlueprintGrid): number {
  return GRID_CELLS.reduce((sum, { key }) => sum + (cellCount(grid, key) ?? 0), 0);
}

/**
 * What the API's validation would refuse in each cell: not a whole number, or
 * over its limit. (Whether the bank has enough questions is a publishing
 * check, made with the domain's roundProblems: see round-form-values.ts.)
 */
export function blueprintCellProblems(grid: BlueprintGrid): { key: CellKey; code: FieldErrorCode }[] {
  return GRID_CELLS.flatMap(({ key }): { key: CellKey; code: FieldErrorCode }[] => {
    const count = cellCount(grid, key);
    if (count === null) return [{ key, code: 'INVALID_VALUE' }];
    return count > CELL_MAX ? [{ key, code: 'OUT_OF_RANGE' }] : [];
  });
}

/** The grid cell behind the API's `blueprint.N` (N indexes the blueprint as sent). */
export function cellOfBlueprintIndex(blueprint: readonly BlueprintCell[], index: number): CellKey | null {
  const cell = blueprint[index];
  return cell ? (cellKey(cell) as CellKey) : null;
}

/**
 * Fills the grid with `total` questions spread over the topics as evenly as
 * the bank allows: one question per topic in turn, each from that topic's
 * fullest difficulty still available. Null when the bank has fewer.
 */
export function spreadBlueprint(available: ReadonlyMap<string, number>, total: number): BlueprintGrid | null {
  const left = new Map(available);
  const taken = new Map<CellKey, number>();
  let placed = 0;
  while (placed < total) {
    let progressed = false;
    for (const topic of TOPICS) {
      if (placed === total) break;
      const fullest = GRID_CELLS.filter((cell) => cell.topic === topic && (left.get(cell.key) ?? 0) > 0).sort(
        (a, b) => (left.get(b.key) ?? 0) - (left.get(a.key) ?? 0),
      )[0];
      if (!fullest) continue;
      left.set(fullest.key, (left.get(fullest.key) ?? 0) - 1);
      taken.set(fullest.key, (taken.get(fullest.key) ?? 0) + 1);
      placed += 1;
      progressed = true;
    }
    if (!progressed) return null;
  }
  return Object.fromEntries([...taken].map(([key, count]) => [key, String(count)]));
}
