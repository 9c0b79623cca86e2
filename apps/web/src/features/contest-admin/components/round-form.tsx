import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DIFFICULTIES, ROUND_MODES, TOPICS, type ContestStatus, type QuestionBank, type RoundInput } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary';
import { FieldHint } from '../../../components/ui/form-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { formatInstant } from '../../../lib/format-date';
import { useApprovedCounts } from '../api/get-approved-counts';
import { useFormFeedback } from '../hooks/use-form-feedback';
import { BlueprintEditor } from './blueprint-editor';
import { availableByCell, type CellKey } from './blueprint-grid';
import { ChoiceWithHint } from './choice-with-hint';
import { ROUND_FIELD_IDS, blueprintCellId } from './field-ids';
import { blockingRoundProblems, roundFormProblems, roundSlotOf, toRoundInput, ROUND_LIMITS, type RoundFormValues, type RoundSlot } from './round-form-values';
import { RoundJudgingFields } from './round-judging-fields';
import { RoundRulesFields } from './round-rules-fields';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

/** Controls to focus for each slot, in form order (the error summary follows it). */
const SLOT_IDS: [RoundSlot, string][] = [
  ['title', ROUND_FIELD_IDS.title],
  ['mode', ROUND_FIELD_IDS.mode],
  ['practice', ROUND_FIELD_IDS.practice],
  ['bankId', ROUND_FIELD_IDS.bankId],
  ['opensAt', ROUND_FIELD_IDS.opensAt],
  ['closesAt', ROUND_FIELD_IDS.closesAt],
  ['timeLimitMinutes', ROUND_FIELD_IDS.timeLimitMinutes],
  ['questionSeconds', ROUND_FIELD_IDS.questionSeconds],
  ['questionCount', ROUND_FIELD_IDS.questionCount],
  ['blueprint', ROUND_FIELD_IDS.blueprint],
  ...TOPICS.flatMap((topic) => DIFFICULTIES.map((difficulty): [RoundSlot, string] => [`blueprint.${topic}/${difficulty}`, blueprintCellId(topic, difficulty)])),
  ['attemptsAllowed', ROUND_FIELD_IDS.attemptsAllowed],
  ['countedAttempt', ROUND_FIELD_IDS.countedAttempt],
  ['prediction', ROUND_FIELD_IDS.prediction],
  ['predictionPrompt', ROUND_FIELD_IDS.predictionPrompt],
  ['leaderboardVisibility', ROUND_FIELD_IDS.leaderboardVisibility],
  ['freezeMinutes', ROUND_FIELD_IDS.freezeMinutes],
  ['graceSeconds', ROUND_FIELD_IDS.graceSeconds],
  ['essayJudges', ROUND_FIELD_IDS.essayJudges],
  ['essayMargin', ROUND_FIELD_IDS.essayMargin],
  ['appealDays', ROUND_FIELD_IDS.appealDays],
];

/** The part of the values a slot shows, to tell whether a server problem still applies. */
function slotValue(values: RoundFormValues, slot: RoundSlot): unknown {
  if (slot.startsWith('blueprint.')) return values.blueprint[slot.slice('blueprint.'.length) as CellKey];
  switch (slot) {
    case 'blueprint':
      return [values.blueprint, values.questionCount];
    case 'closesAt':
      return [values.opensAt, values.closesAt];
    case 'prediction':
      return [values.predictionKind, values.practice];
    case 'attemptsAllowed':
      return [values.attemptsAllowed, values.attemptsUnlimited];
    default:
      return values[slot as Exclude<RoundSlot, `blueprint.${string}` | 'blueprint' | 'prediction'>];
  }
}

export interface RoundFormProps {
  initialValues: RoundFormValues;
  contestStatus: ContestStatus;
  banks: readonly QuestionBank[];
  submitLabel: string;
  pending: boolean;
  /** Throws the API's error; the form puts its field problems on the fields. `openProblems`: publish problems left (a draft saves with them). */
  onSubmit: (input: RoundInput, openProblems: number) => Promise<void>;
  cancelHref: string;
}

/**
 * A round's rules. Values live in React state: every keystroke feeds the
 * blueprint's sum and the same publishing checks the server makes, with the
 * chosen bank's approved counts.
 */
export function RoundForm({ initialValues, contestStatus, banks, submitLabel, pending, onSubmit, cancelHref }: RoundFormProps) {
  const { t, ct, i18n } = useContestAdminTranslation();
  const [values, setValues] = useState<RoundFormValues>(initialValues);
  const set = <K extends keyof RoundFormValues>(key: K, value: RoundFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const feedback = useFormFeedback<RoundSlot>();
  const [formError, setFormError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const draft = contestStatus === 'draft';

  const bankId = values.bankId === '' ? null : Number(values.bankId);
  const counts = useApprovedCounts(bankId);
  const available = counts.data ? availableByCell(counts.data) : null;
  const problems = roundFormProblems(values, available);
  const input = toRoundInput(values);
  const snapshotOf = (slot: RoundSlot) => JSON.stringify(slotValue(values, slot) ?? null);

  /** A cell's count is checked against the bank as it is typed; other problems once the field was left, or after a submit. */
  const shown = (slot: RoundSlot) => slot.startsWith('blueprint.') || feedback.shows(slot);
  const messagesOf = (slot: RoundSlot) => [
    ...feedback.serverProblems.filter((p) => p.slot === slot && p.snapshot === snapshotOf(slot)).map((p) => fieldProblemMessage(t, p.code)),
    ...problems
      .filter((p) => p.slot === slot && shown(slot))
      .map((p) => (p.kind === 'publish' && draft ? `${fieldProblemMessage(t, p.code)} (${ct('editor.beforePublish')})` : fieldProblemMessage(t, p.code))),
  ];
  const errorOf = (slot: RoundSlot): string | undefined => {
    const messages = messagesOf(slot);
    return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
  };
  const cellProblem = (key: CellKey) => {
    const slot: RoundSlot = `blueprint.${key}`;
    const code = feedback.serverProblems.find((p) => p.slot === slot && p.snapshot === snapshotOf(slot))?.code ?? problems.find((p) => p.slot === slot)?.code;
    return code ? { code, message: errorOf(slot) ?? fieldProblemMessage(t, code) } : undefined;
  };

  const slotLabel = (slot: RoundSlot): string => {
    if (slot.startsWith('blueprint.')) {
      const [topic, difficulty] = slot.slice('blueprint.'.length).split('/') as [(typeof TOPICS)[number], (typeof DIFFICULTIES)[number]];
      return `${ct('blueprint.title')} — ${ct('blueprint.cellLabel', { topic: ct(`topics.${topic}`), difficulty: ct(`difficulties.${difficulty}`) })}`;
    }
    const labels: Record<Exclude<RoundSlot, `blueprint.${string}`>, string> = {
      title: ct('roundEditor.title'),
      mode: ct('roundEditor.mode'),
      practice: ct('roundEditor.practice'),
      bankId: ct('roundEditor.bank'),
      opensAt: ct('roundEditor.opensAt'),
      closesAt: ct('roundEditor.closesAt'),
      timeLimitMinutes: ct('roundEditor.timeLimit'),
      questionSeconds: ct('roundEditor.questionSeconds'),
      questionCount: ct('roundEditor.questionCount'),
      blueprint: ct('blueprint.title'),
      attemptsAllowed: ct('roundEditor.attemptsAllowed'),
      countedAttempt: ct('roundEditor.countedAttempt'),
      prediction: ct('roundEditor.sectionPrediction'),
      predictionPrompt: ct('roundEditor.predictionPrompt'),
      leaderboardVisibility: ct('roundEditor.visibility'),
      freezeMinutes: ct('roundEditor.freezeMinutes'),
      graceSeconds: ct('roundEditor.graceSeconds'),
      essayJudges: ct('roundEditor.essayJudges'),
      essayMargin: ct('roundEditor.essayMargin'),
      appealDays: ct('roundEditor.appealDays'),
    };
    return labels[slot as keyof typeof labels];
  };

  const summaryItems: ErrorSummaryItem[] = feedback.submitted
    ? SLOT_IDS.flatMap(([slot, fieldId]) => {
        const message = errorOf(slot);
        return message ? [{ fieldId, label: slotLabel(slot), message }] : [];
      })
    : [];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const current = values;
    feedback.setSubmitted(true);
    feedback.setServerProblems([]);
    setFormError(null);
    const all = roundFormProblems(current, available);
    if (blockingRoundProblems(all, contestStatus).length > 0) return feedback.failed();
    const sent = toRoundInput(current);
    try {
      await onSubmit(sent, all.filter((p) => p.kind === 'publish').length);
    } catch (error) {
      const placed: { slot: RoundSlot; code: string; snapshot: string }[] = [];
      const unplaced: string[] = [];
      const snapshot = (slot: RoundSlot) => JSON.stringify(slotValue(current, slot) ?? null);
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const slot = roundSlotOf(detail.field, sent);
          if (slot) placed.push({ slot, code: detail.code, snapshot: snapshot(slot) });
          else unplaced.push(fieldProblemMessage(t, detail.code));
        }
        if (error.code === 'QUESTION_BANK_NOT_FOUND') placed.push({ slot: 'bankId', code: error.code, snapshot: snapshot('bankId') });
      }
      feedback.setServerProblems(placed);
      if (placed.length === 0 || unplaced.length > 0) setFormError([errorMessage(t, error), ...unplaced].join(' '));
      feedback.failed();
    }
  };

  const opensIso = input.opensAt || null;
  const closesIso = input.closesAt || null;
  const questionCount = /^\d+$/.test(values.questionCount.trim()) ? Number(values.questionCount) : null;

  return (
    <form className="form round-form" noValidate onSubmit={(event) => void save(event)}>
      <ErrorSummary ref={feedback.summaryRef} items={summaryItems} />
      {formError && <Alert ref={feedback.alertRef} tone="error" title={formError} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <p className="note">{draft ? ct('roundEditor.draftNote') : ct('roundEditor.publishedNote')}</p>

      <section className="form-section" aria-labelledby="round-basics-title">
        <h2 id="round-basics-title" className="form-section__title">
          {ct('roundEditor.sectionBasics')}
        </h2>
        <TextField
          id={ROUND_FIELD_IDS.title}
          name="title"
          label={ct('roundEditor.title')}
          hint={ct('roundEditor.titleHint')}
          autoComplete="off"
          error={errorOf('title')}
          value={values.title}
          onChange={(event) => set('title', event.target.value)}
          onBlur={() => feedback.visit('title')}
        />
        <RadioGroup
          id={ROUND_FIELD_IDS.mode}
          legend={ct('roundEditor.mode')}
          hint={ct(`modeHints.${values.mode}`)}
          inline
          options={ROUND_MODES.map((mode) => ({ value: mode, label: ct(`modes.${mode}`) }))}
          value={values.mode}
          error={errorOf('mode')}
          inputProps={{ name: 'mode', onChange: (event) => set('mode', event.target.value as RoundFormValues['mode']) }}
        />
        <ChoiceWithHint
          id={ROUND_FIELD_IDS.practice}
          name="practice"
          label={ct('roundEditor.practice')}
          hint={ct('roundEditor.practiceHint')}
          checked={values.practice}
          onChange={(checked) => {
            set('practice', checked);
            feedback.visit('prediction');
          }}
        />
        <SelectField
          id={ROUND_FIELD_IDS.bankId}
          name="bankId"
          label={ct('roundEditor.bank')}
          options={[
            { value: '', label: ct('roundEditor.choose') },
            ...banks.map((bank) => ({ value: String(bank.id), label: ct('roundEditor.bankOption', { name: bank.name, count: bank.questionCount }) })),
          ]}
          error={errorOf('bankId')}
          value={values.bankId}
          onChange={(event) => {
            set('bankId', event.target.value);
            feedback.visit('bankId');
          }}
        />
      </section>

      <fieldset className="fieldset form-section" aria-describedby="round-window-hint">
        <legend className="form-section__title">{ct('roundEditor.sectionWindow')}</legend>
        <FieldHint id="round-window-hint">{ct('roundEditor.windowHint')}</FieldHint>
        <div className="inline-fields">
          <TextField
            id={ROUND_FIELD_IDS.opensAt}
            name="opensAt"
            type="datetime-local"
            label={ct('roundEditor.opensAt')}
            error={errorOf('opensAt')}
            value={values.opensAt}
            onChange={(event) => set('opensAt', event.target.value)}
            onBlur={() => feedback.visit('opensAt')}
          />
          <TextField
            id={ROUND_FIELD_IDS.closesAt}
            name="closesAt"
            type="datetime-local"
            label={ct('roundEditor.closesAt')}
            error={errorOf('closesAt')}
            value={values.closesAt}
            onChange={(event) => set('closesAt', event.target.value)}
            onBlur={() => feedback.visit('closesAt')}
          />
        </div>
        {opensIso && closesIso && (
          <p className="muted">
            {ct('roundEditor.windowSummary', { opens: formatInstant(opensIso, i18n.language), closes: formatInstant(closesIso, i18n.language) })}
          </p>
        )}
      </fieldset>

      <section className="form-section" aria-labelledby="round-questions-title">
        <h2 id="round-questions-title" className="form-section__title">
          {ct('roundEditor.sectionQuestions')}
        </h2>
        <div className="inline-fields">
          {values.mode === 'self_paced' ? (
            <TextField
              id={ROUND_FIELD_IDS.timeLimitMinutes}
              name="timeLimitMinutes"
              label={ct('roundEditor.timeLimit')}
              hint={ct('roundEditor.timeLimitHint')}
              inputMode="decimal"
              autoComplete="off"
              className="field--number"
              error={errorOf('timeLimitMinutes')}
              value={values.timeLimitMinutes}
              onChange={(event) => set('timeLimitMinutes', event.target.value)}
              onBlur={() => feedback.visit('timeLimitMinutes')}
            />
          ) : (
            <TextField
              id={ROUND_FIELD_IDS.questionSeconds}
              name="questionSeconds"
              label={ct('roundEditor.questionSeconds')}
              hint={ct('roundEditor.questionSecondsHint')}
              type="number"
              inputMode="numeric"
              min={ROUND_LIMITS.questionSeconds.min}
              max={ROUND_LIMITS.questionSeconds.max}
              step={1}
              className="field--number"
              error={errorOf('questionSeconds')}
              value={values.questionSeconds}
              onChange={(event) => set('questionSeconds', event.target.value)}
              onBlur={() => feedback.visit('questionSeconds')}
            />
          )}
          <TextField
            id={ROUND_FIELD_IDS.questionCount}
            name="questionCount"
            label={ct('roundEditor.questionCount')}
            hint={ct('roundEditor.questionCountHint')}
            type="number"
            inputMode="numeric"
            min={ROUND_LIMITS.questionCount.min}
            max={ROUND_LIMITS.questionCount.max}
            step={1}
            className="field--number"
            error={errorOf('questionCount')}
            value={values.questionCount}
            onChange={(event) => set('questionCount', event.target.value)}
            onBlur={() => feedback.visit('questionCount')}
          />
        </div>
        {values.mode === 'live' && (
          <ChoiceWithHint
            id="round-speed-scoring"
            name="speedScoring"
            label={ct('roundEditor.speedScoring')}
            checked={values.speedScoring}
            onChange={(checked) => set('speedScoring', checked)}
          />
        )}
        {counts.isError && <Alert tone="error" title={errorMessage(t, counts.error)} />}
        <BlueprintEditor
          grid={values.blueprint}
          available={available}
          availability={bankId === null ? 'no-bank' : counts.isPending ? 'loading' : counts.isError ? 'error' : 'ready'}
          questionCount={questionCount}
          cellProblem={cellProblem}
          error={errorOf('blueprint')}
          onChange={(grid) => set('blueprint', grid)}
          onAnnounce={setAnnouncement}
        />
      </section>

      <RoundRulesFields values={values} set={set} errorOf={errorOf} visit={feedback.visit} />
      <RoundJudgingFields values={values} set={set} errorOf={errorOf} visit={feedback.visit} />

      <div className="actions">
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
        <Link className="button button--secondary" to={cancelHref}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
