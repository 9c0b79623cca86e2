import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '@reform-quiz/contracts';
import { QuestionView, optionLetter, type QuestionViewQuestion } from '../../../components/question-view/question-view';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import './question-preview.css';

/** What the preview needs; options may carry the key, which stays out of the phone frame. */
export interface PreviewQuestion {
  type: QuestionType;
  stem: string;
  points: number;
  options?: readonly { text: string; isCorrect?: boolean }[];
  acceptedAnswers?: readonly string[];
  accentInsensitive?: boolean;
}

/** A repeatable shuffle (mulberry32 + Fisher–Yates): the same seed gives the same order. */
export function shuffledOrder(length: number, seed: number): number[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** For the author, under the frame: which letters are correct in the order shown. */
function answerKeyText(t: ReturnType<typeof useTranslation>['t'], question: PreviewQuestion, order: readonly number[]): string | null {
  if (question.type === 'essay') return t('questionBank.preview.keyEssay');
  if (question.type === 'short_text') {
    const accepted = (question.acceptedAnswers ?? []).filter(Boolean);
    if (accepted.length === 0) return null;
    const answers = accepted.map((answer) => `“${answer}”`).join('; ');
    return question.accentInsensitive ? t('questionBank.preview.keyTextAccentInsensitive', { answers }) : t('questionBank.preview.keyText', { answers });
  }
  const options = question.options ?? [];
  const letters = order.flatMap((optionIndex, position) => (options[optionIndex]?.isCorrect ? [optionLetter(position)] : []));
  return letters.length > 0 ? t('questionBank.preview.key', { letters: letters.join(', ') }) : null;
}

export interface QuestionPreviewProps {
  question: PreviewQuestion;
  /** Unique per page: ids of the preview's own controls. */
  idPrefix: string;
  /** The editor offers to shuffle; the review queue shows the authored order. */
  allowShuffle?: boolean;
}

/**
 * The question inside a 360 px phone frame exactly as an entrant gets it: the
 * options are handed over as id + text only, so the frame cannot show the key.
 * The key is a separate line under the frame, for the author.
 */
export function QuestionPreview({ question, idPrefix, allowShuffle = false }: QuestionPreviewProps) {
  const { t } = useTranslation();
  const [shuffle, setShuffle] = useState(false);
  const [seed, setSeed] = useState(1);
  const options = question.options ?? [];
  // Đúng/Sai keep their order in every attempt.
  const canShuffle = allowShuffle && question.type !== 'true_false' && options.length > 1;
  const order = canShuffle && shuffle ? shuffledOrder(options.length, seed) : options.map((_, i) => i);

  const view: QuestionViewQuestion = {
    type: question.type,
    stem: question.stem,
    points: question.points,
    // Rebuilt from id and text alone: nothing else of the option reaches the frame.
    options: order.map((optionIndex) => ({ id: `option-${optionIndex}`, text: options[optionIndex]?.text || '…' })),
  };
  const key = answerKeyText(t, question, order);

  return (
    <div className="preview">
      {canShuffle && (
        <div className="preview__controls">
          <CheckboxField id={`${idPrefix}-shuffle`} label={t('questionBank.preview.shuffle')} checked={shuffle} onChange={(event) => setShuffle(event.target.checked)} />
          {shuffle && (
            <Button variant="quiet" onClick={() => setSeed((s) => s + 1)}>
              {t('questionBank.preview.reshuffle')}
            </Button>
          )}
        </div>
      )}
      <div className="phone-frame" data-testid="phone-frame">
        <div className="phone-frame__screen">
          {question.stem.trim() ? (
            <QuestionView question={view} label={t('questionBank.preview.label')} />
          ) : (
            <p className="muted">{t('questionBank.preview.empty')}</p>
          )}
        </div>
      </div>
      <p className="preview__key">
        <span className="preview__key-label">{t('questionBank.preview.keyLabel')}</span> {key ?? t('questionBank.preview.keyMissing')}
      </p>
    </div>
  );
}
