import { COUNTED_ATTEMPTS, LEADERBOARD_VISIBILITIES, PREDICTION_KINDS, type PredictionKind } from '@reform-quiz/contracts';
import { RadioGroup } from '../../../components/ui/radio-group';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { ChoiceWithHint } from './choice-with-hint';
import { ROUND_FIELD_IDS } from './field-ids';
import { DEFAULT_PREDICTION_PROMPTS, ROUND_LIMITS, type RoundFormValues, type RoundSlot } from './round-form-values';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

export interface RoundRulesFieldsProps {
  values: RoundFormValues;
  set: <K extends keyof RoundFormValues>(key: K, value: RoundFormValues[K]) => void;
  errorOf: (slot: RoundSlot) => string | undefined;
  visit: (key: string) => void;
}

/** Attempts and scoring, the prediction question, the public leaderboard. */
export function RoundRulesFields({ values, set, errorOf, visit }: RoundRulesFieldsProps) {
  const { ct } = useContestAdminTranslation();
  /** A new kind brings its usual wording, unless the organizer has written their own. */
  const choosePrediction = (kind: PredictionKind | 'none') => {
    const untouched = values.predictionPrompt.trim() === '' || Object.values(DEFAULT_PREDICTION_PROMPTS).includes(values.predictionPrompt);
    set('predictionKind', kind);
    if (kind !== 'none' && untouched) set('predictionPrompt', DEFAULT_PREDICTION_PROMPTS[kind]);
    visit('prediction');
  };

  return (
    <>
      <section className="form-section" aria-labelledby="round-attempts-title">
        <h2 id="round-attempts-title" className="form-section__title">
          {ct('roundEditor.sectionAttempts')}
        </h2>
        {values.practice ? (
          <p className="note">{ct('roundEditor.attemptsPractice')}</p>
        ) : (
          <div className="inline-fields">
            <TextField
              id={ROUND_FIELD_IDS.attemptsAllowed}
              name="attemptsAllowed"
              label={ct('roundEditor.attemptsAllowed')}
              type="number"
              inputMode="numeric"
              min={ROUND_LIMITS.attemptsAllowed.min}
              max={ROUND_LIMITS.attemptsAllowed.max}
              step={1}
              className="field--number"
              disabled={values.attemptsUnlimited}
              error={errorOf('attemptsAllowed')}
              value={values.attemptsUnlimited ? '' : values.attemptsAllowed}
              onChange={(event) => set('attemptsAllowed', event.target.value)}
              onBlur={() => visit('attemptsAllowed')}
            />
            <ChoiceWithHint
              id="round-attempts-unlimited"
              name="attemptsUnlimited"
              label={ct('roundEditor.attemptsUnlimited')}
              checked={values.attemptsUnlimited}
              onChange={(checked) => set('attemptsUnlimited', checked)}
            />
          </div>
        )}
        <RadioGroup
          id={ROUND_FIELD_IDS.countedAttempt}
          legend={ct('roundEditor.countedAttempt')}
          inline
          options={COUNTED_ATTEMPTS.map((value) => ({ value, label: ct(`countedAttempts.${value}`) }))}
          value={values.countedAttempt}
          error={errorOf('countedAttempt')}
          inputProps={{ name: 'countedAttempt', onChange: (event) => set('countedAttempt', event.target.value as RoundFormValues['countedAttempt']) }}
        />
        <ChoiceWithHint
          id="round-shuffle-questions"
          name="shuffleQuestions"
          label={ct('roundEditor.shuffleQuestions')}
          checked={values.shuffleQuestions}
          onChange={(checked) => set('shuffleQuestions', checked)}
        />
        <ChoiceWithHint
          id="round-shuffle-options"
          name="shuffleOptions"
          label={ct('roundEditor.shuffleOptions')}
          checked={values.shuffleOptions}
          onChange={(checked) => set('shuffleOptions', checked)}
        />
        <ChoiceWithHint
          id="round-partial-credit"
          name="partialCredit"
          label={ct('roundEditor.partialCredit')}
          hint={ct('roundEditor.partialCreditHint')}
          checked={values.partialCredit}
          onChange={(checked) => set('partialCredit', checked)}
        />
        <TextField
          id={ROUND_FIELD_IDS.graceSeconds}
          name="graceSeconds"
          label={ct('roundEditor.graceSeconds')}
          hint={ct('roundEditor.graceHint')}
          type="number"
          inputMode="numeric"
          min={ROUND_LIMITS.graceSeconds.min}
          max={ROUND_LIMITS.graceSeconds.max}
          step={1}
          className="field--number"
          error={errorOf('graceSeconds')}
          value={values.graceSeconds}
          onChange={(event) => set('graceSeconds', event.target.value)}
          onBlur={() => visit('graceSeconds')}
        />
      </section>

      <section className="form-section" aria-labelledby="round-prediction-title">
        <h2 id="round-prediction-title" className="form-section__title">
          {ct('roundEditor.sectionPrediction')}
        </h2>
        <RadioGroup
          id={ROUND_FIELD_IDS.prediction}
          legend={ct('roundEditor.predictionKind')}
          hint={ct('roundEditor.predictionHint')}
          options={(['none', ...PREDICTION_KINDS] as const).map((value) => ({ value, label: ct(`predictionKinds.${value}`) }))}
          value={values.predictionKind}
          error={errorOf('prediction')}
          inputProps={{ name: 'predictionKind', onChange: (event) => choosePrediction(event.target.value as PredictionKind | 'none') }}
        />
        {values.predictionKind !== 'none' && (
          <TextareaField
            id={ROUND_FIELD_IDS.predictionPrompt}
            name="predictionPrompt"
            label={ct('roundEditor.predictionPrompt')}
            rows={2}
            maxLength={ROUND_LIMITS.prompt.max}
            error={errorOf('predictionPrompt')}
            value={values.predictionPrompt}
            onChange={(event) => set('predictionPrompt', event.target.value)}
            onBlur={() => visit('predictionPrompt')}
          />
        )}
      </section>

      <section className="form-section" aria-labelledby="round-leaderboard-title">
        <h2 id="round-leaderboard-title" className="form-section__title">
          {ct('roundEditor.sectionLeaderboard')}
        </h2>
        {values.practice ? (
          <p className="note">{ct('rounds.practice')}</p>
        ) : (
          <>
            <RadioGroup
              id={ROUND_FIELD_IDS.leaderboardVisibility}
              legend={ct('roundEditor.visibility')}
              hint={ct(`visibilityHints.${values.leaderboardVisibility}`)}
              options={LEADERBOARD_VISIBILITIES.map((value) => ({ value, label: ct(`visibilities.${value}`) }))}
              value={values.leaderboardVisibility}
              error={errorOf('leaderboardVisibility')}
              inputProps={{
                name: 'leaderboardVisibility',
                onChange: (event) => set('leaderboardVisibility', event.target.value as RoundFormValues['leaderboardVisibility']),
              }}
            />
            {values.leaderboardVisibility === 'frozen' && (
              <TextField
                id={ROUND_FIELD_IDS.freezeMinutes}
                name="freezeMinutes"
                label={ct('roundEditor.freezeMinutes')}
                type="number"
                inputMode="numeric"
                min={ROUND_LIMITS.freezeMinutes.min}
                max={ROUND_LIMITS.freezeMinutes.max}
                step={1}
                className="field--number"
                error={errorOf('freezeMinutes')}
                value={values.freezeMinutes}
                onChange={(event) => set('freezeMinutes', event.target.value)}
                onBlur={() => visit('freezeMinutes')}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}
