import type { BlueprintCell } from '@reform-quiz/contracts';
import { roundProblems } from '@reform-quiz/domain';
import {
  blueprintCellProblems,
  blueprintFromGrid,
  blueprintSum,
  cellOfBlueprintIndex,
  gridFromBlueprint,
  spreadBlueprint,
  type BlueprintGrid,
} from './blueprint-grid';

describe('blueprint grid', () => {
  it('sends the cells with questions, in grid order (topics as the bank lists them, easy → hard)', () => {
    const grid: BlueprintGrid = { 'general/hard': '2', 'procedures/easy': '3', 'institutional/medium': ' 1 ', 'procedures/hard': '0', 'e_government/easy': '' };
    expect(blueprintFromGrid(grid)).toEqual([
      { topic: 'institutional', difficulty: 'medium', count: 1 },
      { topic: 'procedures', difficulty: 'easy', count: 3 },
      { topic: 'general', difficulty: 'hard', count: 2 },
    ]);
    expect(blueprintSum(grid)).toBe(6);
  });

  it('adds up a cell a stored blueprint lists twice: the grid has one box per cell', () => {
    const stored: BlueprintCell[] = [
      { topic: 'procedures', difficulty: 'easy', count: 2 },
      { topic: 'general', difficulty: 'medium', count: 1 },
      { topic: 'procedures', difficulty: 'easy', count: 1 },
    ];
    expect(gridFromBlueprint(stored)).toEqual({ 'procedures/easy': '3', 'general/medium': '1' });
  });

  it('flags what the API would refuse in a cell, and leaves bad cells out of the sum and the body', () => {
    const grid: BlueprintGrid = { 'procedures/easy': '2,5', 'general/easy': '-1', 'general/hard': '201', 'organization/easy': '4' };
    expect(
      blueprintCellProblems(grid)
        .map((p) => `${p.key}:${p.code}`)
        .sort(),
    ).toEqual(['general/easy:INVALID_VALUE', 'general/hard:OUT_OF_RANGE', 'procedures/easy:INVALID_VALUE']);
    expect(blueprintSum(grid)).toBe(205);
    expect(blueprintFromGrid(grid)).toEqual([
      { topic: 'organization', difficulty: 'easy', count: 4 },
      { topic: 'general', difficulty: 'hard', count: 201 },
    ]);
  });

  it('finds the cell behind the API’s blueprint.N, N indexing the blueprint as sent', () => {
    const sent = blueprintFromGrid({ 'general/hard': '2', 'procedures/easy': '3' });
    expect(cellOfBlueprintIndex(sent, 0)).toBe('procedures/easy');
    expect(cellOfBlueprintIndex(sent, 1)).toBe('general/hard');
    expect(cellOfBlueprintIndex(sent, 2)).toBeNull();
  });

  it('spreads questions over the topics from the fullest cells, within what the bank has', () => {
    const available = new Map([
      ['institutional/easy', 1],
      ['procedures/easy', 2],
      ['procedures/medium', 4],
      ['general/hard', 5],
    ]);
    const grid = spreadBlueprint(available, 6);
    // Topic by topic, one question at a time: procedures then general get a second, procedures a third (a tie goes to the easier cell).
    expect(grid).toEqual({ 'institutional/easy': '1', 'procedures/medium': '2', 'procedures/easy': '1', 'general/hard': '2' });
    // Whatever it fills, the server's own check finds nothing wrong with it.
    const blueprint = blueprintFromGrid(grid ?? {});
    const round = {
      mode: 'self_paced' as const,
      opensAt: '2018-05-01T00:00:00Z',
      closesAt: '2018-05-08T00:00:00Z',
      timeLimitSeconds: 600,
      questionCount: 6,
      blueprint,
      practice: false,
      prediction: null,
    };
    expect(roundProblems(round, available)).toEqual([]);
    expect(spreadBlueprint(available, 13)).toBeNull();
  });
});
