import { Fragment, type ReactNode } from 'react';
import { parseInline, parseLightMarkup, type Inline } from './light-markup';

function renderRuns(runs: Inline[]): ReactNode[] {
  return runs.map((run, index) => {
    if (typeof run === 'string') return <Fragment key={index}>{run}</Fragment>;
    const Tag = run.kind;
    return <Tag key={index}>{renderRuns(run.children)}</Tag>;
  });
}

/**
 * A stem or explanation with its light formatting rendered as React elements,
 * never as HTML: a stem holding "<script>" shows those characters.
 */
export function RichText({ text, id, className }: { text: string; id?: string; className?: string }) {
  return (
    <div id={id} className={className}>
      {parseLightMarkup(text).map((lines, paragraph) => (
        <p key={paragraph}>
          {lines.map((runs, line) => (
            <Fragment key={line}>
              {line > 0 && <br />}
              {renderRuns(runs)}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

/** One line of formatted text (an answer option), as phrasing content that may sit inside a <label>. */
export function InlineRichText({ text, className }: { text: string; className?: string }) {
  return <span className={className}>{renderRuns(parseInline(text))}</span>;
}
