import { useId } from 'react';
import type { Category, ResultBlock } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { useResultsTranslation } from '../../../i18n/results';
import { PAGE_ROWS, useVisibleCount } from '../hooks/use-visible-count';
import { winners } from './result-lines';
import { ResultTable } from './result-table';

export function blockKey(block: ResultBlock): Category | 'all' {
  return block.category ?? 'all';
}

/** One block (category) of a published ranking: its prize winners first, then the whole ranking, fifty lines at a time. */
export function ResultBlockSection({ block }: { block: ResultBlock }) {
  const { rt } = useResultsTranslation();
  const headingId = useId();
  const blockName = rt(`blocks.${blockKey(block)}`);
  const prized = winners(block.entries);
  const { visible, remaining, showMore } = useVisibleCount(block.entries.length);

  return (
    <section className="results-block" aria-labelledby={headingId} data-testid={`results-block-${blockKey(block)}`}>
      <h2 id={headingId}>{blockName}</h2>
      {block.entries.length === 0 ? (
        <p>{rt('results.emptyBlock')}</p>
      ) : (
        <>
          <h3>{rt('results.winnersTitle')}</h3>
          {prized.length === 0 ? (
            <p>{rt('results.noWinners')}</p>
          ) : (
            <ResultTable caption={rt('results.caption', { table: rt('results.winnersTitle'), block: blockName })} entries={prized} testId="results-winners" />
          )}
          <h3>{rt('results.rankingTitle')}</h3>
          <p className="muted">{rt('results.rankingCount', { count: block.entries.length })}</p>
          <ResultTable caption={rt('results.caption', { table: rt('results.rankingTitle'), block: blockName })} entries={block.entries.slice(0, visible)} />
          {block.entries.length > visible && (
            <p className="results-more">
              <Button variant="secondary" onClick={showMore}>
                {rt('results.showMore', { count: Math.min(remaining, PAGE_ROWS) })}
              </Button>
            </p>
          )}
          <p className="muted results-shown" role="status">
            {block.entries.length > PAGE_ROWS ? rt('results.shownOf', { shown: visible, total: block.entries.length }) : ''}
          </p>
        </>
      )}
    </section>
  );
}
