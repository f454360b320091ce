/**
 * Date normalisation, done once at build time: every date in the model is
 * an ISO 8601 UTC string with second precision, `2024-11-10T00:00:00Z`.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
// RFC 3339 date-time: a T (or space), seconds optional, fraction optional, Z or an offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i

/**
 * `2024-11-10` → `2024-11-10T00:00:00Z`; `2024-11-10T09:30:00+09:00` →
 * `2024-11-10T00:30:00Z`. Null when the value is not such a date, or names a
 * day that does not exist (2024-02-30).
 */
export function normalizeDate(value: string): string | null {
  const text = value.trim()
  const day = DAY.exec(text)
  if (day) return validDay(+day[1]!, +day[2]!, +day[3]!) ? `${text}T00:00:00Z` : null
  const dt = DATE_TIME.exec(text)
  if (!dt) return null
  const [, y, mo, d, h, mi, s = '00', zone] = dt
  if (!validDay(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59 || +s > 59) return null
  const offset = zone!.toUpperCase() === 'Z' ? 'Z' : zone!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
  return toIso(new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`))
}

/** A Date as `YYYY-MM-DDTHH:MM:SSZ`. */
export function toIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
