import type { ItemStatistics } from '@reform-quiz/contracts';
import { excerpt } from '../../../components/question-view/light-markup';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { useItemAnalysis } from '../api/get-item-analysis';

/** A share (0–1) as a percentage the local way: "83,3%". */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

function ItemRow({ item, index }: { item: ItemStatistics; index: number }) {
  const { jt, i18n } = useJudgingTranslation();
  const chosen = item.choices.reduce((sum, choice) => sum + choice.count, 0);
  return (
    <tr data-testid="item-row">
      <th scope="row" className="num">
        {index + 1}
      </th>
      <td className="judging-table__question">
        <span>{excerpt(item.stem, 160)}</span>
        {item.choices.length > 0 && (
          <details>
            <summary>{jt('items.choices')}</summary>
            <ul className="choice-list">
              {item.choices.map((choice) => (
                <li key={choice.optionId}>
                  {jt('items.choice', { text: choice.text, count: choice.count, percent: formatShare(chosen ? choice.count / chosen : 0, i18n.language) })}
                  {choice.correct && <strong> ({jt('items.correct')})</strong>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="num">{item.responses}</td>
      <td className="num">{formatShare(item.facility, i18n.language)}</td>
      <td className="num">
        {item.discrimination === null
          ? jt('items.noDiscrimination')
          : new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(item.discrimination)}
      </td>
      <td>
        {item.flags.length === 0 ? (
          jt('items.reviewNone')
        ) : (
          <span className="badges">
            {item.flags.map((flag) => (
              <Badge key={flag} tone="warning">
                {jt(`items.flags.${flag}`)}
              </Badge>
            ))}
          </span>
        )}
      </td>
    </tr>
  );
}

/** Facility, discrimination and option choices per question, once the round has closed; questions to revise first. */
export function ItemAnalysisTable({ roundId, closed }: { roundId: number; closed: boolean }) {
  const { t, jt } = useJudgingTranslation();
  const items = useItemAnalysis(roundId, { enabled: closed });

  return (
    <section aria-labelledby="items-title" data-testid="item-analysis">
      <h2 id="items-title" className="visually-hidden">
        {jt('items.title')}
      </h2>
      <p>{jt('items.lead')}</p>
      {!closed && <p>{jt('contest.notClosedYet')}</p>}
      {closed && items.isPending && <Spinner />}
      {items.isError && <Alert tone="error" title={errorMessage(t, items.error)} />}
      {items.data && items.data.length === 0 && <p>{jt('items.empty')}</p>}
      {items.data && items.data.length > 0 && (
        <>
          <p className="scroll-hint">{jt('items.scrollHint')}</p>
          <div className="table-scroll" role="region" aria-labelledby="items-caption" tabIndex={0}>
            <table className="table judging-table">
              <caption id="items-caption">{jt('items.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">{jt('items.question')}</th>
                  <th scope="col" className="num">
                    {jt('items.responses')}
                  </th>
                  <th scope="col" className="num">
                    {jt('items.facility')}
                  </th>
                  <th scope="col" className="num">
                    {jt('items.discrimination')}
                  </th>
                  <th scope="col">{jt('items.review')}</th>
                </tr>
              </thead>
              <tbody>
                {items.data.map((item, index) => (
                  <ItemRow key={item.questionId} item={item} index={index} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
