/** Vietnam keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The Vietnam calendar date of an instant, written as administrative
 * documents write it: `ngày 25 tháng 11 năm 2026`. Following Decree
 * 30/2020/NĐ-CP (Appendix I), days below 10 and the months 1 and 2 take a
 * leading zero (`ngày 05 tháng 02 năm 2027`, but `tháng 3`).
 */
export function vietnameseDate(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  const day = local.getUTCDate();
  const month = local.getUTCMonth() + 1;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${local.getUTCFullYear()}`;
}
