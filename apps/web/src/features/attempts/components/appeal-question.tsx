import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Appeal } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { errorMessage } from '../../../i18n/error-message';
import { useFileAppeal } from '../api/file-appeal';
import { APPEAL_TEXT_MAX, appealTextProblem } from './appeal-window';

export interface AppealQuestionProps {
  attemptId: string;
  questionId: string;
  /** The question's number on the paper, as the review shows it. */
  number: number;
  /** The appeal already filed on this question, if any. */
  appeal: Appeal | undefined;
  /** Within the appeal window (or not known to be outside it: the server decides). */
  canFile: boolean;
}

/**
 * Under one reviewed question: "Khiếu nại câu này", which opens a short form
 * in place; once filed, a pointer to the appeal and (later) the jury's answer.
 */
export function AppealQuestion({ attemptId, questionId, number, appeal, canFile }: AppealQuestionProps) {
  const { t, et } = useEntrantTranslation();
  const id = useId();
  const file = useFileAppeal(attemptId);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const filedRef = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) textRef.current?.focus();
  }, [open]);
  useEffect(() => {
    // The form that had focus is gone: focus goes to what replaced it.
    if (sent) filedRef.current?.focus();
  }, [sent]);
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = appealTextProblem(text);
    if (found) {
      setProblem(et(`appeals.${found}`));
      textRef.current?.focus();
      return;
    }
    setProblem(undefined);
    file.mutate(
      { questionId, text: text.trim() },
      {
        onSuccess: () => {
          setOpen(false);
          setSent(true);
        },
      },
    );
  };

  const cancel = () => {
    returnFocus.current = true;
    file.reset();
    setProblem(undefined);
    setOpen(false);
  };

  let body = null;
  if (appeal) {
    body = (
      <p ref={filedRef} tabIndex={-1} className="appeal-question__filed">
        <span aria-hidden="true">✓ </span>
        {et('appeals.filed')} <a href={`#appeal-${appeal.id}`}>{et('appeals.seeAnswer')}</a>
      </p>
    );
  } else if (canFile && !open) {
    body = (
      <Button ref={openRef} variant="secondary" onClick={() => setOpen(true)}>
        {et('appeals.file')}
        <VisuallyHidden> — {et('result.question', { number })}</VisuallyHidden>
      </Button>
    );
  } else if (canFile) {
    body = (
      <form className="appeal-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`} className="appeal-form__title">
          {et('appeals.formTitle', { number })}
        </h4>
        {file.isError && <Alert tone="error" title={`${et('appeals.failed')} ${errorMessage(t, file.error)}`} />}
        <TextareaField
          ref={textRef}
          id={`${id}-text`}
          name="appeal"
          label={et('appeals.text')}
          hint={et('appeals.textHint')}
          error={problem}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={APPEAL_TEXT_MAX}
          rows={4}
        />
        <div className="actions">
          <Button type="submit" pending={file.isPending}>
            {et('appeals.submit')}
          </Button>
          <Button variant="quiet" onClick={cancel} disabled={file.isPending}>
            {et('appeals.cancel')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="appeal-question">
      {/* Always there, so that screen readers announce the message when it appears. */}
      <p role="status" className="appeal-question__status">
        {sent ? et('appeals.sent', { number }) : ''}
      </p>
      {body}
    </div>
  );
}
