import type { Category } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';

export type Block = Category | 'all';

/** Tất cả / CBCCVC / Người dân: toggle buttons, the pressed one being the block shown. */
export function BlockSwitch({ blocks, value, onChange }: { blocks: readonly Category[]; value: Block; onChange: (block: Block) => void }) {
  const { et } = useEntrantTranslation();
  const options: Block[] = ['all', ...blocks];
  return (
    <div className="block-switch" role="group" aria-label={et('leaderboard.blocks')}>
      {options.map((block) => (
        <button
          key={block}
          type="button"
          className="block-switch__button"
          aria-pressed={value === block}
          onClick={() => onChange(block)}
        >
          {block === 'all' ? et('leaderboard.all') : et(`blocksShort.${block}`)}
        </button>
      ))}
    </div>
  );
}
