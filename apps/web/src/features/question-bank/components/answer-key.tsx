import { useTranslation } from 'react-i18next';
import type { Question } from '@reform-quiz/contracts';
import { optionLetter } from '../../../components/question-view/question-view';
import { InlineRichText } from '../../../components/question-view/rich-text';

/** Judges receive questions without the key: nothing here may assume it is there. */
export function hasAnswerKey(question: Pick<Question, 'options' | 'acceptedAnswers'>): boolean {
  return question.acceptedAnswers !== undefined || question.options.some((option) => option.isCorrect !== undefined);
}

/** The options in authored order with the correct ones marked in words, or the accepted answers. */
export function AnswerKey({ question }: { question: Question }) {
  const { t } = useTranslation();
  const withKey = hasAnswerKey(question);

  if (question.type === 'essay') return <p className="muted">{t('questionBank.answerKey.essay')}</p>;

  if (question.type === 'short_text') {
    if (!withKey) return <p className="muted">{t('questionBank.answerKey.hidden')}</p>;
    return (
      <div className="answer-key">
        <p className="answer-key__title">{t('questionBank.answerKey.accepted')}</p>
        <ul>
          {(question.acceptedAnswers ?? []).map((answer, index) => (
            <li key={index}>{answer}</li>
          ))}
        </ul>
        <p className="muted">{question.accentInsensitive ? t('questionBank.answerKey.accentInsensitive') : t('questionBank.answerKey.accentSensitive')}</p>
      </div>
    );
  }

  return (
    <div className="answer-key">
      <ol className="answer-key__options">
        {question.options.map((option, index) => (
          <li key={option.id} className={option.isCorrect ? 'answer-key__option answer-key__option--correct' : 'answer-key__option'}>
            <span className="answer-key__letter">{optionLetter(index)}.</span> <InlineRichText text={option.text} />
            {option.isCorrect && <span className="answer-key__mark"> ✓ {t('questionBank.answerKey.correct')}</span>}
          </li>
        ))}
      </ol>
      {!withKey && <p className="muted">{t('questionBank.answerKey.hidden')}</p>}
    </div>
  );
}
