import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DIFFICULTIES, QUESTION_STATUSES, QUESTION_TYPES, TOPICS, type Difficulty, type QuestionStatus, type QuestionType, type Topic } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { noQuestionFilters, type QuestionFilters } from '../hooks/use-question-filters';

export interface QuestionFiltersFormProps {
  value: QuestionFilters;
  onChange: (value: QuestionFilters) => void;
}

/** Text filters apply on submit (one request, not one per key on 3G); the selects apply at once. */
export function QuestionFiltersForm({ value, onChange }: QuestionFiltersFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState({ q: value.q, tag: value.tag, source: value.source });

  // Back/Forward changes the URL under the form: follow it.
  useEffect(() => setText({ q: value.q, tag: value.tag, source: value.source }), [value.q, value.tag, value.source]);

  const all = { value: '', label: t('common.all') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: text.q.trim(), tag: text.tag.trim(), source: text.source.trim() });
  };

  return (
    <form className="question-filters" role="search" aria-label={t('questionBank.filters.label')} onSubmit={submit}>
      <div className="question-filters__search">
        <TextField
          id="questions-q"
          name="q"
          type="search"
          label={t('questionBank.filters.q')}
          hint={t('questionBank.filters.qHint')}
          optional
          value={text.q}
          onChange={(event) => setText({ ...text, q: event.target.value })}
        />
        <Button type="submit">{t('questionBank.filters.submit')}</Button>
      </div>
      <div className="question-filters__grid">
        <SelectField
          id="questions-topic"
          name="topic"
          label={t('questionBank.fields.topic')}
          optional
          value={value.topic}
          options={[all, ...TOPICS.map((topic) => ({ value: topic, label: t(`questionBank.topics.${topic}`) }))]}
          onChange={(event) => onChange({ ...value, topic: event.target.value as Topic | '' })}
        />
        <SelectField
          id="questions-type"
          name="type"
          label={t('questionBank.fields.type')}
          optional
          value={value.type}
          options={[all, ...QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionBank.questionTypes.${type}`) }))]}
          onChange={(event) => onChange({ ...value, type: event.target.value as QuestionType | '' })}
        />
        <SelectField
          id="questions-difficulty"
          name="difficulty"
          label={t('questionBank.fields.difficulty')}
          optional
          value={value.difficulty}
          options={[all, ...DIFFICULTIES.map((difficulty) => ({ value: difficulty, label: t(`questionBank.difficulties.${difficulty}`) }))]}
          onChange={(event) => onChange({ ...value, difficulty: event.target.value as Difficulty | '' })}
        />
        <SelectField
          id="questions-status"
          name="status"
          label={t('questionBank.fields.status')}
          optional
          value={value.status}
          options={[all, ...QUESTION_STATUSES.map((status) => ({ value: status, label: t(`questionBank.questionStatuses.${status}`) }))]}
          onChange={(event) => onChange({ ...value, status: event.target.value as QuestionStatus | '' })}
        />
        <TextField
          id="questions-tag"
          name="tag"
          label={t('questionBank.fields.tag')}
          optional
          value={text.tag}
          onChange={(event) => setText({ ...text, tag: event.target.value })}
        />
        <TextField
          id="questions-source"
          name="source"
          label={t('questionBank.fields.sourceDocument')}
          hint={t('questionBank.filters.sourceHint')}
          optional
          value={text.source}
          onChange={(event) => setText({ ...text, source: event.target.value })}
        />
      </div>
      <Button
        variant="quiet"
        onClick={() => {
          setText({ q: '', tag: '', source: '' });
          onChange({ ...noQuestionFilters, bankId: value.bankId });
        }}
      >
        {t('questionBank.filters.clear')}
      </Button>
    </form>
  );
}
