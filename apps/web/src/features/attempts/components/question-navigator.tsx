import { useEntrantTranslation } from '../../../i18n/entrant';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';

export interface NavigatorItem {
  id: string;
  answered: boolean;
  /** Its latest answer has not reached the server yet. */
  unsent: boolean;
}

export interface QuestionNavigatorProps {
  items: readonly NavigatorItem[];
  current: number;
  onSelect: (index: number) => void;
}

/**
 * A grid of question numbers. Each says in words (for screen readers) and in
 * shape (✓ answered, ! unsent, bold frame current) what colour also shows.
 */
export function QuestionNavigator({ items, current, onSelect }: QuestionNavigatorProps) {
  const { et } = useEntrantTranslation();
  return (
    <nav className="navigator" aria-labelledby="navigator-title">
      <h2 id="navigator-title" className="navigator__title">
        {et('attempt.navigatorTitle')}
      </h2>
      <ol className="navigator__grid">
        {items.map((item, index) => {
          const isCurrent = index === current;
          const classes = ['navigator__item', item.answered ? 'navigator__item--answered' : '', item.unsent ? 'navigator__item--unsent' : '', isCurrent ? 'navigator__item--current' : ''];
          return (
            <li key={item.id}>
              <button
                type="button"
                className={classes.filter(Boolean).join(' ')}
                aria-current={isCurrent ? 'step' : undefined}
                data-testid={`nav-question-${index + 1}`}
                data-answered={item.answered}
                data-unsent={item.unsent}
                onClick={() => onSelect(index)}
              >
                <VisuallyHidden>{et('attempt.navQuestion')} </VisuallyHidden>
                {index + 1}
                <VisuallyHidden>
                  , {item.answered ? et('attempt.navAnswered') : et('attempt.navUnanswered')}
                  {item.unsent && `, ${et('attempt.navUnsent')}`}
                </VisuallyHidden>
                {item.answered && !item.unsent && (
                  <span className="navigator__mark" aria-hidden="true">
                    ✓
                  </span>
                )}
                {item.unsent && (
                  <span className="navigator__mark navigator__mark--unsent" aria-hidden="true">
                    !
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="navigator__legend" aria-hidden="true">
        <span>✓ {et('attempt.legendAnswered')}</span>
        <span>! {et('attempt.legendUnsent')}</span>
        <span>{et('attempt.legendCurrent')}</span>
      </p>
    </nav>
  );
}
