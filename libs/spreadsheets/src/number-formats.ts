/** What a report column holds; each kind but text has one Excel number format. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'datetime' | 'duration';

/**
 * The writer stores these and the reader renders exactly these back, so a
 * report round-trips as the text a secretary sees in Excel.
 */
export const NUMBER_FORMATS = {
  integer: '0',
  decimal: '0.00',
  /** The value is a ratio: 0.853 shows as 85.3%. */
  percent: '0.0%',
  /** Vietnam wall-clock time; Excel dates carry no zone. */
  datetime: 'dd/mm/yyyy hh:mm:ss',
  /** Milliseconds stored as a fraction of a day, hours not wrapping at 24. */
  duration: '[h]:mm:ss.000',
} as const satisfies Record<Exclude<ColumnKind, 'text'>, string>;

export const DAY_MS = 86_400_000;
/** Vietnam has kept UTC+7 without daylight saving since 1975. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
/** Day 0 of Excel's 1900 and 1904 date systems, as UTC instants. */
export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
export const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `value.toFixed(digits)` rounding half away from zero on the decimal the
 * value was meant to be (1.005 → "1.01"), as Excel displays it.
 */
export function fixed(value: number, digits: number): string {
  const scale = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale * (1 + 2 * Number.EPSILON))) / scale;
  return rounded.toFixed(digits);
}

/** A wall-clock Date (its UTC parts are the local time) as `dd/mm/yyyy hh:mm:ss`, to the nearest second. */
export function dayTime(wallClock: Date): string {
  const d = new Date(Math.round(wallClock.getTime() / 1000) * 1000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Milliseconds as `h:mm:ss.000`, hours unbounded. */
export function clock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms));
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${sign}${hours}:${pad(minutes)}:${pad(seconds)}.${pad(millis, 3)}`;
}
