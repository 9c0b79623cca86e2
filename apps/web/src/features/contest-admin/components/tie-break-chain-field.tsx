import { useEffect, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { FieldError, FieldHint } from '../../../components/ui/form-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { chainPositions, moveLink, setLinkIncluded, tieBreaksFromChain, type ChainLink } from './tie-break-chain';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

export const tieBreakCheckboxId = (index: number) => `contest-tie-break-${index}`;
const moveId = (index: number, direction: 'up' | 'down') => `contest-tie-break-${index}-${direction}`;

export interface TieBreakChainFieldProps {
  chain: readonly ChainLink[];
  onChange: (chain: ChainLink[]) => void;
  error?: string;
  /** A polite announcement of what a button did. */
  onAnnounce: (message: string) => void;
}

/**
 * The ranking chain (product rule 4): which links are used, in which order.
 * Up and Down are ordinary buttons, so the order changes by keyboard as by
 * touch; focus stays on the moved link's button.
 */
export function TieBreakChainField({ chain, onChange, error, onAnnounce }: TieBreakChainFieldProps) {
  const { ct } = useContestAdminTranslation();
  const focusNext = useRef<string | null>(null);
  const positions = chainPositions(chain);
  const used = tieBreaksFromChain(chain);
  const name = (link: ChainLink) => ct(`tieBreaks.${link.tieBreak}`);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const move = (from: number, to: number) => {
    const next = moveLink(chain, from, to);
    onChange(next);
    const direction = to < from ? 'up' : 'down';
    const edge = to === 0 || to === chain.length - 1;
    // At the top or bottom this button is now disabled: continue from the other one.
    focusNext.current = moveId(to, edge ? (direction === 'up' ? 'down' : 'up') : direction);
    // Its place among the links in use, or in the list when it is left out.
    onAnnounce(ct('editor.linkMoved', { name: name(chain[from]), position: chainPositions(next)[to] ?? to + 1 }));
  };

  const toggle = (index: number, included: boolean) => {
    onChange(setLinkIncluded(chain, index, included));
    onAnnounce(ct(included ? 'editor.linkIncluded' : 'editor.linkExcluded', { name: name(chain[index]) }));
  };

  const hintId = 'contest-tie-breaks-hint';
  const errorId = error ? 'contest-tie-breaks-error' : undefined;
  return (
    <fieldset
      className={['field', 'fieldset', 'chain', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
    >
      <legend className="form-section__title">{ct('fields.tieBreaks')}</legend>
      <FieldHint id={hintId}>{ct('editor.chainHint')}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <ol className="chain__list">
        {chain.map((link, index) => {
          const of = (
            <>
              {' '}
              <VisuallyHidden>{ct('editor.ofLink', { name: name(link) })}</VisuallyHidden>
            </>
          );
          const position = positions[index];
          return (
            <li key={link.tieBreak} className={link.included ? 'chain__link' : 'chain__link chain__link--unused'}>
              <p className="chain__position" aria-hidden="true">
                {position === null ? ct('editor.chainUnused') : ct('editor.chainPosition', { position })}
              </p>
              <div className="choice">
                <input
                  id={tieBreakCheckboxId(index)}
                  type="checkbox"
                  className="choice__input"
                  checked={link.included}
                  aria-describedby={`${tieBreakCheckboxId(index)}-hint`}
                  onChange={(event) => toggle(index, event.target.checked)}
                />
                <label className="choice__label" htmlFor={tieBreakCheckboxId(index)}>
                  <span className="chain__name">{name(link)}</span>{' '}
                  <VisuallyHidden>— {position === null ? ct('editor.chainUnused') : ct('editor.chainPosition', { position })}</VisuallyHidden>
                </label>
              </div>
              <p className="chain__hint" id={`${tieBreakCheckboxId(index)}-hint`}>
                {ct(`tieBreakHints.${link.tieBreak}`)}
              </p>
              <div className="chain__tools">
                <Button id={moveId(index, 'up')} variant="quiet" disabled={index === 0} onClick={() => move(index, index - 1)}>
                  <span className="chain__icon" aria-hidden="true">
                    ↑
                  </span>
                  {ct('editor.moveUp')}
                  {of}
                </Button>
                <Button id={moveId(index, 'down')} variant="quiet" disabled={index === chain.length - 1} onClick={() => move(index, index + 1)}>
                  <span className="chain__icon" aria-hidden="true">
                    ↓
                  </span>
                  {ct('editor.moveDown')}
                  {of}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="chain__summary">
        {used.length > 0 ? ct('editor.chainSummary', { chain: used.map((link) => ct(`tieBreaks.${link}`)).join(' → ') }) : ct('editor.chainNone')}
      </p>
      <p className="chain__ties">{ct('editor.chainTies')}</p>
    </fieldset>
  );
}
