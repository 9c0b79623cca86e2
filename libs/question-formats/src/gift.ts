import type { ImportProblem, QuestionInput, QuestionOptionInput, Topic } from '@reform-quiz/contracts';
import { normalizeMultilineText, normalizeText, TRUE_FALSE_TEXTS } from '@reform-quiz/domain';
import { parse, type GIFTQuestion, type TextChoice } from 'gift-pegjs';
import { IMPORT_LIMITS } from './columns';
import type { Draft, RawProblem, ReadResult } from './types';
import { fileProblem } from './validation';
import { ALLOWED, parseDate, parseDifficulty, parsePoints, parseTopic, parseYesNo, topicFromCategory } from './values';

/**
 * Moodle GIFT. Questions are parsed one blank-line-separated block at a time,
 * so a typo in one question is reported at its line and the others still
 * import. Metadata travels in Moodle's `// [tag:…]` comments.
 */

interface Block {
  /** 1-based line of the block's first line. */
  start: number;
  lines: string[];
}

const CATEGORY = /^\s*\$CATEGORY:\s*(.*)$/;
const isComment = (line: string) => line.trim().startsWith('//');
const isQuestionLine = (line: string) => line.trim() !== '' && !isComment(line) && !CATEGORY.test(line);

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) current = null;
    else if (current) current.lines.push(line);
    else blocks.push((current = { start: i + 1, lines: [line] }));
  });
  return blocks;
}

export function readGift(text: string): ReadResult {
  const blocks = splitBlocks(text.replace(/\r\n?/g, '\n'));
  const count = blocks.filter((b) => b.lines.some(isQuestionLine)).length;
  if (count > IMPORT_LIMITS.rows) {
    return { drafts: [], fileProblems: [fileProblem('TOO_MANY_ROWS', { count, limit: IMPORT_LIMITS.rows })] };
  }
  const drafts: Draft[] = [];
  const fileProblems: ImportProblem[] = [];
  let topic: Topic = 'general';
  for (const block of blocks) {
    // Category lines are read here and left to the parser as comments, so line numbers hold.
    const lines = block.lines.map((line) => {
      const category = CATEGORY.exec(line);
      if (!category) return line;
      topic = topicFromCategory(category[1]) ?? 'general';
      return '//';
    });
    const first = lines.findIndex(isQuestionLine);
    if (first < 0) continue;
    const row = block.start + first;
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(lines.join('\n'));
    } catch (error) {
      fileProblems.push(syntaxProblem(error, block.start));
      continue;
    }
    for (const question of parsed) {
      if (question.type === 'Category') continue;
      if (isAnswerable(question)) drafts.push(toDraft(question, row, topic, block));
      else fileProblems.push(fileProblem('UNSUPPORTED_QUESTION', { kind: unsupportedKind(question) }, row));
    }
  }
  return { drafts, fileProblems };
}

function syntaxProblem(error: unknown, blockStart: number): ImportProblem {
  const location = (error as { location?: { start?: { line: number; column: number } } }).location?.start;
  if (!location) return fileProblem('SYNTAX_ERROR', { format: 'GIFT', line: blockStart }, blockStart);
  const line = blockStart + location.line - 1;
  const found = (error as { found?: string | null }).found;
  return fileProblem('SYNTAX_ERROR', { format: 'GIFT', line, column: location.column, ...(found ? { found } : {}) }, line);
}

type Answerable = Extract<GIFTQuestion, { type: 'MC' | 'Short' | 'TF' | 'Essay' }>;
const ANSWERABLE = new Set(['MC', 'Short', 'TF', 'Essay']);

/** Embedded answers ("cloze": the blank in mid-sentence) have no counterpart in our question types. */
function isAnswerable(q: Exclude<GIFTQuestion, { type: 'Category' }>): q is Answerable {
  return ANSWERABLE.has(q.type) && !q.hasEmbeddedAnswers;
}

function unsupportedKind(q: Exclude<GIFTQuestion, { type: 'Category' }>): string {
  if (q.hasEmbeddedAnswers) return 'cloze';
  return q.type.toLowerCase();
}

function toDraft(q: Answerable, row: number, defaultTopic: Topic, block: Block): Draft {
  const meta = readTags(q.tags ?? [], defaultTopic, block);
  const input: QuestionInput = {
    type: 'essay',
    stem: normalizeMultilineText(q.stem.text),
    options: [],
    acceptedAnswers: [],
    accentInsensitive: false,
    points: meta.points,
    topic: meta.topic,
    difficulty: meta.difficulty,
    explanation: normalizeMultilineText(q.globalFeedback?.text ?? '') || null,
    source: meta.source,
    tags: meta.tags,
  };
  if (q.type === 'MC') {
    // `~%50%` marks a partly-right option: a multiple-answer question in Moodle.
    const weighted = q.choices.some((c) => !c.isCorrect && (c.weight ?? 0) > 0);
    const correct = (c: TextChoice) => c.isCorrect || (c.weight ?? 0) > 0;
    input.type = weighted || q.choices.filter((c) => c.isCorrect).length > 1 ? 'multiple_choice' : 'single_choice';
    input.options = q.choices.map((c): QuestionOptionInput => ({ text: normalizeText(c.text.text), isCorrect: correct(c) }));
  } else if (q.type === 'Short') {
    input.type = 'short_text';
    // Partial-credit answers (`=%50%…`) have no place in all-or-nothing short text.
    input.acceptedAnswers = q.choices.filter((c) => c.weight === null || c.weight >= 100).map((c) => normalizeText(c.text.text));
    input.accentInsensitive = meta.accentInsensitive;
  } else if (q.type === 'TF') {
    input.type = 'true_false';
    input.options = [
      { text: TRUE_FALSE_TEXTS[0], isCorrect: q.isTrue },
      { text: TRUE_FALSE_TEXTS[1], isCorrect: !q.isTrue },
    ];
  }
  return { row, input, problems: meta.problems, typeKnown: true };
}

interface Meta {
  topic: Topic;
  difficulty: QuestionInput['difficulty'];
  points: number;
  source: QuestionInput['source'];
  accentInsensitive: boolean;
  tags: string[];
  problems: RawProblem[];
}

const META_TAG = /^(topic|difficulty|points|source|ai)\s*:(.*)$/is;

function readTags(tags: string[], defaultTopic: Topic, block: Block): Meta {
  const meta: Meta = { topic: defaultTopic, difficulty: 'medium', points: 1, source: null, accentInsensitive: false, tags: [], problems: [] };
  for (const tag of tags) {
    const m = META_TAG.exec(tag);
    if (!m) {
      const plain = normalizeText(tag);
      if (plain) meta.tags.push(plain);
      continue;
    }
    const key = m[1].toLowerCase();
    const value = normalizeText(m[2]);
    // The comment line holding the tag, so the organizer finds it.
    const index = block.lines.findIndex((line) => isComment(line) && line.includes(`[tag:${tag}]`));
    const at = index >= 0 ? { row: block.start + index } : {};
    const invalid = (slot: RawProblem['slot'], field: string, hint?: string) =>
      meta.problems.push({ code: 'INVALID_VALUE', slot, params: { field, value, ...(hint ? { hint } : {}) }, ...at });
    if (key === 'topic') {
      const topic = parseTopic(value);
      if (topic) meta.topic = topic;
      else invalid('topic', 'Chủ đề', `chọn một trong: ${ALLOWED.topic}`);
    } else if (key === 'difficulty') {
      const difficulty = parseDifficulty(value);
      if (difficulty) meta.difficulty = difficulty;
      else invalid('difficulty', 'Mức độ', `chọn một trong: ${ALLOWED.difficulty}`);
    } else if (key === 'points') {
      const reading = parsePoints(value);
      if ('points' in reading) meta.points = reading.points;
      else if (reading.problem === 'POINTS_RANGE') meta.problems.push({ code: 'POINTS_RANGE', slot: 'points', params: { value }, ...at });
      else invalid('points', 'Điểm', 'điểm phải là số nguyên từ 1 đến 100');
    } else if (key === 'ai') {
      const flag = parseYesNo(value);
      if (flag === null) invalid('accentInsensitive', 'Không phân biệt dấu', 'ghi “yes” hoặc “no”');
      meta.accentInsensitive = flag === true;
    } else {
      const [document = '', article = '', dateText = ''] = value.split('|').map(normalizeText);
      const date = dateText ? parseDate(dateText) : null;
      if (dateText && !date) meta.problems.push({ code: 'DATE_INVALID', slot: 'sourceDate', params: { value: dateText }, ...at });
      meta.source = { document, article: article || null, date: date ?? (dateText || null) };
    }
  }
  return meta;
}
