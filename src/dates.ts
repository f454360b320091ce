/**
 * Dates, in one module for the build, the renderers and the Worker. Every
 * date in the model is `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds), made so
 * once, at build time. Imports nothing: it runs in Node and in workerd alike.
 */

/**
 * RFC 3339 §5.6, with two leniencies (below):
 *
 *   time-numoffset  = ("+" / "-") time-hour ":" time-minute
 *   time-offset     = "Z" / time-numoffset
 *   partial-time    = time-hour ":" time-minute ":" time-second [time-secfrac]
 *   full-date       = date-fullyear "-" date-month "-" date-mday
 *   date-time       = full-date "T" full-time
 *
 *   "NOTE: Per [ABNF] and ISO8601, the "T" and "Z" characters in this syntax
 *   may alternatively be lower case "t" or "z" respectively." … "Applications
 *   using this syntax may choose, for the sake of readability, to specify a
 *   full-date and full-time separated by (say) a space character."
 *
 * Lenient: the seconds may be left out (`09:30Z`), and the offset's colon too
 * (`+0900`, ISO 8601's basic format, as `date +%z` prints it). Curators write
 * dates by hand into seeds/catalog.json, and the build has always taken both;
 * rejecting them now would break files that build today. The Worker's
 * `since`/`until` take the same, so one pattern says what a date is.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|([+-])(\d{2}):?(\d{2}))$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** RFC 3339 `date-fullyear = 4DIGIT`: instants whose UTC year needs more, or a sign, have no such form. */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00Z')
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59Z')

export type DateReading =
  | { ok: true; iso: string; day: boolean }
  /**
   * `syntax`: neither a day nor a date-time; `no-such-day`: a day that does
   * not exist (2024-02-30); `no-such-time`: a date-time with a field out of
   * range (25:00, 23:60); `no-such-offset`: a UTC offset out of range (+24:00,
   * -23:60); `out-of-range`: a real date-time whose UTC instant falls outside
   * the years 0000–9999.
   */
  | { ok: false; problem: 'syntax' | 'no-such-day' | 'no-such-time' | 'no-such-offset' | 'out-of-range' }

/**
 * Reads a day (`2024-11-10`, taken as its first instant in UTC) or a
 * date-time (see DATE_TIME) and normalises it to `YYYY-MM-DDTHH:MM:SSZ`:
 * `2024-11-10T09:30:00+09:00` → `2024-11-10T00:30:00Z`. Fractions of a second
 * are dropped (the model's precision is the second).
 */
export function readDate(value: string): DateReading {
  const text = value.trim()
  const day = DAY.exec(text)
  if (day) return isRealDay(text) ? { ok: true, iso: `${text}T00:00:00Z`, day: true } : { ok: false, problem: 'no-such-day' }
  const dt = DATE_TIME.exec(text)
  if (!dt) return { ok: false, problem: 'syntax' }
  const [, y, mo, d, h, mi, s = '00', , sign, oh = '00', om = '00'] = dt
  // RFC 3339 §5.6: time-hour 00-23, time-minute 00-59, in the time and in the offset alike.
  const realTime = isRealDay(`${y}-${mo}-${d}`) && +h! <= 23 && +mi! <= 59 && +s <= 59
  if (!realTime) return { ok: false, problem: 'no-such-time' }
  if (+oh > 23 || +om > 59) return { ok: false, problem: 'no-such-offset' }
  const offsetMs = (sign === '-' ? -1 : 1) * (+oh * 60 + +om) * 60_000
  const instant = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`) - offsetMs
  if (instant < FIRST_INSTANT || instant > LAST_INSTANT) return { ok: false, problem: 'out-of-range' }
  return { ok: true, iso: rfc3339(new Date(instant)), day: false }
}

/** readDate's normalised value, or null when the text is no date. */
export function normalizeDate(value: string): string | null {
  const reading = readDate(value)
  return reading.ok ? reading.iso : null
}

/** `YYYY-MM-DD` names a day that exists (not 2024-02-30); years 0000–0099 included. */
export function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day
}

/** An instant as RFC 3339 `date-time` in UTC, whole seconds: `2024-11-10T09:30:00Z`. */
export function rfc3339(instant: Date | string): string {
  if (typeof instant === 'string' && IN_FORM.test(instant)) return instant
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Model dates are already in that form; the renderers write two or three per
 * item, and parsing and printing each one was a tenth of a JSON Feed's time.
 * Only days 01–28 are taken as they are: past the 28th Date would carry an
 * impossible day over (2023-02-29 → 2023-03-01), so those go the long way.
 */
const IN_FORM = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/

/**
 * RSS 2.0 ("All date-times in RSS conform to the Date and Time Specification
 * of RFC 822, with the exception that the year may be expressed with two
 * characters or four characters (four preferred)") and HTTP's IMF-fixdate
 * (RFC 9110 §5.6.7: `Sun, 06 Nov 1994 08:49:37 GMT`) are the same string.
 */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString()
}

/** The newest of model dates (`YYYY-MM-DDTHH:MM:SSZ` sort as text). */
export function newest(dates: Iterable<string>): string | undefined {
  let max: string | undefined
  for (const d of dates) if (max === undefined || d > max) max = d
  return max
}
