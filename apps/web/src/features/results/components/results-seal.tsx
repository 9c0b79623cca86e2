import { useId, useState } from 'react';
import type { PublishedResults } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { useResultsTranslation } from '../../../i18n/results';
import { formatInstant } from '../../../lib/format-date';
import { groupHash } from './result-lines';

/**
 * What makes the ranking official: when it was published, that the jury
 * approved it, and the content hash anyone can compare with the one the
 * committee announces (rule 7).
 */
export function ResultsSeal({ results }: { results: PublishedResults }) {
  const { rt, i18n } = useResultsTranslation();
  const headingId = useId();
  const helpId = useId();
  const [copied, setCopied] = useState(false);
  // The clipboard API exists only on HTTPS (and localhost): no button where it cannot work.
  const canCopy = typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';
  const copy = () => {
    navigator.clipboard.writeText(results.hash).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="results-seal" aria-labelledby={headingId}>
      <h2 id={headingId} className="results-seal__title">
        {rt('results.seal')}
      </h2>
      <dl className="results-seal__list">
        <div>
          <dt>{rt('results.publishedAt')}</dt>
          <dd>{formatInstant(results.publishedAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{rt('results.approval')}</dt>
          <dd>
            <span aria-hidden="true">✓ </span>
            {rt('results.approvalText')}
          </dd>
        </div>
        <div>
          <dt>{rt('results.hash')}</dt>
          <dd>
            <code className="results-seal__hash" data-testid="results-hash" data-hash={results.hash} aria-describedby={helpId}>
              {groupHash(results.hash)}
            </code>
            <p id={helpId} className="results-seal__help">
              {rt('results.hashHelp')}
            </p>
            {canCopy && (
              <Button variant="quiet" onClick={copy}>
                {rt('results.copyHash')}
              </Button>
            )}
            <span role="status" className="results-seal__copied">
              {copied ? rt('results.copied') : ''}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
