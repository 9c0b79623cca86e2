/** Calendar days are `YYYY-MM-DD`; show them the local way without a time-zone shift. */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatInstant(at: string, language: string): string {
  // Vietnam time, numeric: "04:34 26/11/2018" reads naturally in Vietnamese.
  return new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));
}
