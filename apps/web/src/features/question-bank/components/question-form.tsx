import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DIFFICULTIES, QUESTION_TYPES, TOPICS, type QuestionBank, type QuestionInput } from '@reform-quiz/contracts';
import { QUESTION_LIMITS, TRUE_FALSE_TEXTS, isChoiceType } from '@reform-quiz/domain';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { useKeyedList } from '../hooks/use-keyed-list';
import { AcceptedAnswersField, acceptedAnswerId } from './accepted-answers-field';
import { OptionRows, optionTextId } from './option-rows';
import { QuestionPreview } from './question-preview';
import { formProblems, slotOf, slotValue, toQuestionInput, visibilityKey, type FormProblem, type FormSlot, type QuestionFormValues } from './question-form-values';
import './question-editor.css';

/** Control to focus for each slot, in form order (the error summary follows it). */
const SLOT_IDS: [FormSlot, string][] = [
  ['bankId', 'question-bank'],
  ['type', 'question-type'],
  ['stem', 'question-stem'],
  ['options', optionTextId(0)],
  ...Array.from({ length: QUESTION_LIMITS.options.max }, (_, i): [FormSlot, string] => [`options.${i}.text`, optionTextId(i)]),
  ['trueFalse', 'question-true-false'],
  ['acceptedAnswers', acceptedAnswerId(0)],
  ['points', 'question-points'],
  ['topic', 'question-topic'],
  ['difficulty', 'question-difficulty'],
  ['explanation', 'question-explanation'],
  ['source.document', 'question-source-document'],
  ['source.article', 'question-source-article'],
  ['source.date', 'question-source-date'],
  ['tags', 'question-tags'],
];

interface ServerProblem extends FormProblem {
  /** The slot's value when the server objected: the problem shows until the author changes it. */
  snapshot: string;
}

export interface QuestionFormProps {
  /** Creating: the banks to choose from. Editing: null (a question stays in its bank). */
  banks: readonly QuestionBank[] | null;
  initialValues: QuestionFormValues;
  submitLabel: string;
  pending: boolean;
  /** Throws the API's error; the form puts its field problems on the fields. */
  onSubmit: (input: QuestionInput, bankId: number) => Promise<void>;
  cancelHref: string;
}

/**
 * The editor keeps its values in React state rather than in react-hook-form:
 * every keystroke feeds the live preview and the domain rules anyway, and the
 * option lists are edited as arrays (see useKeyedList).
 */
export function QuestionForm({ banks, initialValues, submitLabel, pending, onSubmit, cancelHref }: QuestionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<QuestionFormValues>(initialValues);
  const set = <K extends keyof QuestionFormValues>(key: K, value: QuestionFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const setSource = (key: keyof QuestionFormValues['source'], value: string) =>
    setValues((current) => ({ ...current, source: { ...current.source, [key]: value } }));
  const options = useKeyedList(values.options, (next) => set('options', next), 'option');
  const acceptedAnswers = useKeyedList(values.acceptedAnswers, (next) => set('acceptedAnswers', next), 'accepted');
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<ServerProblem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Bumped on every failed submit so that the focus effect runs again.
  const [, setFailedSubmits] = useState(0);
  const focusPending = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const visit = useCallback((key: string) => setVisited((previous) => (previous.has(key) ? previous : new Set(previous).add(key))), []);

  const problems = formProblems(values, { requireBank: banks !== null });
  const snapshotOf = (slot: FormSlot) => JSON.stringify(slotValue(values, slot) ?? null);

  /** The translated problems of a slot that are to be shown now, or undefined. */
  const errorOf = (slot: FormSlot): string | undefined => {
    const codes = [
      ...serverProblems.filter((p) => p.slot === slot && p.snapshot === snapshotOf(slot)).map((p) => p.code),
      ...problems.filter((p) => p.slot === slot && (submitted || visited.has(visibilityKey(p)))).map((p) => p.code),
    ];
    return codes.length > 0 ? [...new Set(codes.map((code) => fieldProblemMessage(t, code)))].join(' ') : undefined;
  };

  const slotLabel = (slot: FormSlot): string => {
    const option = /^options\.(\d+)\.text$/.exec(slot);
    if (option) return t('questionBank.editor.option', { letter: String.fromCharCode(65 + Number(option[1])) });
    const labels: Record<Exclude<FormSlot, `options.${number}.text`>, string> = {
      bankId: t('questionBank.banks.label'),
      type: t('questionBank.fields.type'),
      stem: t('questionBank.fields.stem'),
      options: t('questionBank.editor.options'),
      trueFalse: t('questionBank.editor.trueFalseCorrect'),
      acceptedAnswers: t('questionBank.editor.acceptedAnswers'),
      points: t('questionBank.fields.points'),
      topic: t('questionBank.fields.topic'),
      difficulty: t('questionBank.fields.difficulty'),
      explanation: t('questionBank.fields.explanation'),
      'source.document': t('questionBank.fields.sourceDocument'),
      'source.article': t('questionBank.fields.sourceArticle'),
      'source.date': t('questionBank.fields.sourceDate'),
      tags: t('questionBank.fields.tags'),
    };
    return labels[slot as keyof typeof labels];
  };

  const summaryItems: ErrorSummaryItem[] = submitted
    ? SLOT_IDS.flatMap(([slot, fieldId]) => {
        const message = errorOf(slot);
        return message ? [{ fieldId, label: slotLabel(slot), message }] : [];
      })
    : [];

  // After a failed submit, focus the summary (or the alert) as soon as it has rendered.
  useEffect(() => {
    if (!focusPending.current) return;
    const target = (summaryItems.length > 0 ? summaryRef : alertRef).current;
    if (target) {
      target.focus();
      focusPending.current = false;
    }
  });

  const failed = () => {
    focusPending.current = true;
    setFailedSubmits((count) => count + 1);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const current = values;
    setSubmitted(true);
    setFormError(null);
    setServerProblems([]);
    if (formProblems(current, { requireBank: banks !== null }).length > 0) return failed();
    try {
      await onSubmit(toQuestionInput(current), Number(current.bankId));
    } catch (error) {
      const snapshot = (slot: FormSlot) => JSON.stringify(slotValue(current, slot) ?? null);
      const placed: ServerProblem[] = [];
      const unplaced: string[] = [];
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const slot = slotOf(detail.field, current.type);
          if (slot) placed.push({ slot, code: detail.code, snapshot: snapshot(slot) });
          else unplaced.push(fieldProblemMessage(t, detail.code));
        }
        if (error.code === 'QUESTION_BANK_NOT_FOUND') placed.push({ slot: 'bankId', code: error.code, snapshot: snapshot('bankId') });
      }
      setServerProblems(placed);
      if (placed.length === 0 || unplaced.length > 0) setFormError([errorMessage(t, error), ...unplaced].join(' '));
      failed();
    }
  };

  const choice = isChoiceType(values.type) && values.type !== 'true_false';
  const input = toQuestionInput(values);
  const stemLength = [...values.stem].length;

  return (
    <div className="editor-layout">
      <form className="form editor-layout__form" noValidate onSubmit={(event) => void save(event)}>
        <ErrorSummary ref={summaryRef} items={summaryItems} />
        {formError && <Alert ref={alertRef} tone="error" title={formError} />}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>

        {banks && (
          <SelectField
            id="question-bank"
            label={t('questionBank.banks.label')}
            options={[{ value: '', label: t('questionBank.editor.choose') }, ...banks.map((bank) => ({ value: String(bank.id), label: bank.name }))]}
            error={errorOf('bankId')}
            value={values.bankId}
            onChange={(event) => {
              set('bankId', event.target.value);
              visit('bankId');
            }}
          />
        )}

        <RadioGroup
          id="question-type"
          legend={t('questionBank.fields.type')}
          hint={t(`questionBank.typeHints.${values.type}`)}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionBank.questionTypes.${type}`) }))}
          error={errorOf('type')}
          value={values.type}
          inputProps={{ name: 'type', onChange: (event) => set('type', event.target.value as QuestionFormValues['type']) }}
        />

        <TextareaField
          id="question-stem"
          label={t('questionBank.fields.stem')}
          rows={5}
          hint={
            <>
              {t('questionBank.editor.stemHint')} {t('questionBank.editor.charCount', { count: stemLength, max: QUESTION_LIMITS.stem })}
            </>
          }
          error={errorOf('stem')}
          name="stem"
          value={values.stem}
          onChange={(event) => set('stem', event.target.value)}
          onBlur={() => visit('stem')}
        />

        {choice && (
          <OptionRows
            type={values.type as 'single_choice' | 'multiple_choice'}
            options={options}
            errorOf={errorOf}
            onVisit={visit}
            onAnnounce={setAnnouncement}
          />
        )}
        {values.type === 'true_false' && (
          <RadioGroup
            id="question-true-false"
            legend={t('questionBank.editor.trueFalseCorrect')}
            hint={t('questionBank.editor.trueFalseHint')}
            inline
            options={TRUE_FALSE_TEXTS.map((text, index) => ({ value: String(index), label: text }))}
            error={errorOf('trueFalse')}
            value={values.trueFalseCorrect}
            inputProps={{
              name: 'trueFalseCorrect',
              onChange: (event) => {
                set('trueFalseCorrect', event.target.value as QuestionFormValues['trueFalseCorrect']);
                visit('correct');
              },
            }}
          />
        )}
        {values.type === 'short_text' && (
          <AcceptedAnswersField
            answers={acceptedAnswers}
            accentInsensitive={values.accentInsensitive}
            onAccentInsensitiveChange={(checked) => set('accentInsensitive', checked)}
            error={errorOf('acceptedAnswers')}
            onVisit={visit}
            onAnnounce={setAnnouncement}
          />
        )}
        {values.type === 'essay' && <p className="note">{t('questionBank.editor.essayNote')}</p>}

        <div className="editor-grid">
          <TextField
            id="question-points"
            type="number"
            inputMode="numeric"
            min={QUESTION_LIMITS.points.min}
            max={QUESTION_LIMITS.points.max}
            step={1}
            label={t('questionBank.fields.points')}
            error={errorOf('points')}
            name="points"
            value={values.points}
            onChange={(event) => set('points', event.target.value as QuestionFormValues['points'])}
            onBlur={() => visit('points')}
          />
          <SelectField
            id="question-topic"
            label={t('questionBank.fields.topic')}
            options={[{ value: '', label: t('questionBank.editor.choose') }, ...TOPICS.map((topic) => ({ value: topic, label: t(`questionBank.topics.${topic}`) }))]}
            error={errorOf('topic')}
            name="topic"
            value={values.topic}
            onChange={(event) => set('topic', event.target.value as QuestionFormValues['topic'])}
            onBlur={() => visit('topic')}
          />
          <SelectField
            id="question-difficulty"
            label={t('questionBank.fields.difficulty')}
            options={[
              { value: '', label: t('questionBank.editor.choose') },
              ...DIFFICULTIES.map((difficulty) => ({ value: difficulty, label: t(`questionBank.difficulties.${difficulty}`) })),
            ]}
            error={errorOf('difficulty')}
            name="difficulty"
            value={values.difficulty}
            onChange={(event) => set('difficulty', event.target.value as QuestionFormValues['difficulty'])}
            onBlur={() => visit('difficulty')}
          />
        </div>

        <TextareaField
          id="question-explanation"
          label={t('questionBank.fields.explanation')}
          hint={t('questionBank.editor.explanationHint')}
          optional
          rows={4}
          error={errorOf('explanation')}
          name="explanation"
            value={values.explanation}
            onChange={(event) => set('explanation', event.target.value as QuestionFormValues['explanation'])}
            onBlur={() => visit('explanation')}
        />

        <fieldset className="fieldset form-section source-fields" aria-describedby="question-source-hint">
          <legend className="form-section__title">{t('questionBank.source.title')}</legend>
          <p id="question-source-hint" className="form-section__hint">
            {t('questionBank.editor.sourceHint')}
          </p>
          <TextField
            id="question-source-document"
            label={t('questionBank.fields.sourceDocument')}
            hint={t('questionBank.editor.sourceDocumentHint')}
            optional
            autoComplete="off"
            error={errorOf('source.document')}
            name="source.document"
            value={values.source.document}
            onChange={(event) => setSource('document', event.target.value)}
            onBlur={() => visit('source.document')}
          />
          <TextField
            id="question-source-article"
            label={t('questionBank.fields.sourceArticle')}
            hint={t('questionBank.editor.sourceArticleHint')}
            optional
            autoComplete="off"
            error={errorOf('source.article')}
            name="source.article"
            value={values.source.article}
            onChange={(event) => setSource('article', event.target.value)}
            onBlur={() => visit('source.article')}
          />
          <TextField
            id="question-source-date"
            type="date"
            label={t('questionBank.fields.sourceDate')}
            optional
            error={errorOf('source.date')}
            name="source.date"
            value={values.source.date}
            onChange={(event) => setSource('date', event.target.value)}
            onBlur={() => visit('source.date')}
          />
        </fieldset>

        <TextField
          id="question-tags"
          label={t('questionBank.fields.tags')}
          hint={t('questionBank.editor.tagsHint')}
          optional
          autoComplete="off"
          error={errorOf('tags')}
          name="tags"
            value={values.tags}
            onChange={(event) => set('tags', event.target.value as QuestionFormValues['tags'])}
            onBlur={() => visit('tags')}
        />

        <div className="actions">
          <Button type="submit" pending={pending}>
            {submitLabel}
          </Button>
          <Link className="button button--secondary" to={cancelHref}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>

      <section className="editor-layout__preview" aria-labelledby="preview-title">
        <h2 id="preview-title" className="preview__title">
          {t('questionBank.preview.title')}
        </h2>
        <p className="muted">{t('questionBank.preview.lead')}</p>
        <QuestionPreview
          idPrefix="editor-preview"
          allowShuffle
          question={{ ...input, points: Number.isFinite(input.points) ? input.points : 0 }}
        />
      </section>
    </div>
  );
}
