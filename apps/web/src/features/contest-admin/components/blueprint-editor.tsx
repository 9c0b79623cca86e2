import { DIFFICULTIES, TOPICS } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { FieldError, FieldHint } from '../../../components/ui/form-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { CELL_MAX, blueprintSum, cellCount, spreadBlueprint, type BlueprintGrid, type CellKey } from './blueprint-grid';
import { ROUND_FIELD_IDS, blueprintCellId } from './field-ids';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

export interface CellProblem {
  code: string;
  message: string;
}

export interface BlueprintEditorProps {
  grid: BlueprintGrid;
  /** Approved questions per cell of the chosen bank; null while there is no bank or the counts load. */
  available: ReadonlyMap<string, number> | null;
  /** Why `available` is null, when it is. */
  availability: 'ready' | 'no-bank' | 'loading' | 'error';
  /** The round's question count, when it is a valid number. */
  questionCount: number | null;
  /** The problem of a cell, shown inline (availability is flagged as it is typed). */
  cellProblem: (key: CellKey) => CellProblem | undefined;
  /** The blueprint's own problem (the sum), when shown. */
  error?: string;
  onChange: (grid: BlueprintGrid) => void;
  onAnnounce: (message: string) => void;
}

/**
 * The blueprint as a topic × difficulty grid: one number per cell, beside the
 * approved questions that cell can draw from; row, column and grand totals,
 * and the sum against the round's question count as it is typed. On a phone
 * the table scrolls sideways inside its own labelled region.
 */
export function BlueprintEditor({ grid, available, availability, questionCount, cellProblem, error, onChange, onAnnounce }: BlueprintEditorProps) {
  const { ct, i18n } = useContestAdminTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const sum = blueprintSum(grid);
  const count = (topic: string, difficulty: string) => cellCount(grid, `${topic}/${difficulty}` as CellKey) ?? 0;
  const rowTotal = (topic: string) => DIFFICULTIES.reduce((s, d) => s + count(topic, d), 0);
  const columnTotal = (difficulty: string) => TOPICS.reduce((s, topic) => s + count(topic, difficulty), 0);

  const sumText = [
    ct('blueprint.sum', { sum, count: questionCount ?? '?' }),
    questionCount === null
      ? ''
      : sum < questionCount
        ? ct('blueprint.sumMissing', { missing: questionCount - sum })
        : sum > questionCount
          ? ct('blueprint.sumOver', { over: sum - questionCount })
          : ct('blueprint.sumOk'),
  ]
    .filter(Boolean)
    .join(' ');

  const spread = () => {
    if (!available || questionCount === null) return;
    const next = spreadBlueprint(available, questionCount);
    if (next) onChange(next);
    onAnnounce(next ? ct('blueprint.spreadDone', { count: questionCount }) : ct('blueprint.spreadFailed', { count: questionCount }));
  };

  const errorId = error ? 'round-blueprint-error' : undefined;
  return (
    <fieldset
      className={['field', 'fieldset', 'form-section', 'blueprint', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={['round-blueprint-hint', 'round-blueprint-sum', errorId].filter(Boolean).join(' ')}
    >
      <legend className="form-section__title">{ct('blueprint.title')}</legend>
      <FieldHint id="round-blueprint-hint">{ct('blueprint.hint')}</FieldHint>
      {availability === 'no-bank' && <p className="muted">{ct('blueprint.noBank')}</p>}
      {availability === 'loading' && <p className="muted">{ct('blueprint.loading')}</p>}
      <FieldError id={errorId}>{error}</FieldError>
      <p className="blueprint__scroll-hint">{ct('blueprint.scrollHint')}</p>
      <div className="table-scroll" role="region" aria-labelledby="blueprint-caption" tabIndex={0} id={ROUND_FIELD_IDS.blueprint}>
        <table className="table table--compact blueprint-table">
          {/* The legend above says it to the eye; the caption names the table and its scrolling region. */}
          <caption id="blueprint-caption" className="visually-hidden">
            {ct('blueprint.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{ct('blueprint.topic')}</th>
              {DIFFICULTIES.map((difficulty) => (
                <th scope="col" key={difficulty} className="num">
                  {ct(`difficulties.${difficulty}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {ct('blueprint.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {TOPICS.map((topic) => (
              <tr key={topic}>
                <th scope="row">{ct(`topics.${topic}`)}</th>
                {DIFFICULTIES.map((difficulty) => {
                  const key = `${topic}/${difficulty}` as CellKey;
                  const id = blueprintCellId(topic, difficulty);
                  const problem = cellProblem(key);
                  const have = available?.get(key) ?? 0;
                  return (
                    <td key={difficulty} className={problem ? 'blueprint-cell blueprint-cell--invalid' : 'blueprint-cell'}>
                      <label className="visually-hidden" htmlFor={id}>
                        {ct('blueprint.cellLabel', { topic: ct(`topics.${topic}`), difficulty: ct(`difficulties.${difficulty}`) })}
                      </label>
                      <span className="blueprint-cell__line">
                        <input
                          id={id}
                          name={`blueprint.${key}`}
                          className="input blueprint-cell__input"
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={CELL_MAX}
                          step={1}
                          value={grid[key] ?? ''}
                          placeholder="0"
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={[available ? `${id}-available` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
                          onChange={(event) => onChange({ ...grid, [key]: event.target.value })}
                        />
                        {available && (
                          <span
                            id={`${id}-available`}
                            className={have === 0 ? 'blueprint-cell__available blueprint-cell__available--none' : 'blueprint-cell__available'}
                          >
                            <span aria-hidden="true">/ {number.format(have)}</span>
                            <VisuallyHidden>{ct('blueprint.available', { count: have })}</VisuallyHidden>
                          </span>
                        )}
                      </span>
                      {problem && (
                        <span id={`${id}-error`} className="blueprint-cell__error">
                          <span aria-hidden="true">
                            ⚠ {problem.code === 'BLUEPRINT_SHORT' ? ct('blueprint.short', { count: have }) : ct('blueprint.invalid')}
                          </span>
                          <VisuallyHidden>{problem.message}</VisuallyHidden>
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="num num--total">{number.format(rowTotal(topic))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{ct('blueprint.total')}</th>
              {DIFFICULTIES.map((difficulty) => (
                <td key={difficulty} className="num num--total">
                  {number.format(columnTotal(difficulty))}
                </td>
              ))}
              <td className={questionCount !== null && sum !== questionCount ? 'num num--total num--off' : 'num num--total'}>
                {number.format(sum)}/{questionCount === null ? '?' : number.format(questionCount)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p
        id="round-blueprint-sum"
        className={questionCount !== null && sum !== questionCount ? 'blueprint__sum blueprint__sum--off' : 'blueprint__sum'}
        role="status"
        aria-atomic="true"
      >
        {sumText}
      </p>
      <div className="actions">
        <Button variant="secondary" disabled={!available || questionCount === null} onClick={spread}>
          {ct('blueprint.spread')}
        </Button>
        <Button
          variant="quiet"
          disabled={sum === 0}
          onClick={() => {
            onChange({});
            onAnnounce(ct('blueprint.cleared'));
          }}
        >
          {ct('blueprint.clear')}
        </Button>
      </div>
    </fieldset>
  );
}
