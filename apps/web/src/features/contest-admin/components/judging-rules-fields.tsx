import { TextField } from '../../../components/ui/text-field';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';
import { ChoiceWithHint } from './choice-with-hint';
import { CONTEST_LIMITS, type ContestFormValues, type ContestSlot } from './contest-form-values';
import { CONTEST_FIELD_IDS } from './field-ids';

export interface JudgingRulesFieldsProps {
  values: ContestFormValues;
  set: <K extends keyof ContestFormValues>(key: K, value: ContestFormValues[K]) => void;
  errorOf: (slot: ContestSlot) => string | undefined;
  visit: (key: string) => void;
}

/** How results are approved and prizes given: the jury's approvals, one prize per person, collective prizes for units. */
export function JudgingRulesFields({ values, set, errorOf, visit }: JudgingRulesFieldsProps) {
  const { ct } = useContestAdminTranslation();
  return (
    <section className="form-section" aria-labelledby="contest-judging-title">
      <h2 id="contest-judging-title" className="form-section__title">
        {ct('editor.sectionJudging')}
      </h2>
      <TextField
        id={CONTEST_FIELD_IDS.approvalsRequired}
        name="approvalsRequired"
        label={ct('fields.approvalsRequired')}
        hint={ct('editor.approvalsRequiredHint')}
        type="number"
        inputMode="numeric"
        min={CONTEST_LIMITS.approvalsRequired.min}
        max={CONTEST_LIMITS.approvalsRequired.max}
        step={1}
        className="field--number"
        error={errorOf('approvalsRequired')}
        value={values.approvalsRequired}
        onChange={(event) => set('approvalsRequired', event.target.value)}
        onBlur={() => visit('approvalsRequired')}
      />
      <ChoiceWithHint
        id={CONTEST_FIELD_IDS.onePrizePerPerson}
        name="onePrizePerPerson"
        label={ct('fields.onePrizePerPerson')}
        hint={ct('editor.onePrizePerPersonHint')}
        checked={values.onePrizePerPerson}
        onChange={(checked) => set('onePrizePerPerson', checked)}
      />
      <fieldset className="fieldset" aria-describedby="contest-collective-hint">
        <legend className="field__label">{ct('editor.collectiveLegend')}</legend>
        <p className="field__hint" id="contest-collective-hint">
          {ct('editor.collectiveHint')}
        </p>
        <div className="inline-fields">
          <TextField
            id={CONTEST_FIELD_IDS.collectiveMinPercent}
            name="collectiveMinPercent"
            label={ct('fields.collectiveMinPercent')}
            hint={ct('editor.collectiveMinPercentHint')}
            inputMode="decimal"
            autoComplete="off"
            className="field--number"
            error={errorOf('collectiveMinPercent')}
            value={values.collectiveMinPercent}
            onChange={(event) => set('collectiveMinPercent', event.target.value)}
            onBlur={() => visit('collectiveMinPercent')}
          />
          <TextField
            id={CONTEST_FIELD_IDS.collectivePrizeCount}
            name="collectivePrizeCount"
            label={ct('fields.collectivePrizeCount')}
            type="number"
            inputMode="numeric"
            min={CONTEST_LIMITS.collectivePrizeCount.min}
            max={CONTEST_LIMITS.collectivePrizeCount.max}
            step={1}
            className="field--number"
            error={errorOf('collectivePrizeCount')}
            value={values.collectivePrizeCount}
            onChange={(event) => set('collectivePrizeCount', event.target.value)}
            onBlur={() => visit('collectivePrizeCount')}
          />
        </div>
      </fieldset>
    </section>
  );
}
