import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CATEGORIES, PRIZE_KINDS, type Category, type Contest, type ContestInput, type FieldError } from '@reform-quiz/contracts';
import { shortenName } from '@reform-quiz/domain';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary';
import { FieldError as FieldErrorText, FieldHint } from '../../../components/ui/form-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { useFormFeedback } from '../hooks/use-form-feedback';
import { blockingProblems, contestFormProblems, contestSlotOf, toContestInput, type ContestFormValues, type ContestSlot } from './contest-form-values';
import { ChoiceWithHint } from './choice-with-hint';
import { CONTEST_FIELD_IDS } from './field-ids';
import { JudgingRulesFields } from './judging-rules-fields';
import { PrizeTiersField, prizeFieldId } from './prize-tiers-field';
import { ProblemGroups } from './publish-problems-panel';
import { TieBreakChainField } from './tie-break-chain-field';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

/** Controls to focus for each slot, in form order (the error summary follows it). */
const SLOT_IDS: [ContestSlot, string][] = [
  ['title', CONTEST_FIELD_IDS.title],
  ['description', CONTEST_FIELD_IDS.description],
  ['rules', CONTEST_FIELD_IDS.rules],
  ['categories', CONTEST_FIELD_IDS.categories],
  ['tieBreaks', CONTEST_FIELD_IDS.tieBreaks],
  ...PRIZE_KINDS.map((kind): [ContestSlot, string] => [`prizes.${kind}`, prizeFieldId(kind)]),
  ['approvalsRequired', CONTEST_FIELD_IDS.approvalsRequired],
  ['collectiveMinPercent', CONTEST_FIELD_IDS.collectiveMinPercent],
  ['collectivePrizeCount', CONTEST_FIELD_IDS.collectivePrizeCount],
];

const EXAMPLE_NAME = 'Nguyễn Văn An';

function slotValue(values: ContestFormValues, slot: ContestSlot): unknown {
  if (slot === 'tieBreaks') return values.chain;
  if (slot.startsWith('prizes.')) return values.prizes[slot.slice('prizes.'.length) as keyof ContestFormValues['prizes']];
  return values[slot as 'title' | 'description' | 'rules' | 'categories' | 'approvalsRequired' | 'collectiveMinPercent' | 'collectivePrizeCount'];
}

export interface ContestFormProps {
  initialValues: ContestFormValues;
  /** Editing: the contest as stored (its status decides what may be saved). Creating: null. */
  contest: Contest | null;
  submitLabel: string;
  pending: boolean;
  /** Throws the API's error; the form puts its field problems on the fields. */
  onSubmit: (input: ContestInput, values: ContestFormValues) => Promise<void>;
  cancelHref: string;
}

/** Title, rules, categories, the ranking chain, prizes: the contest's own configuration. */
export function ContestForm({ initialValues, contest, submitLabel, pending, onSubmit, cancelHref }: ContestFormProps) {
  const { t, ct } = useContestAdminTranslation();
  const [values, setValues] = useState<ContestFormValues>(initialValues);
  const set = <K extends keyof ContestFormValues>(key: K, value: ContestFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const feedback = useFormFeedback<ContestSlot>();
  const [formError, setFormError] = useState<{ title: string; details: FieldError[] } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const status = contest?.status ?? null;
  const draft = status === null || status === 'draft';

  const problems = contestFormProblems(values);
  const snapshotOf = (slot: ContestSlot) => JSON.stringify(slotValue(values, slot) ?? null);

  /** The translated problems of a slot that are to be shown now, or undefined. */
  const errorOf = (slot: ContestSlot): string | undefined => {
    const messages = [
      ...feedback.serverProblems.filter((p) => p.slot === slot && p.snapshot === snapshotOf(slot)).map((p) => fieldProblemMessage(t, p.code)),
      ...problems
        .filter((p) => p.slot === slot && feedback.shows(slot))
        .map((p) => (p.kind === 'publish' && draft ? `${fieldProblemMessage(t, p.code)} (${ct('editor.beforePublish')})` : fieldProblemMessage(t, p.code))),
    ];
    return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
  };

  const slotLabel = (slot: ContestSlot): string =>
    slot.startsWith('prizes.') ? ct(`prizeKinds.${slot.slice('prizes.'.length) as 'first'}`) : ct(`fields.${slot as 'title'}`);

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
    if (blockingProblems(contestFormProblems(current), status).length > 0) return feedback.failed();
    const input = toContestInput(current);
    try {
      await onSubmit(input, current);
    } catch (error) {
      const placed: { slot: ContestSlot; code: string; snapshot: string }[] = [];
      const unplaced: FieldError[] = [];
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const slot = contestSlotOf(detail.field, input);
          if (slot) placed.push({ slot, code: detail.code, snapshot: JSON.stringify(slotValue(current, slot) ?? null) });
          else unplaced.push(detail);
        }
      }
      feedback.setServerProblems(placed);
      if (placed.length === 0 || unplaced.length > 0) {
        const refusal = error instanceof ApiError && error.code === 'CONTEST_NOT_PUBLISHABLE';
        setFormError({ title: refusal ? ct('editor.refused') : errorMessage(t, error), details: unplaced });
      }
      feedback.failed();
    }
  };

  const toggleCategory = (category: Category, checked: boolean) => {
    set(
      'categories',
      CATEGORIES.filter((c) => (c === category ? checked : values.categories.includes(c))),
    );
    feedback.visit('categories');
  };
  const categoriesError = errorOf('categories');

  return (
    <form className="form contest-form" noValidate onSubmit={(event) => void save(event)}>
      <ErrorSummary ref={feedback.summaryRef} items={summaryItems} />
      {formError && (
        <Alert ref={feedback.alertRef} tone="error" title={formError.title}>
          {contest && formError.details.length > 0 && <ProblemGroups details={formError.details} contest={contest} />}
          {!contest && formError.details.map((detail) => <p key={detail.field}>{fieldProblemMessage(t, detail.code)}</p>)}
        </Alert>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {status === 'draft' && <p className="note">{ct('editor.draftNote')}</p>}
      {status !== null && status !== 'draft' && <p className="note">{ct('editor.publishedNote')}</p>}

      <TextField
        id={CONTEST_FIELD_IDS.title}
        name="title"
        label={ct('fields.title')}
        hint={ct('editor.titleHint')}
        autoComplete="off"
        error={errorOf('title')}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        onBlur={() => feedback.visit('title')}
      />
      <TextareaField
        id={CONTEST_FIELD_IDS.description}
        name="description"
        label={ct('fields.description')}
        hint={ct('editor.descriptionHint')}
        optional
        rows={3}
        error={errorOf('description')}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
        onBlur={() => feedback.visit('description')}
      />
      <TextareaField
        id={CONTEST_FIELD_IDS.rules}
        name="rules"
        label={ct('fields.rules')}
        hint={ct('editor.rulesHint')}
        rows={14}
        className="rules-field"
        error={errorOf('rules')}
        value={values.rules}
        onChange={(event) => set('rules', event.target.value)}
        onBlur={() => feedback.visit('rules')}
      />

      <fieldset
        className={['field', 'fieldset', 'form-section', categoriesError ? 'field--invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={['contest-categories-hint', categoriesError ? 'contest-categories-error' : ''].filter(Boolean).join(' ')}
      >
        <legend className="form-section__title">{ct('fields.categories')}</legend>
        <FieldHint id="contest-categories-hint">{ct('editor.categoriesHint')}</FieldHint>
        <FieldErrorText id={categoriesError ? 'contest-categories-error' : undefined}>{categoriesError}</FieldErrorText>
        {CATEGORIES.map((category) => (
          <CheckboxField
            key={category}
            id={`contest-category-${category}`}
            name="categories"
            label={t(`categories.${category}`)}
            checked={values.categories.includes(category)}
            onChange={(event) => toggleCategory(category, event.target.checked)}
          />
        ))}
      </fieldset>

      <TieBreakChainField
        chain={values.chain}
        error={errorOf('tieBreaks')}
        onAnnounce={setAnnouncement}
        onChange={(chain) => {
          set('chain', chain);
          feedback.visit('tieBreaks');
        }}
      />

      <PrizeTiersField
        prizes={values.prizes}
        blocks={values.categories.length}
        errorOf={(kind) => errorOf(`prizes.${kind}`)}
        onVisit={(kind) => feedback.visit(`prizes.${kind}`)}
        onChange={(kind, value) => set('prizes', { ...values.prizes, [kind]: value })}
      />

      <JudgingRulesFields values={values} set={set} errorOf={errorOf} visit={feedback.visit} />

      <div className="form-section">
        <ChoiceWithHint
          id={CONTEST_FIELD_IDS.shortenNames}
          name="shortenNames"
          label={ct('fields.shortenNames')}
          hint={ct('editor.shortenNamesHint', { full: EXAMPLE_NAME, short: shortenName(EXAMPLE_NAME) })}
          checked={values.shortenNames}
          onChange={(checked) => set('shortenNames', checked)}
        />
      </div>

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
