/** A rate of thousands with a handful of entrants is well under 1 %: show 0,04 %, not 0 %. */
export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: rate > 0 && rate < 0.01 ? 2 : 1 }).format(rate);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** "7/5" (Vietnamese) or "May 7" for a chart's axis; days travel as `YYYY-MM-DD` in Việt Nam time already. */
export function formatShortDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (language.startsWith('vi')) return `${d}/${m}`;
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "Thứ Hai, 7 tháng 5, 2018" for the table beside the chart. */
export function formatLongDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}
