import { DIFFICULTIES, QUESTION_TYPES, TOPICS, type Difficulty, type QuestionType, type Topic } from '@reform-quiz/contracts';
import { isIsoDate, searchKey } from '@reform-quiz/domain';
import { DIFFICULTY_LABELS, TOPIC_LABELS, TYPE_LABELS } from './columns';

/**
 * Reading the coded cells (type, topic, difficulty, yes/no, dates) the way
 * organizers actually type them: with or without accents, in any case, with
 * codes or Vietnamese labels, with stray punctuation.
 */

/** "Đúng / Sai" → "dungsai", "single_choice" → "singlechoice". */
export function compactKey(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]/g, '');
}

function lookup<T extends string>(codes: readonly T[], labels: Record<T, string>, extra: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(compactKey(code), code);
    map.set(compactKey(labels[code]), code);
  }
  for (const [text, code] of Object.entries(extra)) map.set(compactKey(text), code);
  return map;
}

const TYPES = lookup(QUESTION_TYPES, TYPE_LABELS, {
  'Một lựa chọn': 'single_choice',
  'Nhiều lựa chọn': 'multiple_choice',
  'Đúng Sai': 'true_false',
  'True/False': 'true_false',
  'Điền đáp án': 'short_text',
});

/** Also the area names of Nghị quyết 76/NQ-CP (2021–2030) and 30c/NQ-CP (2011–2020), and common short forms. */
const TOPIC_LOOKUP = lookup(TOPICS, TOPIC_LABELS, {
  'Thể chế': 'institutional',
  'Thủ tục hành chính': 'procedures',
  TTHC: 'procedures',
  'Tổ chức bộ máy': 'organization',
  'Cải cách tổ chức bộ máy hành chính nhà nước': 'organization',
  'Chế độ công vụ': 'civil_service',
  'Công vụ': 'civil_service',
  'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức': 'civil_service',
  'Tài chính công': 'public_finance',
  'Chính quyền điện tử': 'e_government',
  'Chính quyền số': 'e_government',
  'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số': 'e_government',
  'Hiện đại hóa hành chính': 'e_government',
  'Hiện đại hóa nền hành chính': 'e_government',
  'Cải cách hành chính': 'general',
});

const DIFFICULTY_LOOKUP = lookup(DIFFICULTIES, DIFFICULTY_LABELS, { TB: 'medium', 'Vừa': 'medium' });

export const parseType = (text: string): QuestionType | null => TYPES.get(compactKey(text)) ?? null;
export const parseTopic = (text: string): Topic | null => TOPIC_LOOKUP.get(compactKey(text)) ?? null;
export const parseDifficulty = (text: string): Difficulty | null => DIFFICULTY_LOOKUP.get(compactKey(text)) ?? null;

/** The topic named by a GIFT `$CATEGORY:` path: the deepest segment that names one. */
export function topicFromCategory(path: string): Topic | null {
  const segments = path.split('/').reverse();
  for (const segment of segments) {
    const topic = parseTopic(segment);
    if (topic) return topic;
  }
  return null;
}

const YES_KEYS = new Set(['co', 'yes', 'true', '1', 'x', 'c', 'y']);
const NO_KEYS = new Set(['', 'khong', 'no', 'false', '0', 'k', 'n']);

/** Có/Không, yes/no, true/false, 1/0; empty is no; anything else null. */
export function parseYesNo(text: string): boolean | null {
  const key = compactKey(text);
  if (YES_KEYS.has(key)) return true;
  if (NO_KEYS.has(key)) return false;
  return null;
}

/** `YYYY-MM-DD`, or `D/M/YYYY` (also with `-` or `.`) → `YYYY-MM-DD`; null when not a real day. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export type PointsReading = { points: number } | { problem: 'INVALID_VALUE' | 'POINTS_RANGE' };

/** Empty → 1; whole numbers as such; "1,5" or "1.5" is a number but not a valid score. */
export function parsePoints(text: string): PointsReading {
  const value = text.trim();
  if (value === '') return { points: 1 };
  if (/^[+-]?\d+$/.test(value)) return { points: Number(value) };
  if (/^[+-]?\d+[.,]\d+$/.test(value)) {
    const n = Number(value.replace(',', '.'));
    return Number.isInteger(n) ? { points: n } : { problem: 'POINTS_RANGE' };
  }
  return { problem: 'INVALID_VALUE' };
}

/** Lists of the values a coded cell accepts, for problem hints. */
export const ALLOWED = {
  type: Object.values(TYPE_LABELS).join(', '),
  topic: Object.values(TOPIC_LABELS).join('; '),
  difficulty: Object.values(DIFFICULTY_LABELS).join(', '),
  yesNo: 'Có, Không',
};
