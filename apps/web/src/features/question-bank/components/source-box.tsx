import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionSource } from '@reform-quiz/contracts';
import { formatDay } from '../../../lib/format-date';

/** The legal document a question rests on, set apart: it is what the jury checks first. */
export function SourceBox({ source, headingLevel = 2 }: { source: QuestionSource | null; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const document = source?.document.trim();
  return (
    <section className={document ? 'source-box' : 'source-box source-box--missing'} aria-labelledby={titleId}>
      <Heading id={titleId} className="source-box__title">{t('questionBank.source.title')}</Heading>
      {document ? (
        <dl className="source-box__list">
          <div>
            <dt>{t('questionBank.source.document')}</dt>
            <dd className="source-box__document">{document}</dd>
          </div>
          {source?.article && (
            <div>
              <dt>{t('questionBank.source.article')}</dt>
              <dd>{source.article}</dd>
            </div>
          )}
          {source?.date && (
            <div>
              <dt>{t('questionBank.source.date')}</dt>
              <dd>{formatDay(source.date, i18n.language)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="source-box__none">{t('questionBank.source.missing')}</p>
      )}
    </section>
  );
}
