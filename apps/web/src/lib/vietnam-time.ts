/**
 * Round windows are entered as Vietnam wall-clock time (UTC+7, no daylight
 * saving) whatever the organizer's computer is set to, and sent as ISO
 * instants. The value format is that of <input type="datetime-local">.
 */
const OFFSET_MS = 7 * 3600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** "2018-05-07T08:00" (Vietnam time) → "2018-05-07T01:00:00.000Z"; null when not a real date and time. */
export function vietnamInputToIso(value: string): string | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(utc);
  // Date.UTC rolls 31 February over into March: refuse it instead.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(utc - OFFSET_MS).toISOString();
}

/** An ISO instant as the datetime-local value in Vietnam time, to the minute. */
export function isoToVietnamInput(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}

/** The Vietnam calendar day of an instant, `YYYY-MM-DD`. */
export function vietnamDay(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}
