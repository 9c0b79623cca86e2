import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** Id of the field to focus. */
  fieldId: string;
  label: string;
  message: string;
}

export interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[];
  ref?: Ref<HTMLDivElement>;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  // Keep the router's URL clean: move focus ourselves instead of following the hash.
  event.preventDefault();
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
}

/** Lists a failed submit's problems; the form focuses it so screen readers read it first. */
export function ErrorSummary({ items, ref }: ErrorSummaryProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {t('errorSummary.title')}
        </h2>
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
