import type { IntegrityFlag } from '@reform-quiz/contracts';
import type { JudgingKey, JudgingT } from '../../../i18n/judging';
import { formatDay } from '../../../lib/format-date';

/** Evidence keys the integrity checks write (libs/domain integrity.ts), in the order a judge reads them. */
const KNOWN = [
  'name',
  'dateOfBirth',
  'role',
  'accounts',
  'others',
  'deviceId',
  'ip',
  'userAgent',
  'durationMs',
  'answered',
  'msPerAnswer',
  'minimum',
  'focusLosses',
  'threshold',
] as const;
type KnownKey = (typeof KNOWN)[number];

const MILLISECONDS = new Set<string>(['durationMs', 'msPerAnswer', 'minimum']);
const TIMES = new Set<string>(['focusLosses', 'threshold']);

export interface EvidenceRow {
  key: string;
  label: string;
  value: string;
}

function isKnown(key: string): key is KnownKey {
  return (KNOWN as readonly string[]).includes(key);
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A flag's evidence as label–value lines in the reader's language: times in
 * seconds, counts with their unit, dates the local way. Keys a newer server
 * adds still show, under their own name.
 */
export function evidenceRows(evidence: IntegrityFlag['evidence'], jt: JudgingT, t: (key: string) => string, language: string): EvidenceRow[] {
  const number = (value: number, digits = 0) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  const format = (key: string, value: unknown): string => {
    if (typeof value === 'number') {
      // A machine answers in hundredths of a second: keep them visible rather than "0 giây".
      if (MILLISECONDS.has(key)) return jt('flags.evidenceValues.seconds', { value: number(value / 1000, value < 1000 ? 2 : 1) });
      if (TIMES.has(key)) return jt('flags.evidenceValues.times', { value: number(value) });
      if (key === 'accounts') return jt('flags.evidenceValues.accounts', { value: number(value) });
      if (key === 'answered') return jt('flags.evidenceValues.questions', { value: number(value) });
      return number(value, 2);
    }
    if (key === 'dateOfBirth' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, language);
    if (key === 'role' && typeof value === 'string') {
      const label = t(`roles.${value}`);
      return label === `roles.${value}` ? value : label;
    }
    return plain(value);
  };
  const known = KNOWN.filter((key) => key in evidence).map((key) => ({
    key,
    label: jt(`flags.evidenceLabels.${key}` as JudgingKey),
    value: format(key, evidence[key]),
  }));
  const others = Object.keys(evidence)
    .filter((key) => !isKnown(key))
    .sort()
    .map((key) => ({ key, label: key, value: format(key, evidence[key]) }));
  return [...known, ...others];
}
