import { useState } from 'react';
import type { ResultBlock } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { useJudgingTranslation } from '../../../i18n/judging';
import { formatStopwatch } from '../../../lib/format-duration';

/** Lines shown before "show all": every prize winner, and at least this many. */
export const RANKING_PREVIEW = 30;

export function previewCount(block: ResultBlock): number {
  const winners = block.entries.filter((entry) => entry.prize !== null).length;
  return Math.max(RANKING_PREVIEW, winners);
}

function BlockTable({ block, index }: { block: ResultBlock; index: number }) {
  const { t, jt, i18n } = useJudgingTranslation();
  const [all, setAll] = useState(false);
  const name = block.category ? jt('snapshot.ranking.block', { category: t(`categories.${block.category}`) }) : jt('snapshot.ranking.everyone');
  const shown = all ? block.entries : block.entries.slice(0, previewCount(block));
  const captionId = `ranking-caption-${index}`;
  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value);

  return (
    <div className="snapshot-block">
      <h3>{name}</h3>
      {block.entries.length === 0 ? (
        <p>{jt('snapshot.ranking.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="snapshot-table" data-testid="snapshot-ranking">
            <caption id={captionId}>{jt('snapshot.ranking.caption', { block: name })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {jt('snapshot.ranking.rank')}
                </th>
                <th scope="col">{jt('snapshot.ranking.name')}</th>
                <th scope="col" className="num">
                  {jt('snapshot.ranking.score')}
                </th>
                <th scope="col" className="num">
                  {jt('snapshot.ranking.time')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry, row) => (
                <tr key={`${entry.rank}-${row}`}>
                  <td className="num">{entry.rank}</td>
                  <td>
                    {entry.name}
                    {entry.unit && <span className="snapshot-table__unit">{entry.unit}</span>}
                    {entry.prize && <strong className="snapshot-table__prize">{jt(`prizeKinds.${entry.prize}`)}</strong>}
                  </td>
                  <td className="num">{number(entry.score)}</td>
                  <td className="num">{formatStopwatch(entry.durationMs, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.length < block.entries.length && (
        <p>
          {jt('snapshot.ranking.more', { count: block.entries.length - shown.length })}{' '}
          <Button variant="quiet" onClick={() => setAll(true)}>
            {jt('snapshot.ranking.showAll', { count: block.entries.length })}
          </Button>
        </p>
      )}
    </div>
  );
}

/** The frozen ranking, a table per block (category), prize winners first in view. */
export function SnapshotRanking({ blocks }: { blocks: readonly ResultBlock[] }) {
  const { jt } = useJudgingTranslation();
  return (
    <section aria-labelledby="ranking-title">
      <h2 id="ranking-title">{jt('snapshot.ranking.title')}</h2>
      {blocks.length === 0 && <p>{jt('snapshot.ranking.empty')}</p>}
      {blocks.map((block, index) => (
        <BlockTable key={block.category ?? 'all'} block={block} index={index} />
      ))}
    </section>
  );
}
