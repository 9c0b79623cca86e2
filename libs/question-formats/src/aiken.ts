import type { ImportProblem, QuestionInput } from '@reform-quiz/contracts';
import { normalizeMultilineText, normalizeText } from '@reform-quiz/domain';
import type { Draft, RawProblem, ReadResult } from './types';
import { fileProblem } from './validation';

/**
 * Aiken: question text, options `A. …` or `A) …`, then `ANSWER: B`. It
 * carries no metadata, so every question gets the defaults.
 */

const OPTION = /^([A-Z])[.)][ \t]+(.*)$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

interface Pending {
  start: number;
  stem: string[];
  options: { letter: string; text: string }[];
}

export function readAiken(text: string): ReadResult {
  const drafts: Draft[] = [];
  const fileProblems: ImportProblem[] = [];
  let pending: Pending | null = null;
  const close = (answer: string | null) => {
    if (pending) drafts.push(toDraft(pending, answer));
    pending = null;
  };
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      const answer = ANSWER.exec(line);
      const option = OPTION.exec(line);
      if (!line) {
        close(null);
      } else if (answer) {
        if (pending) close(answer[1]);
        else fileProblems.push(fileProblem('SYNTAX_ERROR', { format: 'Aiken', line: i + 1, reason: 'orphan_answer' }, i + 1));
      } else if (option && pending?.stem.length) {
        pending.options.push({ letter: option[1], text: option[2] });
      } else {
        // Text after the options starts the next question: the previous one never got its ANSWER line.
        if (pending?.options.length) close(null);
        pending ??= { start: i + 1, stem: [], options: [] };
        pending.stem.push(line);
      }
    });
  close(null);
  return { drafts, fileProblems };
}

function toDraft(q: Pending, answer: string | null): Draft {
  const problems: RawProblem[] = [];
  const options = q.options.map((o) => ({ text: normalizeText(o.text), isCorrect: false }));
  if (answer === null || !normalizeText(answer)) {
    problems.push({ code: 'SYNTAX_ERROR', slot: 'correct', params: { format: 'Aiken', line: q.start, reason: 'missing_answer' } });
  } else {
    const letter = normalizeText(answer).toUpperCase();
    const index = q.options.findIndex((o) => o.letter === letter);
    if (index >= 0) options[index].isCorrect = true;
    else problems.push({ code: 'CORRECT_UNKNOWN_OPTION', slot: 'correct', params: { value: letter } });
  }
  const input: QuestionInput = {
    type: 'single_choice',
    stem: normalizeMultilineText(q.stem.join('\n')),
    options,
    acceptedAnswers: [],
    accentInsensitive: false,
    points: 1,
    topic: 'general',
    difficulty: 'medium',
    explanation: null,
    source: null,
    tags: [],
  };
  return { row: q.start, input, problems, typeKnown: true };
}
