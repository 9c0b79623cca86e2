import type { ResultSnapshot, SnapshotChange } from '@reform-quiz/contracts';
import { useJudgingTranslation } from '../../../i18n/judging';
import { changeKind, shortHash } from './snapshot-view';

/** What moved since the previous snapshot of the same scope (or the published one): rank, score, prize, or in and out. */
export function SnapshotChanges({ diff }: { diff: ResultSnapshot['diff'] }) {
  const { jt, i18n } = useJudgingTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value);
  const side = (line: SnapshotChange['before'], empty: string) =>
    line ? (
      <>
        {jt('snapshot.changes.line', { rank: line.rank, score: number(line.score) })}
        {line.prize && (
          <>
            <br />
            {jt(`prizeKinds.${line.prize}`)}
          </>
        )}
      </>
    ) : (
      <em>{empty}</em>
    );

  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{jt('snapshot.changes.title')}</h2>
      {!diff && <p>{jt('snapshot.changes.first')}</p>}
      {diff && (
        <>
          <p>{jt('snapshot.changes.against', { hash: shortHash(diff.againstHash) })}</p>
          {diff.changes.length === 0 ? (
            <p data-testid="snapshot-no-changes">{jt('snapshot.changes.none')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="changes-caption" tabIndex={0}>
              <table className="snapshot-table" data-testid="snapshot-changes">
                <caption id="changes-caption">{jt('snapshot.changes.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{jt('snapshot.changes.name')}</th>
                    <th scope="col">{jt('snapshot.changes.before')}</th>
                    <th scope="col">{jt('snapshot.changes.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.changes.map((change, index) => {
                    const kind = changeKind(change);
                    return (
                      <tr key={`${change.name}-${index}`}>
                        <td>
                          {change.name}
                          {change.unit && <span className="snapshot-table__unit">{change.unit}</span>}
                        </td>
                        <td>{side(change.before, kind === 'added' ? jt('snapshot.changes.added') : '—')}</td>
                        <td>{side(change.after, kind === 'removed' ? jt('snapshot.changes.removed') : '—')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
