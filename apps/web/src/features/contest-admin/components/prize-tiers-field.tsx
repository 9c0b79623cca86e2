import { PRIZE_KINDS, type PrizeKind } from '@reform-quiz/contracts';
import { FieldHint } from '../../../components/ui/form-field';
import { TextField } from '../../../components/ui/text-field';
import { CONTEST_LIMITS } from './contest-form-values';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

export const prizeFieldId = (kind: PrizeKind) => `contest-prize-${kind}`;

export interface PrizeTiersFieldProps {
  prizes: Record<PrizeKind, string>;
  /** How many blocks (categories) award them. */
  blocks: number;
  onChange: (kind: PrizeKind, value: string) => void;
  onVisit: (kind: PrizeKind) => void;
  errorOf: (kind: PrizeKind) => string | undefined;
}

/** Nhất, Nhì, Ba, Khuyến khích: how many of each every block awards. */
export function PrizeTiersField({ prizes, blocks, onChange, onVisit, errorOf }: PrizeTiersFieldProps) {
  const { ct } = useContestAdminTranslation();
  const counts = PRIZE_KINDS.map((kind) => (/^\d+$/.test(prizes[kind].trim()) ? Number(prizes[kind].trim()) : 0));
  const perBlock = counts.reduce((a, b) => a + b, 0);
  return (
    <fieldset className="fieldset form-section" aria-describedby="contest-prizes-hint">
      <legend className="form-section__title">{ct('fields.prizes')}</legend>
      <FieldHint id="contest-prizes-hint">{ct('editor.prizesHint')}</FieldHint>
      <div className="prize-grid">
        {PRIZE_KINDS.map((kind) => (
          <TextField
            key={kind}
            id={prizeFieldId(kind)}
            name={`prizes.${kind}`}
            label={ct(`prizeKinds.${kind}`)}
            type="number"
            inputMode="numeric"
            min={0}
            max={CONTEST_LIMITS.prizeCount}
            step={1}
            className="field--number"
            error={errorOf(kind)}
            value={prizes[kind]}
            onChange={(event) => onChange(kind, event.target.value)}
            onBlur={() => onVisit(kind)}
          />
        ))}
      </div>
      <p className="muted">{ct('editor.prizesTotal', { perBlock, blocks, total: perBlock * blocks })}</p>
    </fieldset>
  );
}
