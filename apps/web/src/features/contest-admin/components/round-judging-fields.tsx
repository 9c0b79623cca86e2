import { RadioGroup } from '../../../components/ui/radio-group';
import { TextField } from '../../../components/ui/text-field';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';
import { ROUND_FIELD_IDS } from './field-ids';
import { ROUND_LIMITS, type RoundFormValues } from './round-form-values';
import type { RoundRulesFieldsProps } from './round-rules-fields';

/** Essay grading (one or two judges, the margin that calls a third) and the appeal period after the close. */
export function RoundJudgingFields({ values, set, errorOf, visit }: RoundRulesFieldsProps) {
  const { ct } = useContestAdminTranslation();
  return (
    <section className="form-section" aria-labelledby="round-judging-title">
      <h2 id="round-judging-title" className="form-section__title">
        {ct('roundEditor.sectionJudging')}
      </h2>
      <RadioGroup
        id={ROUND_FIELD_IDS.essayJudges}
        legend={ct('roundEditor.essayJudges')}
        hint={ct('roundEditor.essayJudgesHint')}
        inline
        options={[
          { value: '1', label: ct('roundEditor.essayJudgesOne') },
          { value: '2', label: ct('roundEditor.essayJudgesTwo') },
        ]}
        value={values.essayJudges}
        error={errorOf('essayJudges')}
        inputProps={{ name: 'essayJudges', onChange: (event) => set('essayJudges', event.target.value as RoundFormValues['essayJudges']) }}
      />
      {values.essayJudges === '2' && (
        <TextField
          id={ROUND_FIELD_IDS.essayMargin}
          name="essayMargin"
          label={ct('roundEditor.essayMargin')}
          hint={ct('roundEditor.essayMarginHint', { max: ROUND_LIMITS.essayMargin.max })}
          inputMode="decimal"
          autoComplete="off"
          className="field--number"
          error={errorOf('essayMargin')}
          value={values.essayMargin}
          onChange={(event) => set('essayMargin', event.target.value)}
          onBlur={() => visit('essayMargin')}
        />
      )}
      <TextField
        id={ROUND_FIELD_IDS.appealDays}
        name="appealDays"
        label={ct('roundEditor.appealDays')}
        hint={ct('roundEditor.appealDaysHint', { max: ROUND_LIMITS.appealDays.max })}
        type="number"
        inputMode="numeric"
        min={ROUND_LIMITS.appealDays.min}
        max={ROUND_LIMITS.appealDays.max}
        step={1}
        className="field--number"
        error={errorOf('appealDays')}
        value={values.appealDays}
        onChange={(event) => set('appealDays', event.target.value)}
        onBlur={() => visit('appealDays')}
      />
    </section>
  );
}
